package org.voipgw.agent.sip;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.device.DeviceFeature;
import org.voipgw.agent.settings.Settings;
import org.voipgw.agent.settings.SettingsStore;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.led.LampDerivation;
import org.voipgw.led.LampPanel;
import org.voipgw.led.status.DeviceStatus;
import org.voipgw.led.status.EthernetLink;
import org.voipgw.led.status.PowerState;

/** The smallest DeviceContext that runs one feature on virtual time (the real runtime lives in agent.device). */
final class FakeDevice implements DeviceContext {
    final VirtualClock clock = new VirtualClock();
    final GatewayModel model;
    final Settings settings = new Settings(SettingsStore.inMemory());
    final List<DeviceFeature> features = new ArrayList<>();
    private final List<StatusListener> listeners = new ArrayList<>();
    private DeviceStatus status = DeviceStatus.poweredOff("test");

    FakeDevice(GatewayModel model, DeviceFeature... fs) {
        this.model = model;
        for (DeviceFeature f : fs) {
            features.add(f);
            settings.registerAll(f.settings(model));
        }
        settings.onChange(keys -> features.forEach(f -> f.onSettingsChanged(keys)));
        features.forEach(f -> f.attach(this));
    }

    void powerOn() {
        updateStatus(s -> s.with(b -> b.power = PowerState.ON));
        features.forEach(DeviceFeature::onBoot);
        clock.runDue();
    }

    void wan(boolean up) {
        updateStatus(s -> s.with(b -> b.wan = up ? EthernetLink.up(1000) : EthernetLink.DOWN));
        clock.runDue();
    }

    void set(Map<String, String> values) {
        List<?> errors = settings.apply(values);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(errors.toString());
        }
        clock.runDue();
    }

    LampPanel lamps() {
        return LampDerivation.derive(model.family(), status);
    }

    @Override
    public GatewayModel model() {
        return model;
    }

    @Override
    public Scheduler scheduler() {
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
        return Path.of("target", "flash");
    }

    @Override
    public <T extends DeviceFeature> Optional<T> feature(Class<T> type) {
        return features.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
