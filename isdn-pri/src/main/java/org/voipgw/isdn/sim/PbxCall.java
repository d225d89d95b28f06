package org.voipgw.isdn.sim;

/** One call as the simulated PBX (user side) sees it. */
public final class PbxCall {
    /** User-side call states (Q.931 §2.1), the subset the simulated PBX goes through. */
    public enum State {
        NULL(0),
        CALL_INITIATED(1),
        OUTGOING_CALL_PROCEEDING(3),
        CALL_DELIVERED(4),
        CALL_PRESENT(6),
        CALL_RECEIVED(7),
        CONNECT_REQUEST(8),
        INCOMING_CALL_PROCEEDING(9),
        ACTIVE(10),
        DISCONNECT_REQUEST(11),
        DISCONNECT_INDICATION(12),
        RELEASE_REQUEST(19);

        final int value;

        State(int value) {
            this.value = value;
        }
    }

    final int callRef;
    final boolean ours;
    final String called;
    int channel;
    State state = State.NULL;
    int cause = -1;

    PbxCall(int callRef, boolean ours, String called) {
        this.callRef = callRef;
        this.ours = ours;
        this.called = called;
    }

    public State state() {
        return state;
    }

    /** The B channel the gateway gave this call (0 before CALL PROCEEDING / SETUP). */
    public int channel() {
        return channel;
    }

    /** The cause value the call was cleared with, or -1. */
    public int cause() {
        return cause;
    }

    public String called() {
        return called;
    }

    /** Whether the PBX placed this call (SETUP sent by the PBX). */
    public boolean outgoing() {
        return ours;
    }

    @Override
    public String toString() {
        return "PbxCall[" + callRef + (ours ? " out " : " in ") + called + " " + state + " B" + channel + " cause "
                + cause + "]";
    }
}
