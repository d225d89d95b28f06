package org.voipgw.media.rtp;

import java.util.Objects;
import java.util.Arrays;
import java.util.List;

/**
 * One RTP data packet (RFC 3550 §5.1). Numbers are unsigned and held in wider Java types:
 * sequence 16 bits, timestamp and SSRC 32 bits.
 *
 * @param marker        M bit; for audio the first packet of a talkspurt (RFC 3551 §4.1)
 * @param payloadType   PT, 7 bits (RFC 3551 §6: 0 PCMU, 8 PCMA; 96–127 dynamic)
 * @param sequenceNumber 16 bits, +1 per packet
 * @param timestamp     32 bits, in the payload's clock (8000 Hz for G.711)
 * @param ssrc          synchronisation source, 32 bits
 * @param csrcs         contributing sources, 0–15 (mixers only; we never send any)
 * @param extension     header extension, or null
 * @param payload       the payload octets (without padding)
 * @param paddingLength octets of padding after the payload including the count octet, 0 for none
 */
public record RtpPacket(boolean marker, int payloadType, int sequenceNumber, long timestamp, long ssrc,
                        List<Long> csrcs, RtpHeaderExtension extension, byte[] payload, int paddingLength) {

    /** RFC 3550 §5.1: the fixed header is 12 octets. */
    public static final int FIXED_HEADER = 12;

    public RtpPacket {
        if (payloadType < 0 || payloadType > 127) {
            throw new IllegalArgumentException("payload type is 7 bits (0-127), not " + payloadType);
        }
        if (sequenceNumber < 0 || sequenceNumber > 0xFFFF) {
            throw new IllegalArgumentException("sequence number is 16 bits, not " + sequenceNumber);
        }
        checkU32("timestamp", timestamp);
        checkU32("SSRC", ssrc);
        csrcs = List.copyOf(csrcs);
        if (csrcs.size() > 15) {
            throw new IllegalArgumentException("at most 15 CSRCs fit the 4-bit CC field, not " + csrcs.size());
        }
        csrcs.forEach(c -> checkU32("CSRC", c));
        if (paddingLength < 0 || paddingLength > 255) {
            throw new IllegalArgumentException("padding is 0-255 octets (count octet included), not " + paddingLength);
        }
        payload = payload.clone();
    }

    /** A plain audio packet: no CSRC, no extension, no padding. */
    public static RtpPacket audio(boolean marker, int payloadType, int sequenceNumber, long timestamp, long ssrc,
                                  byte[] payload) {
        return new RtpPacket(marker, payloadType, sequenceNumber, timestamp, ssrc, List.of(), null, payload, 0);
    }

    static void checkU32(String what, long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(what + " is 32 bits unsigned, not " + value);
        }
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** The payload length without copying it. */
    public int payloadLength() {
        return payload.length;
    }

    /** Reads payload octet {@code i} without copying the payload. */
    public byte payloadAt(int i) {
        return payload[i];
    }

    /** Octets on the wire. */
    public int encodedLength() {
        return FIXED_HEADER + 4 * csrcs.size() + (extension == null ? 0 : 4 + extension.body().length())
                + payload.length + paddingLength;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RtpPacket p && p.marker == marker && p.payloadType == payloadType
                && p.sequenceNumber == sequenceNumber && p.timestamp == timestamp && p.ssrc == ssrc
                && p.csrcs.equals(csrcs) && Objects.equals(p.extension, extension)
                && Arrays.equals(p.payload, payload) && p.paddingLength == paddingLength;
    }

    @Override
    public int hashCode() {
        return Objects.hash(marker, payloadType, sequenceNumber, timestamp, ssrc, csrcs, extension,
                Arrays.hashCode(payload), paddingLength);
    }

    @Override
    public String toString() {
        return "RtpPacket[pt=" + payloadType + " seq=" + sequenceNumber + " ts=" + timestamp + " ssrc=0x"
                + Long.toHexString(ssrc) + (marker ? " M" : "") + " " + payload.length + " octets"
                + (csrcs.isEmpty() ? "" : " csrc=" + csrcs) + (extension == null ? "" : " " + extension)
                + (paddingLength == 0 ? "" : " pad=" + paddingLength) + "]";
    }
}
