package org.voipgw.agent.calls;

import org.voipgw.agent.call.Call;
import org.voipgw.agent.call.CallCore;
import org.voipgw.agent.call.ToCarrier;
import org.voipgw.agent.call.ToPbx;
import org.voipgw.agent.isdn.IsdnSide;
import org.voipgw.agent.isdn.leg.IsdnCallRouting;
import org.voipgw.isdn.call.IsdnCall;

/**
 * The ISDN ports of Ⅵ/Ⅶ/Ⅷ as the call feature's PBX side: SETUPs route through {@link IsdnCallRouting},
 * the side keeps its per-port probes from each placement, and the B channel's audio is the simulated PBX's.
 */
public final class IsdnPbxCalls implements PbxCalls {
    private final IsdnSide isdn;

    public IsdnPbxCalls(IsdnSide isdn) {
        this.isdn = isdn;
    }

    @Override
    public ToPbx route(CallCore core, ToCarrier ip, Placed placed) {
        IsdnCallRouting routing = new IsdnCallRouting(core, ip, isdn::lines, new IsdnCallRouting.Placements() {
            @Override
            public void placing(String port) {
                isdn.placing(port);
            }

            @Override
            public void placed(String port, Call call, IsdnCall q931) {
                isdn.placed(port, q931);
                placed.placed(call, port);
            }
        });
        isdn.routeCalls(routing::farEnd);
        return routing;
    }
}
