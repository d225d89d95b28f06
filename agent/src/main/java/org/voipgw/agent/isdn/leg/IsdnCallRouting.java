package org.voipgw.agent.isdn.leg;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.voipgw.agent.call.Admission;
import org.voipgw.agent.call.Call;
import org.voipgw.agent.call.CallCore;
import org.voipgw.agent.call.CallSide;
import org.voipgw.agent.call.Cause;
import org.voipgw.agent.call.ToCarrier;
import org.voipgw.agent.call.ToPbx;
import org.voipgw.isdn.IsdnLine;
import org.voipgw.isdn.IsdnLineState;
import org.voipgw.isdn.call.FarEnd;
import org.voipgw.isdn.call.IsdnCall;

/**
 * Joins the ISDN ports to the call core. A SETUP from the PBX on a port is admitted by the core (or
 * refused with its cause: 34 beyond the channels, 27 while not registered) and offered to the carrier;
 * a call from the carrier is placed on the first port, in port order, whose line is up and has a free B
 * channel (the span hunts the channel itself), else refused with cause 34.
 */
public final class IsdnCallRouting implements ToPbx {
    private final CallCore core;
    private final ToCarrier ip;
    private final Supplier<Map<String, IsdnLine>> ports;
    private final Placements placements;

    /** Told around each call placed toward the PBX (the ISDN side keeps its per-port probes from it). */
    public interface Placements {
        void placing(String port);

        void placed(String port, Call call, IsdnCall q931);

        Placements NONE = new Placements() {
            @Override
            public void placing(String port) {
            }

            @Override
            public void placed(String port, Call call, IsdnCall q931) {
            }
        };
    }

    /** @param ports the ports by scenario name ({@code pri}, {@code bri1}…), in hunting order; rebuilt at boot */
    public IsdnCallRouting(CallCore core, ToCarrier ip, Supplier<Map<String, IsdnLine>> ports, Placements placements) {
        this.core = Objects.requireNonNull(core);
        this.ip = Objects.requireNonNull(ip);
        this.ports = Objects.requireNonNull(ports);
        this.placements = Objects.requireNonNull(placements);
    }

    public IsdnCallRouting(CallCore core, ToCarrier ip, Supplier<Map<String, IsdnLine>> ports) {
        this(core, ip, ports, Placements.NONE);
    }

    /** The far end of the port named {@code port}: what becomes of the PBX's SETUPs there. */
    public FarEnd farEnd(String port) {
        return q931 -> {
            Admission a = core.fromPbx(port, q931.called(), IsdnPbxLeg.callingParty(q931));
            if (a instanceof Admission.Refused r) {
                q931.hangup(r.cause());
                return;
            }
            Call call = ((Admission.Admitted) a).call();
            IsdnPbxLeg leg = new IsdnPbxLeg(call);
            leg.bind(q931);
            q931.observe(leg);
            call.attach(CallSide.PBX, leg);
            ip.offer(call);
        };
    }

    @Override
    public void offer(Call call) {
        for (Map.Entry<String, IsdnLine> e : ports.get().entrySet()) {
            IsdnLine line = e.getValue();
            IsdnLineState st = line.lineState();
            boolean up = st == IsdnLineState.USABLE || st == IsdnLineState.COMMUNICATING;
            if (up && line.callControl().channels().inUse() < line.callControl().channels().count()) {
                IsdnPbxLeg leg = new IsdnPbxLeg(call);
                placements.placing(e.getKey());
                IsdnCall q931 = line.callControl().placeCall(call.called(), call.calling().shownNumber(),
                        IsdnPbxLeg.presentation(call.calling()), leg);
                leg.bind(q931);
                call.attach(CallSide.PBX, leg);
                placements.placed(e.getKey(), call, q931);
                return;
            }
        }
        call.released(CallSide.PBX, Cause.NO_CHANNEL);
    }
}
