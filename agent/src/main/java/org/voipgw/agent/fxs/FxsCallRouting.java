package org.voipgw.agent.fxs;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.voipgw.agent.call.Admission;
import org.voipgw.agent.call.Call;
import org.voipgw.agent.call.CallCore;
import org.voipgw.agent.call.CallPhase;
import org.voipgw.agent.call.CallSide;
import org.voipgw.agent.call.CallingParty;
import org.voipgw.agent.call.Cause;
import org.voipgw.agent.call.ToCarrier;
import org.voipgw.agent.call.ToPbx;
import org.voipgw.agent.calls.PbxCalls;
import org.voipgw.fxs.CallerIdentity;
import org.voipgw.fxs.DialledNumber;
import org.voipgw.fxs.FxsLine;
import org.voipgw.fxs.FxsLineEvents;
import org.voipgw.fxs.FxsPorts;
import org.voipgw.fxs.PortSelection;
import org.voipgw.fxs.Presentation;

/**
 * Joins the FXS lines to the call core. A phone's complete number is admitted by the core (or refused with
 * its cause: the phone hears busy tone) and offered to the carrier, with the port's {@code fxs.N.number} as
 * the calling number and 184/186 as its presentation; a call from the carrier rings the port
 * {@link PortSelection} chooses (its {@code fxs.N.number}, else the first free port, as a 代表 group), or is
 * refused as busy (cause 17 → 486) when every port is in use.
 */
final class FxsCallRouting implements ToPbx, FxsLineEvents {
    private final CallCore core;
    private final ToCarrier ip;
    private final Supplier<FxsPorts> ports;
    private final PbxCalls.Placed placed;
    private final Map<Integer, FxsPbxLeg> legs = new HashMap<>();

    FxsCallRouting(CallCore core, ToCarrier ip, Supplier<FxsPorts> ports, PbxCalls.Placed placed) {
        this.core = Objects.requireNonNull(core);
        this.ip = Objects.requireNonNull(ip);
        this.ports = Objects.requireNonNull(ports);
        this.placed = Objects.requireNonNull(placed);
    }

    /** The port's name in the call core and the scenario words: {@code fxs1}, {@code fxs2}… */
    static String portName(int port) {
        return "fxs" + port;
    }

    // ---- the phones, toward the carrier ----

    @Override
    public void dialled(int port, DialledNumber number) {
        FxsLine line = ports.get().port(port);
        Admission a = core.fromPbx(portName(port), number.digits(), callingParty(line, number.presentation()));
        if (a instanceof Admission.Refused) {
            line.farBusy(); // not registered (27) or every VoIP channel in use (34): busy tone
            return;
        }
        Call call = ((Admission.Admitted) a).call();
        attach(port, call, line);
        ip.offer(call);
    }

    @Override
    public void answered(int port) {
        FxsPbxLeg leg = legs.get(port);
        if (leg != null) {
            leg.call().answered(CallSide.PBX);
        }
    }

    @Override
    public void hungUp(int port) {
        FxsPbxLeg leg = legs.remove(port);
        if (leg != null) {
            leg.call().released(CallSide.PBX, Cause.NORMAL_CLEARING);
        }
    }

    /**
     * The calling party of a phone's call: the port's own number ({@code fxs.N.number}; empty → the
     * account's number, chosen by the SIP leg), withheld for 184, presented for 186 or no prefix.
     */
    static CallingParty callingParty(FxsLine line, Presentation presentation) {
        String own = line.settings().number();
        return presentation == Presentation.WITHHELD
                ? new CallingParty(own, CallingParty.Presentation.RESTRICTED)
                : CallingParty.allowed(own);
    }

    // ---- the carrier, toward the phones ----

    @Override
    public void offer(Call call) {
        PortSelection.Choice choice = ports.get().offer(call.called(), callerIdentity(call.calling()));
        if (choice instanceof PortSelection.Choice.Ring ring) {
            attach(ring.port(), call, ports.get().port(ring.port()));
            placed.placed(call, portName(ring.port()));
            call.alerting(CallSide.PBX, false); // the port rings (CAR first when it has ナンバー・ディスプレイ)
        } else {
            call.released(CallSide.PBX, PortSelection.BUSY_CAUSE);
        }
    }

    /**
     * The caller as ナンバー・ディスプレイ shows it: its number, the reason P when it withheld it (Privacy: id,
     * an anonymous From), O when there is none or it cannot be sent (JCLIP carries digits only).
     */
    static CallerIdentity callerIdentity(CallingParty p) {
        return switch (p.presentation()) {
            case RESTRICTED -> CallerIdentity.withheld();
            case UNAVAILABLE -> CallerIdentity.unavailable();
            case ALLOWED -> p.number().matches("[0-9]{1," + CallerIdentity.MAX_DIGITS + "}")
                    ? CallerIdentity.of(p.number()) : CallerIdentity.unavailable();
        };
    }

    private void attach(int port, Call call, FxsLine line) {
        FxsPbxLeg leg = new FxsPbxLeg(call, line);
        legs.put(port, leg);
        call.attach(CallSide.PBX, leg);
        call.onPhase(p -> {
            if (p == CallPhase.ENDED) {
                legs.remove(port, leg);
            }
        });
    }
}
