package org.voipgw.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.device.DeviceFeature;
import org.voipgw.agent.settings.SettingError;
import org.voipgw.agent.settings.Settings;
import org.voipgw.agent.settings.SettingsStore;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.hal.time.SystemScheduler;
import org.voipgw.led.LampDerivation;
import org.voipgw.led.LampPanel;
import org.voipgw.led.status.DeviceStatus;
import org.voipgw.led.status.EthernetLink;
import org.voipgw.led.status.PowerState;

/**
 * One feature on a real-time device loop ({@link SystemScheduler}), for tests against real peers. Test
 * code reaches the feature only through {@link #call}, which runs on the loop and waits.
 */
final class LiveDevice implements DeviceContext, AutoCloseable {
    private final SystemScheduler loop = new SystemScheduler("it");
    private final GatewayModel model;
    private final DeviceFeature feature;
    private final Settings settings = new Settings(SettingsStore.inMemory());
    private final List<StatusListener> listeners = new CopyOnWriteArrayList<>();
    private volatile DeviceStatus status = DeviceStatus.poweredOff("it");

    LiveDevice(GatewayModel model, DeviceFeature feature) {
        this.model = model;
        this.feature = feature;
        call(() -> {
            settings.registerAll(feature.settings(model));
            settings.onChange(feature::onSettingsChanged);
            feature.attach(this);
            return null;
        });
    }

    /** Power on with the WAN link up, and the given settings (before boot, as loaded from flash). */
    void boot(Map<String, String> values) {
        call(() -> {
            List<SettingError> errors = settings.apply(values);
            if (!errors.isEmpty()) {
                throw new IllegalArgumentException(errors.toString());
            }
            updateStatus(s -> s.with(b -> {
                b.power = PowerState.ON;
                b.wan = EthernetLink.up(1000);
            }));
            feature.onBoot();
            return null;
        });
    }

    void set(Map<String, String> values) {
        List<SettingError> errors = call(() -> settings.apply(values));
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(errors.toString());
        }
    }

    LampPanel lamps() {
        return LampDerivation.derive(model.family(), status);
    }

    /** Runs {@code task} on the device loop and returns its result. */
    <T> T call(Supplier<T> task) {
        CompletableFuture<T> f = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                f.complete(task.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("device loop did not answer", e);
        }
    }

    @Override
    public void close() {
        call(() -> {
            feature.onShutdown(false);
            return null;
        });
        loop.close();
    }

    @Override
    public GatewayModel model() {
        return model;
    }

    @Override
    public Scheduler scheduler() {
        return loop;
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
        return type.isInstance(feature) ? Optional.of(type.cast(feature)) : Optional.empty();
    }
}
