package org.voipgw.agent.call;

/**
 * One side of a call as the call core drives it: the core tells each leg what the OTHER leg did, and
 * the leg turns it into its own protocol (an ISDN leg sends ALERTING / CONNECT / DISCONNECT; a SIP leg
 * sends 180 / 200 / CANCEL / BYE or a final error response). Every cause is an ITU-T Q.850 value; the
 * SIP leg maps it with RFC 3398 (see {@code CauseMapping}). Calls arrive on the device event loop.
 */
public interface CallLeg {
    /** The called side is handling the call (100 Trying / CALL PROCEEDING). */
    default void otherProceeding() {
    }

    /** The called side rings; {@code earlyMedia}: it sends in-band audio (183 with SDP / PROGRESS). */
    void otherAlerting(boolean earlyMedia);

    /** The called side answered. */
    void otherAnswered();

    /** The other side is gone with this Q.850 cause; clear this leg too (once). */
    void otherReleased(int cause);
}
