package org.voipgw.fxs;

/**
 * Whether the caller's number is shown to the called party for one call, chosen by the 184/186 prefix
 * dialled before the number (NTT's 発信者番号通知: 184 withholds, 186 presents, for that call only).
 */
public enum Presentation {
    /** No prefix: the line's subscription decides (the carrier's default). */
    DEFAULT,
    /** 184 dialled: withhold the number. */
    WITHHELD,
    /** 186 dialled: present the number. */
    PRESENTED;

    /**
     * The SIP Privacy header value for this call (RFC 3323 §4.2, with "id" from RFC 3325 §9.3), or
     * empty when the header is left out and the carrier's default applies.
     */
    public String sipPrivacy() {
        return switch (this) {
            case DEFAULT -> "";
            case WITHHELD -> "id";
            case PRESENTED -> "none";
        };
    }
}
