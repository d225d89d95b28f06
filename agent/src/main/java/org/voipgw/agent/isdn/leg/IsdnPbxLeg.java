package org.voipgw.agent.isdn.leg;

import org.voipgw.agent.call.Call;
import org.voipgw.agent.call.CallLeg;
import org.voipgw.agent.call.CallSide;
import org.voipgw.agent.call.CallingParty;
import org.voipgw.isdn.call.CallObserver;
import org.voipgw.isdn.call.IsdnCall;

/**
 * The PBX leg of a call on an ISDN port. What the carrier does becomes Q.931 toward the PBX (the issue's
 * table: 180 → ALERTING, 183 with SDP → PROGRESS #8, 200 → CONNECT, a failure or BYE → DISCONNECT with
 * its cause); what the PBX does (ALERTING, CONNECT, DISCONNECT/RELEASE) reaches the call.
 */
public final class IsdnPbxLeg implements CallLeg, CallObserver {
    private final Call call;
    private IsdnCall isdn;

    IsdnPbxLeg(Call call) {
        this.call = call;
    }

    void bind(IsdnCall q931) {
        isdn = q931;
    }

    /** The Q.931 call (its B channel, call reference, state). */
    public IsdnCall isdnCall() {
        return isdn;
    }

    /** The calling party of a SETUP, by its presentation indicator (Q.931 §4.5.10 octet 3a). */
    static CallingParty callingParty(IsdnCall q931) {
        return switch (q931.callingPresentation()) {
            case IsdnCall.PRESENTATION_RESTRICTED -> new CallingParty(q931.calling(), CallingParty.Presentation.RESTRICTED);
            case IsdnCall.PRESENTATION_NOT_AVAILABLE -> CallingParty.unavailable();
            default -> CallingParty.allowed(q931.calling());
        };
    }

    /** The presentation indicator for a SETUP to the PBX. */
    static int presentation(CallingParty party) {
        return switch (party.presentation()) {
            case ALLOWED -> IsdnCall.PRESENTATION_ALLOWED;
            case RESTRICTED -> IsdnCall.PRESENTATION_RESTRICTED;
            case UNAVAILABLE -> IsdnCall.PRESENTATION_NOT_AVAILABLE;
        };
    }

    // ---- the carrier's side, toward the PBX ----

    @Override
    public void otherAlerting(boolean earlyMedia) {
        if (earlyMedia) {
            isdn.progress();
        } else {
            isdn.alert();
        }
    }

    @Override
    public void otherAnswered() {
        isdn.answer();
    }

    @Override
    public void otherReleased(int cause) {
        isdn.hangup(cause);
    }

    // ---- the PBX, toward the call ----

    @Override
    public void proceeding(IsdnCall q931) {
        call.proceeding(CallSide.PBX);
    }

    @Override
    public void alerting(IsdnCall q931) {
        call.alerting(CallSide.PBX, false);
    }

    @Override
    public void connected(IsdnCall q931) {
        call.answered(CallSide.PBX);
    }

    @Override
    public void cleared(IsdnCall q931, int cause) {
        call.released(CallSide.PBX, cause);
    }
}
