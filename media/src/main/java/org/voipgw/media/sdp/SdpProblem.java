package org.voipgw.media.sdp;

/** What made a session description unusable (RFC 4566 §5 unless noted). */
public enum SdpProblem {
    /** No text at all. */
    EMPTY,
    /** Larger than we read (64 KiB, our limit; a G.711 SDP is a few hundred octets). */
    TOO_LARGE,
    /** A line that is not {@code <letter>=<value>}. */
    GARBAGE_LINE,
    /** A type letter RFC 4566 does not define: §5 says the whole description must be ignored. */
    UNKNOWN_TYPE,
    /** The first line is not v=. */
    MISSING_VERSION,
    /** v= is not 0. */
    BAD_VERSION,
    /** No o= as the second line. */
    MISSING_ORIGIN,
    /** o= without its six fields. */
    BAD_ORIGIN,
    /** No s= as the third line. */
    MISSING_SESSION_NAME,
    /** A line of the session section after the first m=, or v=/o=/s= repeated. */
    OUT_OF_ORDER,
    /** c= is not "IN IP4 address" / "IN IP6 address" with a literal address. */
    BAD_CONNECTION,
    /** A media stream with neither its own c= nor a session-level one (§5.7). */
    MISSING_CONNECTION,
    /** No m= line at all. */
    MISSING_MEDIA,
    /** m= without media, port, protocol and formats, or with a bad port or RTP payload type. */
    BAD_MEDIA,
    /** An a= line that is empty, or an rtpmap / ptime / fmtp that does not parse. */
    BAD_ATTRIBUTE
}
