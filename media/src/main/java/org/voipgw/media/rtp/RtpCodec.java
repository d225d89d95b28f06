package org.voipgw.media.rtp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** RTP packets to and from octets (RFC 3550 §5.1, §5.3.1). */
public final class RtpCodec {
    /** RFC 3550 §5.1: "This field identifies the version of RTP … (2)". */
    public static final int VERSION = 2;

    private RtpCodec() {
    }

    public static byte[] encode(RtpPacket p) {
        byte[] out = new byte[p.encodedLength()];
        int at = 0;
        int cc = p.csrcs().size();
        out[at++] = (byte) (VERSION << 6 | (p.paddingLength() > 0 ? 0x20 : 0) | (p.extension() != null ? 0x10 : 0) | cc);
        out[at++] = (byte) ((p.marker() ? 0x80 : 0) | p.payloadType());
        at = Bytes.put16(out, at, p.sequenceNumber());
        at = Bytes.put32(out, at, p.timestamp());
        at = Bytes.put32(out, at, p.ssrc());
        for (long csrc : p.csrcs()) {
            at = Bytes.put32(out, at, csrc);
        }
        if (p.extension() != null) {
            Octets body = p.extension().body();
            at = Bytes.put16(out, at, p.extension().profileBits());
            at = Bytes.put16(out, at, body.length() / 4);
            at = body.copyTo(out, at);
        }
        int n = p.payloadLength();
        for (int i = 0; i < n; i++) {
            out[at++] = p.payloadAt(i);
        }
        if (p.paddingLength() > 0) { // zeros, the last octet counts them all (§5.1 P)
            out[out.length - 1] = (byte) p.paddingLength();
        }
        return out;
    }

    public static Decoded<RtpPacket> decode(byte[] data) {
        return decode(data, 0, data.length);
    }

    /** Decodes {@code length} octets from {@code data[offset..]}; never throws on bad bytes. */
    public static Decoded<RtpPacket> decode(byte[] data, int offset, int length) {
        if (length < RtpPacket.FIXED_HEADER) {
            return Decoded.bad(DecodeProblem.TRUNCATED, length + " octets, an RTP header needs 12");
        }
        int b0 = data[offset] & 0xFF;
        int version = b0 >>> 6;
        if (version != VERSION) {
            return Decoded.bad(DecodeProblem.BAD_VERSION, "version " + version + ", RTP is version 2");
        }
        boolean padding = (b0 & 0x20) != 0;
        boolean extension = (b0 & 0x10) != 0;
        int cc = b0 & 0x0F;
        int b1 = data[offset + 1] & 0xFF;
        int end = offset + length;
        int at = offset + RtpPacket.FIXED_HEADER;
        if (at + 4 * cc > end) {
            return Decoded.bad(DecodeProblem.TRUNCATED_CSRC, "CC=" + cc + " needs " + (12 + 4 * cc)
                    + " octets, the packet has " + length);
        }
        List<Long> csrcs = new ArrayList<>(cc);
        for (int i = 0; i < cc; i++, at += 4) {
            csrcs.add(Bytes.get32(data, at));
        }
        RtpHeaderExtension ext = null;
        if (extension) {
            if (at + 4 > end) {
                return Decoded.bad(DecodeProblem.TRUNCATED_EXTENSION, "X bit set but no room for the extension header");
            }
            int words = Bytes.get16(data, at + 2);
            if (at + 4 + 4 * words > end) {
                return Decoded.bad(DecodeProblem.TRUNCATED_EXTENSION, "extension of " + words
                        + " words runs past the end of the packet");
            }
            ext = new RtpHeaderExtension(Bytes.get16(data, at), Arrays.copyOfRange(data, at + 4, at + 4 + 4 * words));
            at += 4 + 4 * words;
        }
        int paddingLength = 0;
        if (padding) {
            paddingLength = data[end - 1] & 0xFF;
            if (paddingLength == 0 || paddingLength > end - at) {
                return Decoded.bad(DecodeProblem.BAD_PADDING, "padding count " + paddingLength + " with "
                        + (end - at) + " octets after the header");
            }
        }
        byte[] payload = Arrays.copyOfRange(data, at, end - paddingLength);
        return Decoded.ok(new RtpPacket((b1 & 0x80) != 0, b1 & 0x7F, Bytes.get16(data, offset + 2),
                Bytes.get32(data, offset + 4), Bytes.get32(data, offset + 8), csrcs, ext, payload, paddingLength));
    }
}
