package org.voipgw.isdn.lapd;

/**
 * Data-link states of Q.921 Annex B (SDL), numbered as there. TEI assignment states 2 and 3 are
 * handled by {@link TeiManager} on the BRI; a PRI link starts TEI-assigned (TEI 0).
 */
public enum LinkState {
    /** 1: no TEI yet (BRI automatic TEI). */
    TEI_UNASSIGNED,
    /** 4: TEI assigned, link released; SABME may come or be sent. */
    TEI_ASSIGNED,
    /** 5: SABME sent, waiting for UA (T200 running). */
    AWAITING_ESTABLISHMENT,
    /** 6: DISC sent, waiting for UA (T200 running). */
    AWAITING_RELEASE,
    /** 7: acknowledged information transfer (T203 idle supervision). */
    MULTIPLE_FRAME_ESTABLISHED,
    /** 8: an enquiry is outstanding after T200 or T203 expiry. */
    TIMER_RECOVERY;

    /** Whether layer 3 can exchange I frames (states 7 and 8). */
    public boolean isEstablished() {
        return this == MULTIPLE_FRAME_ESTABLISHED || this == TIMER_RECOVERY;
    }
}
