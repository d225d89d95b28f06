package org.voipgw.isdn.call;

/** What the far side of the gateway (SIP, a test) learns about a call on the ISDN side. */
public interface CallObserver {
    /** The PBX is handling the call (CALL PROCEEDING received). */
    default void proceeding(IsdnCall call) {}

    /** The PBX's extension rings (ALERTING received). */
    default void alerting(IsdnCall call) {}

    /** Answered (CONNECT received; for calls from the PBX: answer confirmed). */
    default void connected(IsdnCall call) {}

    /** The call is over; {@code cause} is the Q.850 cause value that ended it. */
    default void cleared(IsdnCall call, int cause) {}
}
