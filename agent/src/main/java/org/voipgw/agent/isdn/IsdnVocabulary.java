package org.voipgw.agent.isdn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.voipgw.agent.device.ActionSpec;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.device.FaultSpec;
import org.voipgw.agent.device.ProbeSpec;
import org.voipgw.agent.settings.SettingKey;
import org.voipgw.agent.settings.Validators;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.dchan.DChannelSpec;
import org.voipgw.isdn.call.CallState;
import java.util.Locale;
import org.voipgw.isdn.q931.MessageType;

/**
 * The ISDN side's words in the scenario language: settings {@code pri.mode}, {@code clock.source},
 * {@code bri.ptmp-port}, {@code PORT.transport}; faults {@code pri.cable}, {@code pri.mode}, {@code briN.cable},
 * {@code pbx.port}, {@code pbx.silent}, {@code clk.*}; the simulated PBX's actions
 * {@code pbx.call|answer|hangup} and the carrier's {@code ip.call}; probes {@code line},
 * {@code call}, {@code cause}, {@code q931}. Every one acts on the device it is given.
 */
final class IsdnVocabulary {
    private IsdnVocabulary() {
    }

    static List<SettingKey> settings(GatewayModel m) {
        List<SettingKey> k = new ArrayList<>();
        if (m == GatewayModel.VIII) {
            k.add(new SettingKey("pri.mode", "nt|te (the gateway's side of the PRI; the PBX must be the other)", "nt",
                    false, Validators.oneOf(List.of("nt", "te"))));
            k.add(new SettingKey("clock.source", "pri|bri|internal (slave to the PRI, to the BRI(CLK) port, or free-run)",
                    "pri", false, Validators.oneOf(List.of("pri", "bri", "internal"))));
        } else {
            List<String> ports = new ArrayList<>(List.of("none"));
            for (int n = 1; n <= IsdnSide.briPorts(m); n++) {
                ports.add(Integer.toString(n));
            }
            k.add(new SettingKey("clock.source", "bri|internal (slave to the CLK port, or free-run)", "bri", false,
                    Validators.oneOf(List.of("bri", "internal"))));
            // guide 4186–4187: point-to-multipoint on one port only, at most 2 terminals
            k.add(new SettingKey("bri.ptmp-port", String.join("|", ports)
                    + " (the one BRI port wired point-to-multipoint, at most 2 terminals)", "none", false,
                    Validators.oneOf(ports)));
        }
        for (String port : portNames(m)) {
            // issue 12: where the port's D channel goes; --isdn PORT=TRANSPORT on run/demo sets it too
            k.add(new SettingKey(DChannelTransports.settingOf(port), DChannelSpec.SYNTAX
                    + " (the D channel of " + port + ": the simulated PBX, one LAPD frame per UDP datagram from LOCAL to "
                    + "REMOTE, or async HDLC on a serial line; applies when the port is rebuilt)", "sim", false,
                    DChannelTransports::check));
        }
        return k;
    }

    static List<FaultSpec> faults(GatewayModel m) {
        List<FaultSpec> f = new ArrayList<>();
        if (m == GatewayModel.VIII) {
            f.add(fault("pri.cable", "cut", "PRI cable cut or unplugged (PRI red-blink)", (x, on) -> x.cableCut[0] = on, false));
            f.add(fault("pri.port", "unconfigured", "the PRI port is not configured (PRI off; a unit fault, guide 4530–4533)",
                    (x, on) -> x.priUnconfigured = on, true));
            f.add(fault("pri.mode", "mismatch", "the PBX is set to the same NT/TE mode as the gateway: the data link "
                    + "never comes up (PRI red-blink)", (x, on) -> x.modeMismatch = on, true));
        } else {
            for (int n = 1; n <= IsdnSide.briPorts(m); n++) {
                int port = n;
                f.add(fault("bri" + n + ".cable", "cut", "BRI port " + n + " cable cut", (x, on) -> x.cableCut[port] = on,
                        false));
            }
        }
        f.add(fault("pbx.port", "blocked", "the PBX has blocked its port (maintenance): calls refused (PRI red)",
                (x, on) -> x.pbxPortBlocked = on, false));
        f.add(fault("pbx.silent", "", "the PBX stops answering on the D channel", (x, on) -> x.pbxSilent = on, false));
        f.add(fault("pbx.calls", "unanswered", "the PBX keeps its data link up but answers no SETUP (T303 runs out)",
                (x, on) -> x.callsUnanswered = on, false));
        f.add(fault("clk.source", "lost", "the master clock sends no clock signal (CLK blinks / off)",
                (x, on) -> x.clockSourceLost = on, false));
        f.add(fault("clk.terminator", "missing", "the clock bus lacks its terminating resistor",
                (x, on) -> x.terminatorMissing = on, false));
        f.add(fault("clk.wiring", "open", "the clock wiring is not connected", (x, on) -> x.wiringOpen = on, false));
        return f;
    }

    private interface FaultFlag {
        void set(IsdnFaults faults, boolean on);
    }

    private static FaultSpec fault(String name, String arg, String description, FaultFlag flag, boolean rebuild) {
        Consumer<DeviceContext> clear = c -> change(c, flag, false, rebuild);
        return FaultSpec.words(name, arg.isEmpty() ? List.of() : List.of(arg), description,
                (c, a) -> change(c, flag, true, rebuild), clear);
    }

    private static void change(DeviceContext c, FaultFlag flag, boolean on, boolean rebuild) {
        IsdnSide side = c.feature(IsdnSide.class).orElseThrow();
        flag.set(side.faultState(), on);
        side.faultsChanged(rebuild);
    }

    static List<String> portNames(GatewayModel m) {
        return m.spec().pbx().portNames();
    }

    static List<ActionSpec> actions(GatewayModel m) {
        List<String> ports = portNames(m);
        Function<List<String>, Optional<String>> portAndNumber = a -> a.size() == 2 && ports.contains(a.get(0))
                && a.get(1).matches("[0-9*#]{1,32}") ? Optional.empty()
                : Optional.of("expected PORT NUMBER, PORT one of " + ports + ", NUMBER 1–32 digits");
        Function<List<String>, Optional<String>> portOnly = a -> a.size() == 1 && ports.contains(a.get(0))
                ? Optional.empty() : Optional.of("expected PORT, one of " + ports);
        return List.of(
                new ActionSpec("pbx.call", "PORT NUMBER", "the PBX dials NUMBER (SETUP toward the gateway)", portAndNumber,
                        (c, a) -> port(c, a.get(0)).pbxCall(a.get(1)).ifPresent(IsdnVocabulary::refuse)),
                new ActionSpec("pbx.answer", "PORT", "the PBX answers the call ringing at it", portOnly,
                        (c, a) -> port(c, a.get(0)).pbxAnswer().ifPresent(IsdnVocabulary::refuse)),
                new ActionSpec("pbx.hangup", "PORT", "the PBX hangs up its last call", portOnly,
                        (c, a) -> port(c, a.get(0)).pbxHangup().ifPresent(IsdnVocabulary::refuse)));
    }

    private static void refuse(String why) {
        throw new IllegalStateException(why);
    }

    private static PbxPort port(DeviceContext c, String name) {
        return c.feature(IsdnSide.class).orElseThrow().port(name)
                .orElseThrow(() -> new IllegalStateException("port " + name + " is not running (is the box on?)"));
    }

    static List<ProbeSpec> probes(GatewayModel m) {
        List<String> ports = portNames(m);
        Function<List<String>, Optional<String>> portOnly = a -> a.size() == 1 && ports.contains(a.get(0))
                ? Optional.empty() : Optional.of("expected PORT, one of " + ports);
        List<String> callStates = new ArrayList<>(List.of("none"));
        for (CallState s : CallState.values()) {
            callStates.add(PbxPort.word(s));
        }
        return List.of(
                new ProbeSpec("line", "PORT STATE", List.of("unconfigured", "usable", "communicating", "failed", "blocked"),
                        portOnly, (c, a) -> read(c, a.get(0), p -> p.lineState().name().toLowerCase(Locale.ROOT),
                                "unconfigured")),
                new ProbeSpec("call", "PORT STATE (the gateway's Q.931 state of the port's last call)", callStates,
                        portOnly, (c, a) -> read(c, a.get(0), PbxPort::lastCallState, "none")),
                new ProbeSpec("cause", "PORT VALUE (Q.850 cause the last call was cleared with, 0–127; 0 = none)",
                        List.of(), portOnly, (c, a) -> read(c, a.get(0), p -> Integer.toString(p.lastCause()), "0"),
                        v -> v.matches("\\d{1,3}") && Integer.parseInt(v) <= 127 ? Optional.empty()
                                : Optional.of("'" + v + "' is not a Q.850 cause value; valid: 0–127")),
                new ProbeSpec("q931", "PORT WHO:MESSAGE,… (the last call's exchange, e.g. PBX:SETUP,GW:CALL-PROCEEDING)",
                        List.of(), portOnly, (c, a) -> read(c, a.get(0), PbxPort::trace, "none"),
                        IsdnVocabulary::checkTrace));
    }

    /** A q931 expectation: none, or WHO:MESSAGE,… with WHO = PBX|GW and a Q.931 message name. */
    private static Optional<String> checkTrace(String v) {
        if (v.equals("none")) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (MessageType t : MessageType.values()) {
            names.add(t.name().replace('_', '-'));
        }
        for (String part : v.split(",", -1)) {
            String[] wm = part.split(":", -1);
            if (wm.length != 2 || !(wm[0].equals("PBX") || wm[0].equals("GW")) || !names.contains(wm[1])) {
                return Optional.of("'" + part + "' is not WHO:MESSAGE; WHO: PBX|GW, MESSAGE: " + String.join(", ", names));
            }
        }
        return Optional.empty();
    }

    private static String read(DeviceContext c, String port, Function<PbxPort, String> f, String absent) {
        return c.feature(IsdnSide.class).orElseThrow().port(port).map(f).orElse(absent);
    }
}
