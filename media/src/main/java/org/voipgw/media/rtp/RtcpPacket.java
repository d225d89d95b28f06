package org.voipgw.media.rtp;

import java.util.Objects;
import java.util.List;

/** The RTCP packets a G.711 call uses (RFC 3550 §6.4–6.6), plus any other type kept as octets. */
public sealed interface RtcpPacket {
    int SR = 200;
    int RR = 201;
    int SDES = 202;
    int BYE = 203;

    /** §6.4.1 sender report: what we sent, and what we received. */
    record SenderReport(long ssrc, long ntpTimestamp, long rtpTimestamp, long packetCount, long octetCount,
                        List<ReportBlock> reports) implements RtcpPacket {
        public SenderReport {
            RtpPacket.checkU32("SSRC", ssrc);
            RtpPacket.checkU32("RTP timestamp", rtpTimestamp);
            RtpPacket.checkU32("packet count", packetCount);
            RtpPacket.checkU32("octet count", octetCount);
            reports = List.copyOf(reports);
            if (reports.size() > 31) {
                throw new IllegalArgumentException("at most 31 report blocks fit RC, not " + reports.size());
            }
        }

        /** The middle 32 bits of the NTP timestamp, which a report block echoes as LSR (§6.4.1). */
        public long compactNtp() {
            return (ntpTimestamp >>> 16) & 0xFFFF_FFFFL;
        }
    }

    /** §6.4.2 receiver report: a participant that has not sent since the last report. */
    record ReceiverReport(long ssrc, List<ReportBlock> reports) implements RtcpPacket {
        public ReceiverReport {
            RtpPacket.checkU32("SSRC", ssrc);
            reports = List.copyOf(reports);
            if (reports.size() > 31) {
                throw new IllegalArgumentException("at most 31 report blocks fit RC, not " + reports.size());
            }
        }
    }

    /** §6.5 source description: chunks of items; CNAME (type 1) is the one every compound carries. */
    record SourceDescription(List<SdesChunk> chunks) implements RtcpPacket {
        public SourceDescription {
            chunks = List.copyOf(chunks);
            if (chunks.size() > 31) {
                throw new IllegalArgumentException("at most 31 SDES chunks fit SC, not " + chunks.size());
            }
        }
    }

    /** One SDES chunk: a source and its items. */
    record SdesChunk(long ssrc, List<SdesItem> items) {
        public SdesChunk {
            RtpPacket.checkU32("SSRC", ssrc);
            items = List.copyOf(items);
        }
    }

    /** One SDES item (§6.5): type 1–8 (1 CNAME … 8 PRIV), UTF-8 text; the encoder refuses more than 255 octets. */
    record SdesItem(int type, String text) {
        public static final int CNAME = 1;

        public SdesItem {
            if (type < 1 || type > 255) {
                throw new IllegalArgumentException("an SDES item type is 1-255 (0 ends a chunk), not " + type);
            }
            Objects.requireNonNull(text, "SDES item text");
        }
    }

    /** §6.6 goodbye: these sources leave, with an optional reason (null for none, at most 255 octets to encode). */
    record Goodbye(List<Long> ssrcs, String reason) implements RtcpPacket {
        public Goodbye {
            ssrcs = List.copyOf(ssrcs);
            if (ssrcs.size() > 31) {
                throw new IllegalArgumentException("at most 31 sources fit SC, not " + ssrcs.size());
            }
            ssrcs.forEach(s -> RtpPacket.checkU32("SSRC", s));
        }
    }

    /**
     * Any other packet type (APP, XR, feedback…): §6.1 says ignore what you do not know; kept
     * whole, header included, so it re-encodes as it came.
     */
    record Other(int packetType, Octets octets) implements RtcpPacket {
    }
}
