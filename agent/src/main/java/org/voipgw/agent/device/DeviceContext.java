package org.voipgw.agent.device;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.voipgw.agent.settings.Settings;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.led.status.DeviceStatus;
import java.util.Optional;

/**
 * What a {@link DeviceFeature} sees of its device. Everything runs on the device's event loop
 * ({@link #scheduler()}); code on other threads (sockets, processes) posts with
 * {@code scheduler().execute(...)}.
 */
public interface DeviceContext {
    GatewayModel model();

    Scheduler scheduler();

    DeviceStatus status();

    /** Changes the status; the lamp panel is then recomputed from it (never set lamps directly). */
    void updateStatus(UnaryOperator<DeviceStatus> change);

    /** Called with (before, after) after every status change. */
    void onStatus(StatusListener listener);

    Settings settings();

    /** The device's flash directory (settings, log, feature files). */
    Path flashDir();

    /** The device's own log (the web UI's ログ page, the log saved to flash at shutdown). */
    DeviceLog log();

    /** Another feature of this device, by type (e.g. the SIP registration asks the PPPoE client). */
    <T extends DeviceFeature> Optional<T> feature(Class<T> type);

    @FunctionalInterface
    interface StatusListener {
        void changed(DeviceStatus before, DeviceStatus after);
    }
}
