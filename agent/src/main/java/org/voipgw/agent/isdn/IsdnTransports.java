package org.voipgw.agent.isdn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.voipgw.agent.device.Device;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.dchan.DChannelOpenException;
import org.voipgw.hal.dchan.DChannelSpec;
import org.voipgw.hal.dchan.DChannelTransport;
import org.voipgw.hal.time.SystemScheduler;

/**
 * The D-channel transports of a box's ISDN ports as {@code voipgw run} and {@code voipgw demo} handle
 * them: {@code --isdn PORT=TRANSPORT} becomes the setting {@code PORT.transport}; before the box
 * boots, each transport that leaves the process is opened once and closed again, so a missing
 * serial device or a UDP port in use is reported at once, in one line naming it.
 */
public final class IsdnTransports {
    private IsdnTransports() {
    }

    /** The ISDN ports of {@code model} that carry a D channel ({@code pri}; {@code bri1}…). */
    public static List<String> ports(GatewayModel model) {
        return model == GatewayModel.III || model == GatewayModel.IV ? List.of() : IsdnVocabulary.portNames(model);
    }

    /**
     * {@code PORT=TRANSPORT} options as settings ({@code pri.transport=udp:…}).
     *
     * @throws IllegalArgumentException saying what was wrong and what is valid
     */
    public static Map<String, String> settingsFor(GatewayModel model, List<String> options) {
        Map<String, String> settings = new LinkedHashMap<>();
        List<String> ports = ports(model);
        for (String o : options) {
            int eq = o.indexOf('=');
            String port = eq < 0 ? "" : o.substring(0, eq);
            if (!ports.contains(port)) {
                throw new IllegalArgumentException("--isdn '" + o + "': expected PORT=TRANSPORT with PORT one of "
                        + (ports.isEmpty() ? "(none: model " + model.roman() + " has no ISDN port)" : ports)
                        + " and TRANSPORT " + DChannelSpec.SYNTAX);
            }
            DChannelSpec spec = DChannelSpec.parse(o.substring(eq + 1));
            if (settings.put(DChannelTransports.settingOf(port), spec.toString()) != null) {
                throw new IllegalArgumentException("--isdn: port " + port + " is given twice");
            }
        }
        return settings;
    }

    /** The transport each ISDN port of {@code device} is set to use (call on its event loop). */
    public static Map<String, DChannelSpec> chosen(Device device) {
        Map<String, DChannelSpec> out = new LinkedHashMap<>();
        for (String port : ports(device.model())) {
            out.put(port, DChannelSpec.parse(device.settings().get(DChannelTransports.settingOf(port))));
        }
        return out;
    }

    /**
     * Opens and closes {@code spec} to see that it can be opened (off any device loop).
     *
     * @throws DChannelOpenException one line naming the device or address and why
     */
    public static void probe(String port, DChannelSpec spec) throws DChannelOpenException {
        try (SystemScheduler scratch = new SystemScheduler("probe-" + port)) {
            DChannelTransports.open(scratch, port, spec).ifPresent(DChannelTransport::close);
        }
    }
}
