package org.voipgw.isdn;

/**
 * Why some octets could not be decoded, and where. A value, never an exception (DESIGN.md,
 * "Protocols": decoders turn bad input into an invalid-message value).
 *
 * @param kind what is wrong
 * @param offset the octet offset in the input where it was noticed
 * @param detail a human-readable detail for logs
 */
public record DecodeError(Kind kind, int offset, String detail) {
    public enum Kind {
        /** The input ended before a field that must be there. */
        TRUNCATED,
        /** An address, length or extension bit that the standard does not allow. */
        BAD_FORMAT,
        /** A control field or message type this implementation does not know. */
        UNKNOWN_TYPE,
        /** An information element (Q.931 §4.5) with a content error, or longer than allowed. */
        BAD_IE,
        /** HDLC frame check sequence mismatch or an aborted frame. */
        BAD_FCS,
        /** A frame longer than the data link allows (information field over N201, Q.921 §5.9.3). */
        TOO_LONG
    }

    @Override
    public String toString() {
        return kind + " at " + offset + ": " + detail;
    }
}
