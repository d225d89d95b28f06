package org.voipgw.fxs;

/**
 * Whether the caller's number is shown to the called party for one call, chosen by the 184/186 prefix
 * dialled before the number (NTT's 発信者番号通知: 184 withholds, 186 presents, for that call only). The
 * call core's FXS leg maps it to the calling party's presentation (agent's {@code CallingParty}):
 * WITHHELD → restricted, which the SIP leg sends as {@code Privacy: id} (RFC 3325 §9.3); DEFAULT and
 * PRESENTED → allowed.
 */
public enum Presentation {
    /** No prefix: the line's subscription decides (the carrier's default). */
    DEFAULT,
    /** 184 dialled: withhold the number. */
    WITHHELD,
    /** 186 dialled: present the number. */
    PRESENTED
}
