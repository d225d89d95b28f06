package org.voipgw.media.rtp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RTCP compound packets to and from octets (RFC 3550 §6.1, §6.4–6.6). Decoding follows the
 * validity checks of Appendix A.2: version 2 everywhere, the first packet an SR or RR, padding
 * only on the last packet, and the lengths adding up to the datagram exactly.
 */
public final class RtcpCodec {
    private RtcpCodec() {
    }

    public static byte[] encode(List<? extends RtcpPacket> compound) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        for (RtcpPacket p : compound) {
            byte[] one = encodeOne(p);
            out.write(one, 0, one.length);
        }
        return out.toByteArray();
    }

    private static byte[] encodeOne(RtcpPacket p) {
        return switch (p) {
            case RtcpPacket.SenderReport sr -> {
                byte[] b = header(RtcpPacket.SR, sr.reports().size(), 28 + ReportBlock.LENGTH * sr.reports().size());
                int at = Bytes.put32(b, 4, sr.ssrc());
                at = Bytes.put32(b, at, sr.ntpTimestamp() >>> 32);
                at = Bytes.put32(b, at, sr.ntpTimestamp() & 0xFFFF_FFFFL);
                at = Bytes.put32(b, at, sr.rtpTimestamp());
                at = Bytes.put32(b, at, sr.packetCount());
                at = Bytes.put32(b, at, sr.octetCount());
                putBlocks(b, at, sr.reports());
                yield b;
            }
            case RtcpPacket.ReceiverReport rr -> {
                byte[] b = header(RtcpPacket.RR, rr.reports().size(), 8 + ReportBlock.LENGTH * rr.reports().size());
                putBlocks(b, Bytes.put32(b, 4, rr.ssrc()), rr.reports());
                yield b;
            }
            case RtcpPacket.SourceDescription sdes -> {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                for (RtcpPacket.SdesChunk chunk : sdes.chunks()) {
                    byte[] ssrc = new byte[4];
                    Bytes.put32(ssrc, 0, chunk.ssrc());
                    body.write(ssrc, 0, 4);
                    int chunkLength = 4;
                    for (RtcpPacket.SdesItem item : chunk.items()) {
                        byte[] text = limited(item.text(), "SDES item");
                        body.write(item.type());
                        body.write(text.length);
                        body.write(text, 0, text.length);
                        chunkLength += 2 + text.length;
                    }
                    // §6.5: a null item ends the chunk, then zeros to the next 32-bit boundary
                    int pad = 4 - (chunkLength % 4);
                    for (int i = 0; i < pad; i++) {
                        body.write(0);
                    }
                }
                byte[] b = header(RtcpPacket.SDES, sdes.chunks().size(), 4 + body.size());
                System.arraycopy(body.toByteArray(), 0, b, 4, body.size());
                yield b;
            }
            case RtcpPacket.Goodbye bye -> {
                byte[] reason = bye.reason() == null ? null : limited(bye.reason(), "BYE reason");
                int reasonLength = reason == null ? 0 : (1 + reason.length + 3) / 4 * 4;
                byte[] b = header(RtcpPacket.BYE, bye.ssrcs().size(), 4 + 4 * bye.ssrcs().size() + reasonLength);
                int at = 4;
                for (long s : bye.ssrcs()) {
                    at = Bytes.put32(b, at, s);
                }
                if (reason != null) {
                    b[at] = (byte) reason.length;
                    System.arraycopy(reason, 0, b, at + 1, reason.length);
                }
                yield b;
            }
            case RtcpPacket.Other other -> other.octets().toArray();
        };
    }

    /** §6.5, §6.6: a text is preceded by one length octet, so at most 255 octets of UTF-8. */
    private static byte[] limited(String text, String what) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        if (b.length > 255) {
            throw new IllegalArgumentException(what + " of " + b.length + " octets; at most 255 fit its length octet");
        }
        return b;
    }

    private static byte[] header(int type, int count, int length) {
        byte[] b = new byte[length];
        b[0] = (byte) (RtpCodec.VERSION << 6 | count);
        b[1] = (byte) type;
        Bytes.put16(b, 2, length / 4 - 1); // §6.4.1: length in 32-bit words minus one
        return b;
    }

    private static void putBlocks(byte[] b, int at, List<ReportBlock> blocks) {
        for (ReportBlock r : blocks) {
            at = Bytes.put32(b, at, r.ssrc());
            b[at++] = (byte) r.fractionLost();
            at = Bytes.put24(b, at, r.cumulativeLost() & 0xFF_FFFF);
            at = Bytes.put32(b, at, r.extendedHighestSequence());
            at = Bytes.put32(b, at, r.jitter());
            at = Bytes.put32(b, at, r.lastSr());
            at = Bytes.put32(b, at, r.delaySinceLastSr());
        }
    }

    public static Decoded<List<RtcpPacket>> decode(byte[] data) {
        return decode(data, 0, data.length);
    }

    /** Decodes a compound packet; never throws on bad bytes. */
    public static Decoded<List<RtcpPacket>> decode(byte[] data, int offset, int length) {
        List<RtcpPacket> packets = new ArrayList<>();
        int at = offset;
        int end = offset + length;
        if (length < 4) {
            return Decoded.bad(DecodeProblem.TRUNCATED, length + " octets, an RTCP header needs 4");
        }
        while (at < end) {
            if (end - at < 4) {
                return Decoded.bad(DecodeProblem.TRUNCATED, (end - at) + " stray octets after packet " + packets.size());
            }
            int b0 = data[at] & 0xFF;
            if (b0 >>> 6 != RtpCodec.VERSION) {
                return Decoded.bad(DecodeProblem.BAD_VERSION, "packet " + packets.size() + " has version " + (b0 >>> 6));
            }
            int count = b0 & 0x1F;
            int type = data[at + 1] & 0xFF;
            int octets = 4 * (Bytes.get16(data, at + 2) + 1);
            if (octets > end - at) {
                return Decoded.bad(DecodeProblem.BAD_LENGTH, "packet " + packets.size() + " claims " + octets
                        + " octets, " + (end - at) + " remain");
            }
            if (packets.isEmpty() && type != RtcpPacket.SR && type != RtcpPacket.RR) {
                return Decoded.bad(DecodeProblem.NOT_A_REPORT_FIRST, "the first packet is type " + type
                        + ", a compound starts with SR (200) or RR (201)");
            }
            int bodyEnd = at + octets;
            if ((b0 & 0x20) != 0) {
                if (bodyEnd != end) {
                    return Decoded.bad(DecodeProblem.BAD_PADDING, "padding on packet " + packets.size()
                            + ", only the last packet may be padded");
                }
                int pad = data[end - 1] & 0xFF;
                if (pad == 0 || pad > octets - 4) {
                    return Decoded.bad(DecodeProblem.BAD_PADDING, "padding count " + pad + " in a packet of " + octets);
                }
                bodyEnd -= pad;
            }
            Decoded<RtcpPacket> one = known(type)
                    ? decodeOne(type, count, data, at, bodyEnd)
                    : Decoded.ok(new RtcpPacket.Other(type, new Octets(Arrays.copyOfRange(data, at, at + octets))));
            if (!(one instanceof Decoded.Ok<RtcpPacket> ok)) {
                Decoded.Bad<RtcpPacket> bad = (Decoded.Bad<RtcpPacket>) one;
                return Decoded.bad(bad.problem(), "packet " + packets.size() + ": " + bad.detail());
            }
            packets.add(ok.value());
            at += octets;
        }
        return Decoded.ok(List.copyOf(packets));
    }

    private static Decoded<RtcpPacket> decodeOne(int type, int count, byte[] d, int start, int end) {
        switch (type) {
            case RtcpPacket.SR -> {
                if (start + 28 + ReportBlock.LENGTH * count > end) {
                    return Decoded.bad(DecodeProblem.BAD_COUNT, "SR with " + count + " report blocks needs "
                            + (28 + ReportBlock.LENGTH * count) + " octets, has " + (end - start));
                }
                long ntp = Bytes.get32(d, start + 8) << 32 | Bytes.get32(d, start + 12);
                return Decoded.ok(new RtcpPacket.SenderReport(Bytes.get32(d, start + 4), ntp, Bytes.get32(d, start + 16),
                        Bytes.get32(d, start + 20), Bytes.get32(d, start + 24), blocks(d, start + 28, count)));
            }
            case RtcpPacket.RR -> {
                if (start + 8 + ReportBlock.LENGTH * count > end) {
                    return Decoded.bad(DecodeProblem.BAD_COUNT, "RR with " + count + " report blocks needs "
                            + (8 + ReportBlock.LENGTH * count) + " octets, has " + (end - start));
                }
                return Decoded.ok(new RtcpPacket.ReceiverReport(Bytes.get32(d, start + 4), blocks(d, start + 8, count)));
            }
            case RtcpPacket.SDES -> {
                return sdes(count, d, start + 4, end);
            }
            case RtcpPacket.BYE -> {
                int at = start + 4;
                if (at + 4 * count > end) {
                    return Decoded.bad(DecodeProblem.BAD_COUNT, "BYE with " + count + " sources needs "
                            + (4 + 4 * count) + " octets, has " + (end - start));
                }
                List<Long> ssrcs = new ArrayList<>(count);
                for (int i = 0; i < count; i++, at += 4) {
                    ssrcs.add(Bytes.get32(d, at));
                }
                String reason = null;
                if (at < end) {
                    int n = d[at] & 0xFF;
                    if (at + 1 + n > end) {
                        return Decoded.bad(DecodeProblem.BAD_ITEM, "BYE reason of " + n + " octets is cut off");
                    }
                    reason = new String(d, at + 1, n, StandardCharsets.UTF_8);
                }
                return Decoded.ok(new RtcpPacket.Goodbye(ssrcs, reason));
            }
            default -> throw new IllegalArgumentException("not a type decoded here: " + type); // see known()
        }
    }

    private static boolean known(int type) {
        return type >= RtcpPacket.SR && type <= RtcpPacket.BYE;
    }

    private static List<ReportBlock> blocks(byte[] d, int at, int count) {
        List<ReportBlock> blocks = new ArrayList<>(count);
        for (int i = 0; i < count; i++, at += ReportBlock.LENGTH) {
            int lost = Bytes.get24(d, at + 5);
            if ((lost & 0x80_0000) != 0) {
                lost |= 0xFF00_0000; // sign-extend the 24-bit field
            }
            blocks.add(new ReportBlock(Bytes.get32(d, at), d[at + 4] & 0xFF, lost, Bytes.get32(d, at + 8),
                    Bytes.get32(d, at + 12), Bytes.get32(d, at + 16), Bytes.get32(d, at + 20)));
        }
        return blocks;
    }

    private static Decoded<RtcpPacket> sdes(int count, byte[] d, int at, int end) {
        List<RtcpPacket.SdesChunk> chunks = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            if (at + 4 > end) {
                return Decoded.bad(DecodeProblem.BAD_COUNT, "SDES promises " + count + " chunks, holds " + c);
            }
            long ssrc = Bytes.get32(d, at);
            int chunkStart = at;
            at += 4;
            List<RtcpPacket.SdesItem> items = new ArrayList<>();
            while (true) {
                if (at >= end) {
                    return Decoded.bad(DecodeProblem.BAD_ITEM, "SDES chunk " + c + " has no terminating null item");
                }
                int type = d[at] & 0xFF;
                if (type == 0) {
                    at++;
                    break;
                }
                if (at + 2 > end || at + 2 + (d[at + 1] & 0xFF) > end) {
                    return Decoded.bad(DecodeProblem.BAD_ITEM, "SDES item of type " + type + " is cut off");
                }
                int n = d[at + 1] & 0xFF;
                items.add(new RtcpPacket.SdesItem(type, new String(d, at + 2, n, StandardCharsets.UTF_8)));
                at += 2 + n;
            }
            at = chunkStart + (at - chunkStart + 3) / 4 * 4; // chunks end on a 32-bit boundary
            chunks.add(new RtcpPacket.SdesChunk(ssrc, items));
        }
        return Decoded.ok(new RtcpPacket.SourceDescription(chunks));
    }
}
