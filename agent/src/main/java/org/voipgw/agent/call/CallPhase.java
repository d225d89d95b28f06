package org.voipgw.agent.call;

/**
 * Where a call stands. The phases only move forward (a call never goes from ringing back to
 * proceeding), which is what lets the core ignore late or duplicated messages from either leg.
 */
public enum CallPhase {
    /** Offered to the called side; nothing heard back yet (INVITE sent / SETUP sent). */
    SETTING_UP,
    /** The called side is handling it (100 Trying / CALL PROCEEDING). */
    PROCEEDING,
    /** The called side rings, without in-band audio (180 / ALERTING): the caller hears our ringback. */
    ALERTING,
    /** The called side sends in-band progress (183 with SDP / PROGRESS with progress indicator 8). */
    EARLY_MEDIA,
    /** Answered (200 OK / CONNECT): audio both ways. */
    CONNECTED,
    /** Cleared by either side; the call is kept only in the history. */
    ENDED;

    /** Whether audio crosses the bridge in this phase (early media one way is bridged too). */
    public boolean bridgesAudio() {
        return this == EARLY_MEDIA || this == CONNECTED;
    }
}
