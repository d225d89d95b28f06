package org.voipgw.agent.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.EventLoop;
import org.voipgw.agent.isdn.IsdnSide;
import org.voipgw.agent.isdn.IsdnTransports;
import org.voipgw.agent.assembly.RunningGateway;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.dchan.DChannelOpenException;
import org.voipgw.hal.dchan.DChannelSpec;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --isdn PORT=TRANSPORT} of {@code voipgw run} and {@code voipgw demo} (issue 12): where an
 * ISDN port's D channel goes instead of the simulated PBX. It is the setting {@code PORT.transport}.
 */
public final class IsdnOption {
    @Option(names = "--isdn", paramLabel = "PORT=TRANSPORT",
            description = "an ISDN port's D channel (repeatable): PORT pri, bri1…bri4; TRANSPORT " + DChannelSpec.SYNTAX
                    + ", e.g. 'pri=udp:127.0.0.1:40000>127.0.0.1:40001' (quote it) or bri1=serial:/dev/ttyUSB0@115200")
    List<String> isdn = new ArrayList<>();

    /** The options as settings; a bad one is a usage error (exit 2) saying what is valid. */
    Map<String, String> settings(CommandLine cl, GatewayModel model) {
        try {
            return IsdnTransports.settingsFor(model, isdn);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }

    /**
     * Checks that every transport the started box is set to use can be opened, and prints each port's
     * transport; on failure prints one line naming the device or address and returns false (the
     * caller closes the box and exits 2).
     */
    static boolean openedOrExplained(RunningGateway gw, PrintWriter out, PrintWriter err) {
        Device device = gw.device();
        Map<String, DChannelSpec> chosen = EventLoop.call(gw.loop(), () -> IsdnTransports.chosen(device));
        for (Map.Entry<String, DChannelSpec> e : chosen.entrySet()) {
            try {
                IsdnTransports.probe(e.getKey(), e.getValue());
            } catch (DChannelOpenException x) {
                err.println("voipgw: " + x.getMessage());
                err.flush();
                return false;
            }
        }
        boolean simulated = EventLoop.call(gw.loop(), () -> device.feature(IsdnSide.class)
                .map(IsdnSide::simulatesPbx).orElse(true));
        chosen.forEach((port, spec) -> out.println("voipgw: ISDN " + port + ": D channel " + spec
                + (spec instanceof DChannelSpec.Sim ? simulated ? " (simulated PBX)" : " (no line interface: link down)"
                        : "")));
        out.flush();
        return true;
    }
}
