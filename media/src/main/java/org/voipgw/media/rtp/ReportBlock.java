package org.voipgw.media.rtp;

/**
 * One reception report block of an SR or RR (RFC 3550 §6.4.1), 24 octets.
 *
 * @param ssrc                  the source this block reports on
 * @param fractionLost          packets lost since the previous report, in 1/256 (8 bits)
 * @param cumulativeLost        packets lost since the start, 24 bits signed (duplicates make it negative)
 * @param extendedHighestSequence highest sequence number received with the wrap count in the top 16 bits
 * @param jitter                interarrival jitter in timestamp units
 * @param lastSr                middle 32 bits of the NTP timestamp of the last SR from that source (LSR), 0 if none
 * @param delaySinceLastSr      delay since that SR in 1/65536 s (DLSR), 0 if none
 */
public record ReportBlock(long ssrc, int fractionLost, int cumulativeLost, long extendedHighestSequence,
                          long jitter, long lastSr, long delaySinceLastSr) {
    public static final int LENGTH = 24;

    public ReportBlock {
        RtpPacket.checkU32("SSRC", ssrc);
        if (fractionLost < 0 || fractionLost > 255) {
            throw new IllegalArgumentException("fraction lost is 8 bits, not " + fractionLost);
        }
        if (cumulativeLost < -0x80_0000 || cumulativeLost > 0x7F_FFFF) {
            throw new IllegalArgumentException("cumulative lost is 24 bits signed, not " + cumulativeLost);
        }
        RtpPacket.checkU32("extended highest sequence", extendedHighestSequence);
        RtpPacket.checkU32("jitter", jitter);
        RtpPacket.checkU32("LSR", lastSr);
        RtpPacket.checkU32("DLSR", delaySinceLastSr);
    }
}
