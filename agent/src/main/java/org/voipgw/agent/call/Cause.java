package org.voipgw.agent.call;

/**
 * The ITU-T Q.850 cause values the call core itself decides (the legs carry any other value through
 * unchanged). Named for what they mean here; Q.850 Table 1 gives the numbers.
 */
public final class Cause {
    /** 1 "unallocated (unassigned) number" (Q.850 §2.2.5, cause 1). */
    public static final int UNALLOCATED_NUMBER = 1;
    /** 16 "normal call clearing": a hang-up (Q.850 cause 16). */
    public static final int NORMAL_CLEARING = 16;
    /** 17 "user busy" (Q.850 cause 17). */
    public static final int USER_BUSY = 17;
    /** 27 "destination out of order": the carrier side cannot be reached (not registered, WAN down). */
    public static final int DESTINATION_OUT_OF_ORDER = 27;
    /** 34 "no circuit/channel available": the model's VoIP channels are all in use (Q.850 cause 34). */
    public static final int NO_CHANNEL = 34;
    /** 41 "temporary failure": the IP leg failed without a more precise reason (e.g. the WAN went down). */
    public static final int TEMPORARY_FAILURE = 41;
    /** 65 "bearer capability not implemented": no common codec (RFC 3398 §7.2.4.1 pairs it with 488). */
    public static final int BEARER_NOT_IMPLEMENTED = 65;
    /** 102 "recovery on timer expiry": a transaction or session timer ran out (RFC 3398 pairs 408 with it). */
    public static final int TIMER_EXPIRY = 102;

    private Cause() {
    }

    /** Whether {@code value} is a Q.850 cause value (7 bits; 0 is not used). */
    public static boolean valid(int value) {
        return value >= 1 && value <= 127;
    }
}
