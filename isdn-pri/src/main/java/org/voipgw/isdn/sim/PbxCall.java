package org.voipgw.isdn.sim;

import org.voipgw.isdn.call.CallState;

/** One call as the simulated PBX (user side) sees it. */
public final class PbxCall {
    final int callRef;
    final boolean ours;
    final String called;
    int channel;
    CallState state = CallState.NULL;
    int cause = -1;

    PbxCall(int callRef, boolean ours, String called) {
        this.callRef = callRef;
        this.ours = ours;
        this.called = called;
    }

    /** User-side state: Q.931 §2.1 names and values coincide with the network side's (§2.2). */
    public CallState state() {
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
