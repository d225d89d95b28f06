package org.voipgw.agent.isdn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.voipgw.agent.settings.Settings;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.dchan.DChannelSpec;
import org.voipgw.fxsbri.BriPort;
import org.voipgw.isdn.clock.ClockSync;
import org.voipgw.isdn.pri.SpanMode;

/**
 * The ISDN side's settings, read once and typed (on the pattern of {@code PppoeConfig}): {@code pri.mode}
 * (Ⅷ), {@code clock.source}, {@code bri.ptmp-port} (Ⅵ/Ⅶ), {@code PORT.transport} (issue 12). Two configs are equal when the ports would
 * be built the same, which is how the side tells that a settings change concerns it.
 *
 * @param priMode the gateway's side of the PRI (Ⅷ; NT on the others, where it is unused)
 * @param clockSource what the communication clock is slaved to
 * @param pointToMultipointPort the one BRI port wired point-to-multipoint (guide 4190), if any
 * @param transports each port's D-channel transport, in port order
 */
public record IsdnConfig(SpanMode priMode, ClockSync.Source clockSource, OptionalInt pointToMultipointPort,
                         Map<String, DChannelSpec> transports) {

    /** Reads the settings as they are now (validated when set, so every value is one of the valid words). */
    public static IsdnConfig from(GatewayModel model, Settings settings) {
        SpanMode mode = model == GatewayModel.VIII
                ? SpanMode.valueOf(settings.get("pri.mode").toUpperCase(Locale.ROOT)) : SpanMode.NT;
        ClockSync.Source clock = ClockSync.Source.valueOf(settings.get("clock.source").toUpperCase(Locale.ROOT));
        OptionalInt ptmp = OptionalInt.empty();
        if (model != GatewayModel.VIII) {
            String p = settings.get("bri.ptmp-port");
            ptmp = p.equals("none") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(p));
        }
        Map<String, DChannelSpec> transports = new LinkedHashMap<>();
        for (String port : IsdnVocabulary.portNames(model)) {
            transports.put(port, DChannelSpec.parse(settings.get(DChannelTransports.settingOf(port))));
        }
        return new IsdnConfig(mode, clock, ptmp, Collections.unmodifiableMap(transports));
    }

    /** Whether any port is attached to a real PBX (a transport other than {@code sim}). */
    boolean anyRealPbx() {
        return transports.values().stream().anyMatch(t -> !(t instanceof DChannelSpec.Sim));
    }

    /** How BRI port {@code n} is wired. */
    BriPort.Wiring wiring(int n) {
        return pointToMultipointPort.isPresent() && pointToMultipointPort.getAsInt() == n
                ? BriPort.Wiring.POINT_TO_MULTIPOINT : BriPort.Wiring.POINT_TO_POINT;
    }
}
