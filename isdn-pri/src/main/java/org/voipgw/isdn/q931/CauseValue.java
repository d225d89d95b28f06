package org.voipgw.isdn.q931;

/** Q.850 cause values this implementation sends or acts on (ITU-T Q.850 table 1). */
public final class CauseValue {
    public static final int UNALLOCATED_NUMBER = 1;
    public static final int NORMAL_CLEARING = 16;
    public static final int USER_BUSY = 17;
    public static final int NO_USER_RESPONDING = 18;
    public static final int NO_ANSWER = 19;
    public static final int CALL_REJECTED = 21;
    public static final int NON_SELECTED_USER_CLEARING = 26;
    public static final int DESTINATION_OUT_OF_ORDER = 27;
    public static final int NORMAL_UNSPECIFIED = 31;
    public static final int RESPONSE_TO_STATUS_ENQUIRY = 30;
    public static final int NO_CIRCUIT_AVAILABLE = 34;
    public static final int TEMPORARY_FAILURE = 41;
    public static final int REQUESTED_CHANNEL_NOT_AVAILABLE = 44;
    public static final int BEARER_NOT_IMPLEMENTED = 65;
    public static final int INVALID_CALL_REFERENCE = 81;
    public static final int MANDATORY_IE_MISSING = 96;
    public static final int MESSAGE_TYPE_NONEXISTENT = 97;
    public static final int INVALID_IE_CONTENTS = 100;
    public static final int MESSAGE_NOT_COMPATIBLE_WITH_STATE = 101;
    public static final int RECOVERY_ON_TIMER_EXPIRY = 102;

    private CauseValue() {}
}
