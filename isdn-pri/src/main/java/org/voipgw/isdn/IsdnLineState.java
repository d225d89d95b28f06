package org.voipgw.isdn;

/**
 * The state of an ISDN line (PRI span or BRI port) as the front lamp shows it; the agent maps it
 * onto led-model's LineState. Guide Ⅷ PRI lamp rows: green steady usable, green blinking
 * communicating, red blinking failure (link down: NT/TE mismatch, cable, PBX package), red steady
 * blocked (REGISTER lost).
 */
public enum IsdnLineState {
    /** No mode configured or not started. */
    UNCONFIGURED,
    /** Layer 1 up and the D-channel data link established; no call. */
    USABLE,
    /** At least one call in progress. */
    COMMUNICATING,
    /** Layer 1 lost (LOS/LOF/RAI) or the data link is not established. */
    FAILED,
    /** Up, but refusing calls because the SIP registration is down. */
    BLOCKED;

    /**
     * The lamp state of a line, in order of precedence: not started, then a lower-layer fault
     * (red blinking outranks red steady: a broken link is what the engineer must fix first),
     * then blocking, then calls.
     */
    public static IsdnLineState of(boolean started, boolean lowerLayersUp, boolean blocked, boolean callsInProgress) {
        if (!started) {
            return UNCONFIGURED;
        }
        if (!lowerLayersUp) {
            return FAILED;
        }
        if (blocked) {
            return BLOCKED;
        }
        return callsInProgress ? COMMUNICATING : USABLE;
    }
}
