package org.voipgw.agent.isdn;

import java.io.IOException;
import java.util.Optional;
import org.voipgw.boards.serial.JsscSerialLine;
import org.voipgw.hal.dchan.DChannelOpenException;
import org.voipgw.hal.dchan.DChannelSpec;
import org.voipgw.hal.dchan.DChannelTransport;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.isdn.dchan.SerialDChannel;
import org.voipgw.isdn.dchan.UdpDChannel;

/**
 * Opens the D-channel transport a port's {@code PORT.transport} setting names: UDP or a serial line
 * through jssc ({@code sim} needs nothing opened: the simulated PBX's wire is built with the port).
 */
final class DChannelTransports {
    private DChannelTransports() {
    }

    /** The setting that chooses the transport of {@code port} ({@code pri.transport}, {@code bri1.transport}…). */
    static String settingOf(String port) {
        return port + ".transport";
    }

    /** Checks a transport as a setting value: empty when valid, else what is wrong and what is valid. */
    static Optional<String> check(String value) {
        try {
            DChannelSpec.parse(value);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Opens {@code spec} for {@code port} on the device's {@code loop}; empty for {@code sim}.
     *
     * @throws DChannelOpenException one line naming the device or address and why
     */
    static Optional<DChannelTransport> open(Scheduler loop, String port, DChannelSpec spec) throws DChannelOpenException {
        return switch (spec) {
            case DChannelSpec.Sim s -> Optional.empty();
            case DChannelSpec.Udp u -> Optional.of(UdpDChannel.open(loop, u, port));
            case DChannelSpec.Serial s -> {
                try {
                    yield Optional.of(SerialDChannel.start(loop, JsscSerialLine.open(s.device(), s.baud()), s.toString()));
                } catch (DChannelOpenException e) {
                    throw e;
                } catch (IOException e) {
                    throw new DChannelOpenException(port + ": " + e.getMessage(), e);
                }
            }
        };
    }
}
