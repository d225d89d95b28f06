package org.voipgw.media.fax;

/** The tones that mark a FAX call. */
public enum FaxTone {
    /** ITU-T T.30 calling tone, 1100 Hz, 0.5 s on / 3 s off. */
    CNG,
    /** ITU-T T.30 CED / V.25 ANS: answer tone, 2100 Hz, without phase reversals. */
    CED,
    /** ITU-T V.25 ANS with phase reversals every 450 ms (also V.8's ANSam/): it disables echo cancellers (G.165/G.168). */
    ANS_PHASE_REVERSAL
}
