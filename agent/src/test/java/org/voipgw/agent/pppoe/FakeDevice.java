package org.voipgw.agent.pppoe;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.device.DeviceFeature;
import org.voipgw.agent.settings.SettingError;
import org.voipgw.agent.settings.Settings;
import org.voipgw.agent.settings.SettingsStore;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampDerivation;
import org.voipgw.led.LampState;
import org.voipgw.led.status.DeviceStatus;
import org.voipgw.led.status.EthernetLink;
import org.voipgw.led.status.PowerState;

/** A just-enough device for feature tests: virtual time, in-memory settings, one feature. */
final class FakeDevice implements DeviceContext {
    final VirtualClock clock = new VirtualClock();
    private final GatewayModel model;
    private final Settings settings = new Settings(SettingsStore.inMemory());
    private final List<StatusListener> listeners = new ArrayList<>();
    private final Path flashDir;
    private final DeviceFeature feature;
    private DeviceStatus status = DeviceStatus.poweredOff("test");

    FakeDevice(GatewayModel model, DeviceFeature feature, Path flashDir) {
        this.model = model;
        this.feature = feature;
        this.flashDir = flashDir;
        settings.registerAll(feature.settings(model));
        settings.onChange(feature::onSettingsChanged);
        feature.attach(this);
    }

    /** Power on with the WAN cable plugged in (1 Gbit/s), then boot. */
    FakeDevice powerOn() {
        updateStatus(s -> s.with(b -> {
            b.power = PowerState.ON;
            b.wan = EthernetLink.up(1000);
        }));
        feature.onBoot();
        clock.runDue();
        return this;
    }

    void set(Map<String, String> values) {
        List<SettingError> errors = settings.apply(values);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(errors.toString());
        }
        clock.runDue();
    }

    void wan(boolean up) {
        updateStatus(s -> s.with(b -> b.wan = up ? EthernetLink.up(1000) : EthernetLink.DOWN));
        clock.runDue();
    }

    void advance(Duration d) {
        clock.advance(d);
    }

    LampState pppLamp() {
        return LampDerivation.derive(model.family(), status).get(Lamp.PPP);
    }

    @Override
    public GatewayModel model() {
        return model;
    }

    @Override
    public VirtualClock scheduler() {
        return clock;
    }

    @Override
    public DeviceStatus status() {
        return status;
    }

    @Override
    public void updateStatus(UnaryOperator<DeviceStatus> change) {
        DeviceStatus before = status;
        status = change.apply(before);
        if (!status.equals(before)) {
            listeners.forEach(l -> l.changed(before, status));
        }
    }

    @Override
    public void onStatus(StatusListener listener) {
        listeners.add(listener);
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public Path flashDir() {
        return flashDir;
    }

    @Override
    public <T extends DeviceFeature> Optional<T> feature(Class<T> type) {
        return type.isInstance(feature) ? Optional.of(type.cast(feature)) : Optional.empty();
    }
}
