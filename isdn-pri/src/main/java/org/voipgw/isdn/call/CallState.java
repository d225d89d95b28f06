package org.voipgw.isdn.call;

/**
 * Call states, network side (Q.931 §2.2, N0–N25), values as coded in the call state IE (§4.5.7).
 * The user-side states of §2.1 (U0–U25) have the same names and values, so the simulated PBX
 * uses this enum too (the javadoc below describes the network side).
 * Calls from the PBX: N0 → N1 (SETUP received) → N3 (CALL PROCEEDING sent) → N4 (ALERTING sent)
 * → N10 (CONNECT sent). Calls toward the PBX: N0 → N6 (SETUP sent, T303) → N9 (CALL PROCEEDING
 * received, T310) → N7 (ALERTING received) → N10 (CONNECT received, CONNECT ACK sent). Clearing:
 * N11 (DISCONNECT received) → N19 (RELEASE sent, T308); N12 (DISCONNECT sent, T305) → N19 or N0.
 */
public enum CallState {
    /** N0: no call. */
    NULL(0),
    /** N1: SETUP received from the user, not yet answered. */
    CALL_INITIATED(1),
    /** N3: CALL PROCEEDING sent; the far end is being asked. */
    OUTGOING_CALL_PROCEEDING(3),
    /** N4: ALERTING sent; the far end is ringing. */
    CALL_DELIVERED(4),
    /** N6: SETUP sent to the user; T303 running. */
    CALL_PRESENT(6),
    /** N7: ALERTING received from the user. */
    CALL_RECEIVED(7),
    /** N8: CONNECT received, not yet acknowledged (passed through at once: we acknowledge immediately). */
    CONNECT_REQUEST(8),
    /** N9: CALL PROCEEDING received from the user; T310 running. */
    INCOMING_CALL_PROCEEDING(9),
    /** N10: both ends connected. */
    ACTIVE(10),
    /** N11: DISCONNECT received from the user; clearing the far end. */
    DISCONNECT_REQUEST(11),
    /** N12: DISCONNECT sent to the user; T305 running. */
    DISCONNECT_INDICATION(12),
    /** N19: RELEASE sent; T308 running. */
    RELEASE_REQUEST(19),
    /** N25: overlap receiving — not entered: INS-Net SETUPs from the PBX are handled en bloc. */
    OVERLAP_RECEIVING(25);

    private final int value;

    CallState(int value) {
        this.value = value;
    }

    /** The value in the call state information element. */
    public int value() {
        return value;
    }
}
