package org.voipgw.isdn.lapd;

/**
 * Which end of the D channel we are. It decides the C/R bit sense (Q.921 §3.3.2, table 1):
 * commands from the network carry C/R = 1 and its responses C/R = 0; the user side the opposite.
 */
public enum Side {
    NETWORK,
    USER;

    /** The C/R bit this side puts on a command ({@code true}) or a response ({@code false}). */
    public boolean crBitFor(boolean command) {
        return this == NETWORK ? command : !command;
    }

    /** Whether a frame received with {@code cr} from the peer is a command (the peer is the other side). */
    public boolean isCommandFromPeer(boolean cr) {
        return this == NETWORK ? !cr : cr;
    }

    public Side peer() {
        return this == NETWORK ? USER : NETWORK;
    }
}
