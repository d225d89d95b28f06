package org.voipgw.media.rtp;

/** What was wrong with bytes that did not decode (RFC 3550 §5.1, §6.4, Appendix A.2; RFC 4733 §2.3). */
public enum DecodeProblem {
    /** Fewer octets than the fixed header needs (12 for RTP, 4/8 for an RTCP packet, 4 for an event). */
    TRUNCATED,
    /** The version field is not 2 (RFC 3550 §5.1). */
    BAD_VERSION,
    /** The CSRC count promises more identifiers than the packet holds. */
    TRUNCATED_CSRC,
    /** The header extension's length runs past the end of the packet. */
    TRUNCATED_EXTENSION,
    /** The padding count is zero or larger than what remains after the header. */
    BAD_PADDING,
    /** An RTCP length field does not fit the datagram (Appendix A.2). */
    BAD_LENGTH,
    /** An RTCP compound packet does not start with SR or RR (§6.1, Appendix A.2). */
    NOT_A_REPORT_FIRST,
    /** A report/source count promises more blocks or chunks than the packet holds. */
    BAD_COUNT,
    /** An SDES chunk or BYE reason is cut off. */
    BAD_ITEM,
    /** A telephone-event payload is not a multiple of 4 octets or names a bad value. */
    BAD_EVENT
}
