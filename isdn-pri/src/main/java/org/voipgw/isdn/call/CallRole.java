package org.voipgw.isdn.call;

import org.voipgw.isdn.q931.Ie;

/**
 * Which side of the Q.931 interface our call control plays. The message flows of the two sides
 * are the same — the called side sends CALL PROCEEDING / ALERTING / CONNECT, the calling side
 * SETUP and CONNECT ACKNOWLEDGE, either side clears — but the states passed through are named and
 * numbered from each side's point of view (Q.931 §2.1 user side U0–U25, §2.2 network side
 * N0–N25), a user that answers waits for CONNECT ACKNOWLEDGE under T313 (§5.2.8), and the
 * network chooses the B channel (§5.1.2, §5.2.3). {@link #NETWORK} is the gateway's normal role
 * toward the PBX (NT); {@link #USER} is used when the span is set to TE.
 */
public enum CallRole {
    NETWORK,
    USER;

    /** Steps of a call, named by what happened, independent of the side. */
    enum Phase {
        SETUP_RECEIVED,
        PROCEEDING_SENT,
        ALERTING_SENT,
        CONNECT_SENT,
        SETUP_SENT,
        PROCEEDING_RECEIVED,
        ALERTING_RECEIVED,
        CONNECT_RECEIVED,
        DISCONNECT_SENT,
        DISCONNECT_RECEIVED
    }

    /** The state this side is in after {@code phase}. */
    CallState state(Phase phase) {
        boolean n = this == NETWORK;
        return switch (phase) {
            case SETUP_RECEIVED -> n ? CallState.CALL_INITIATED : CallState.CALL_PRESENT;
            case PROCEEDING_SENT -> n ? CallState.OUTGOING_CALL_PROCEEDING : CallState.INCOMING_CALL_PROCEEDING;
            case ALERTING_SENT -> n ? CallState.CALL_DELIVERED : CallState.CALL_RECEIVED;
            case CONNECT_SENT -> n ? CallState.ACTIVE : CallState.CONNECT_REQUEST;
            case SETUP_SENT -> n ? CallState.CALL_PRESENT : CallState.CALL_INITIATED;
            case PROCEEDING_RECEIVED -> n ? CallState.INCOMING_CALL_PROCEEDING : CallState.OUTGOING_CALL_PROCEEDING;
            case ALERTING_RECEIVED -> n ? CallState.CALL_RECEIVED : CallState.CALL_DELIVERED;
            case CONNECT_RECEIVED -> n ? CallState.CONNECT_REQUEST : CallState.ACTIVE;
            case DISCONNECT_SENT -> n ? CallState.DISCONNECT_INDICATION : CallState.DISCONNECT_REQUEST;
            case DISCONNECT_RECEIVED -> n ? CallState.DISCONNECT_REQUEST : CallState.DISCONNECT_INDICATION;
        };
    }

    /** Cause location (Q.850 §2.2.5): the public network serving the local user, or the user. */
    int causeLocation() {
        return this == NETWORK ? Ie.Cause.LOCATION_LOCAL_PUBLIC : Ie.Cause.LOCATION_USER;
    }
}
