package org.voipgw.media.rtp;

/** Why the receiver dropped a datagram; each has its own counter. */
public enum RtpDrop {
    /** Larger than the receive limit: a G.711 packet is 12 + 160 octets; we allow a margin. */
    OVERSIZED,
    /** Not an RTP packet (see the {@link DecodeProblem}). */
    MALFORMED,
    /** From an address other than the one the SDP named, or than the one we latched on. */
    WRONG_SOURCE,
    /** From the latched source but another SSRC. */
    WRONG_SSRC,
    /** A payload type the SDP did not negotiate. */
    WRONG_PAYLOAD_TYPE,
    /** A sequence jump RFC 3550 A.1 treats as bad until confirmed. */
    BAD_SEQUENCE
}
