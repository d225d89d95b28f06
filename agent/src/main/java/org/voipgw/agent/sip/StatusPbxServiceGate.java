package org.voipgw.agent.sip;

import org.voipgw.agent.device.DeviceContext;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.status.DeviceStatus;
import org.voipgw.led.status.LineState;

/**
 * The fallback {@link PbxServiceGate} for a box assembled without an ISDN side: on Ⅷ it turns a USABLE
 * PRI into BLOCKED (PRI lamp red, guide 4579–4593) and back, touching {@code pbxLine} only when it is
 * USABLE or BLOCKED so it never hides a line failure or a call. A line that becomes USABLE while the
 * registration is still lost is blocked at once. The other models have no PRI lamp: nothing to set.
 */
final class StatusPbxServiceGate implements PbxServiceGate {
    private final DeviceContext context;
    private boolean inService = true;

    StatusPbxServiceGate(DeviceContext context) {
        this.context = context;
    }

    @Override
    public void setInService(boolean on) {
        inService = on;
        apply();
    }

    /** Re-applies after any status change (the line owner may have just made the line usable). */
    void statusChanged(DeviceStatus after) {
        if (!inService && after.pbxLine() == LineState.USABLE) {
            apply();
        }
    }

    private void apply() {
        if (context.model() != GatewayModel.VIII) {
            return;
        }
        LineState from = inService ? LineState.BLOCKED : LineState.USABLE;
        LineState to = inService ? LineState.USABLE : LineState.BLOCKED;
        if (context.status().pbxLine() == from) {
            context.updateStatus(s -> s.pbxLine() == from ? s.with(b -> b.pbxLine = to) : s);
        }
    }
}
