package org.voipgw.agent.call;

/** The two legs of a call through the gateway. */
public enum CallSide {
    /** The PBX leg: a Q.931 call on a B channel, or an FXS line. */
    PBX,
    /** The IP leg: a SIP INVITE dialog with the carrier. */
    IP;

    public CallSide other() {
        return this == PBX ? IP : PBX;
    }
}
