package org.voipgw.agent.calls;

import org.voipgw.agent.sip.invite.DialogState;
import org.voipgw.agent.sip.invite.SipLeg;

/** An INVITE from the carrier refused before any call existed (488, 503, …), kept for the probes. */
record RefusedInvite(int finalStatus) implements SipLeg {
    @Override
    public DialogState state() {
        return DialogState.TERMINATED;
    }

    @Override
    public void lost() {
        // nothing runs
    }
}
