package org.voipgw.fxs;

/**
 * The states of one FXS line, with what the phone hears or sees in each. The web UI's VoIP状態 shows
 * {@link #label()}.
 */
public enum LineState {
    /** On-hook, no call (空き). */
    IDLE("空き", "on-hook"),
    /** Off-hook, dial tone, no digit yet. */
    DIAL_TONE("発信音", "dial tone"),
    /** Digits coming (the dial tone stopped at the first one, as exchanges do). */
    DIALLING("ダイヤル中", "dialling"),
    /** Number complete, the call is being placed: silence until the far end's progress. */
    CALLING("発信中", "calling"),
    /** The far end rings: ringback tone. */
    RINGBACK("呼出音", "ringback"),
    /** Connected to the far end. */
    TALKING("通話中", "talking"),
    /** Busy tone: the far end was busy or refused, the number was invalid, or the far end hung up (終話). */
    BUSY("話中", "busy"),
    /** An incoming call with caller ID: the CAR signal is on the line, waiting for the primary response. */
    CALLER_ID_CAR("着信(CAR)", "ringing (CAR)"),
    /** The phone gave its primary response: the caller-ID data is being sent. */
    CALLER_ID_DATA("番号送出", "caller ID"),
    /** Data sent: waiting for the phone to go back on-hook. */
    CALLER_ID_RELEASE("番号送出", "caller ID"),
    /** Normal ringing (16 Hz, 1 s on / 2 s off). */
    RINGING("着信中", "ringing"),
    /** A FAX call (CNG/CED seen): the call path runs without echo cancelling. */
    FAX("FAX", "FAX");

    private final String japanese;
    private final String english;

    LineState(String japanese, String english) {
        this.japanese = japanese;
        this.english = english;
    }

    /** The label the web UI shows, Japanese with English alongside. */
    public String label() {
        return japanese + " (" + english + ")";
    }

    /** Whether the port is in use: an incoming call hunts past it. */
    public boolean inUse() {
        return this != IDLE;
    }

    /**
     * Whether a call exists on this line (being placed, ringing either way, talking, FAX): what the VoIP
     * lamp's green-blink counts (guide 4789: VoIP（緑）点滅 VoIP使用中). Dial tone, dialling and
     * busy tone are not calls.
     */
    public boolean hasCall() {
        return switch (this) {
            case CALLING, RINGBACK, TALKING, FAX, CALLER_ID_CAR, CALLER_ID_DATA, CALLER_ID_RELEASE, RINGING -> true;
            case IDLE, DIAL_TONE, DIALLING, BUSY -> false;
        };
    }

    /** Whether an incoming call is being offered on this line. */
    public boolean incoming() {
        return this == CALLER_ID_CAR || this == CALLER_ID_DATA || this == CALLER_ID_RELEASE || this == RINGING;
    }
}
