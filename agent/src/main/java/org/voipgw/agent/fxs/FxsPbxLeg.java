package org.voipgw.agent.fxs;

import org.voipgw.agent.call.Call;
import org.voipgw.agent.call.CallLeg;
import org.voipgw.agent.call.Cause;
import org.voipgw.fxs.FxsLine;

/**
 * The PBX leg of a call on an FXS line: what the carrier does becomes what the phone hears (180 → the line's
 * ringback, 200 → talk, 486 / cause 17 → busy tone, any other end → busy tone 終話 or, while the call is
 * still being offered to the phone, the ringing withdrawn; the line itself decides from its state).
 */
final class FxsPbxLeg implements CallLeg {
    private final Call call;
    private final FxsLine line;

    FxsPbxLeg(Call call, FxsLine line) {
        this.call = call;
        this.line = line;
    }

    Call call() {
        return call;
    }

    /** Early media too plays the line's own ringback: the line carries the far end's audio only once it talks. */
    @Override
    public void otherAlerting(boolean earlyMedia) {
        line.farRinging();
    }

    @Override
    public void otherAnswered() {
        line.farAnswered();
    }

    @Override
    public void otherReleased(int cause) {
        if (cause == Cause.USER_BUSY && !line.state().incoming()) {
            line.farBusy();
        } else {
            line.farHungUp();
        }
    }
}
