package org.voipgw.media.rtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RtcpCodecTest {
    private static final HexFormat HEX = HexFormat.of();

    /** SR (RC=1, length 12 words − 1 = 12) + SDES CNAME "gw@a" + BYE with reason "bye". */
    static final String GOLDEN = ""
            + "81c8000c" + "11111111" // V=2 RC=1 PT=200 length=12, SSRC
            + "e6b5a6c0" + "80000000" // NTP 2026-... seconds, fraction 0.5
            + "000003e8" + "00000032" + "00001f40" // RTP ts 1000, 50 packets, 8000 octets
            + "22222222" + "40fffffe" + "00010064" + "0000000a" + "abcdef01" + "00010000" // block: 64/256, -2 lost
            + "81ca0003" + "11111111" + "0104" + "67774061" + "0000" // SDES: CNAME len 4 "gw@a", null + pad
            + "81cb0002" + "11111111" + "03627965"; // BYE SC=1, reason "bye"

    @Test
    void goldenCompoundDecodesAndEncodesBack() {
        byte[] wire = HEX.parseHex(GOLDEN);
        List<RtcpPacket> packets = RtcpCodec.decode(wire).value();
        assertEquals(3, packets.size());
        RtcpPacket.SenderReport sr = assertInstanceOf(RtcpPacket.SenderReport.class, packets.get(0));
        assertEquals(0x11111111L, sr.ssrc());
        assertEquals(0xe6b5a6c0_80000000L, sr.ntpTimestamp());
        assertEquals(0xa6c08000L, sr.compactNtp());
        assertEquals(1000, sr.rtpTimestamp());
        assertEquals(50, sr.packetCount());
        assertEquals(8000, sr.octetCount());
        ReportBlock b = sr.reports().get(0);
        assertEquals(new ReportBlock(0x22222222L, 0x40, -2, 0x10064, 10, 0xabcdef01L, 0x10000), b);
        RtcpPacket.SourceDescription sdes = assertInstanceOf(RtcpPacket.SourceDescription.class, packets.get(1));
        assertEquals("gw@a", sdes.chunks().get(0).items().get(0).text());
        RtcpPacket.Goodbye bye = assertInstanceOf(RtcpPacket.Goodbye.class, packets.get(2));
        assertEquals(List.of(0x11111111L), bye.ssrcs());
        assertEquals("bye", bye.reason());
        assertArrayEquals(wire, RtcpCodec.encode(packets));
    }

    @Test
    void unknownPacketTypesAreKeptWholeAndReencoded() {
        // RR without blocks, then APP (204) with name "test" and no data
        byte[] wire = HEX.parseHex("80c9000111111111" + "80cc0002" + "11111111" + "74657374");
        List<RtcpPacket> packets = RtcpCodec.decode(wire).value();
        RtcpPacket.Other app = assertInstanceOf(RtcpPacket.Other.class, packets.get(1));
        assertEquals(204, app.packetType());
        assertEquals(12, app.octets().length());
        assertArrayEquals(wire, RtcpCodec.encode(packets));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "TRUNCATED,          81c8",
        "BAD_VERSION,        41c90001" + "11111111",
        "NOT_A_REPORT_FIRST, 81ca0003111111110104677740610000",
        "BAD_LENGTH,         80c9000511111111",
        "BAD_COUNT,          81c9000111111111",
        "BAD_PADDING,        a0c900021111111100000000",
        "BAD_ITEM,           80c9000111111111" + "81ca000211111111" + "01096777",
    })
    void badCompoundsSayWhatIsWrong(DecodeProblem problem, String hex) {
        Decoded.Bad<?> bad = assertInstanceOf(Decoded.Bad.class, RtcpCodec.decode(HEX.parseHex(hex)));
        assertEquals(problem, bad.problem(), bad.detail());
    }

    @Test
    void bitFlipsAndTruncationsNeverThrow() {
        byte[] wire = HEX.parseHex(GOLDEN);
        SplittableRandom r = new SplittableRandom(6);
        for (int i = 0; i < 20_000; i++) {
            byte[] copy = wire.clone();
            for (int f = 0; f < 1 + r.nextInt(3); f++) {
                copy[r.nextInt(copy.length)] ^= (byte) (1 << r.nextInt(8));
            }
            Decoded<List<RtcpPacket>> d = RtcpCodec.decode(copy, 0, r.nextInt(copy.length + 1));
            assertTrue(d instanceof Decoded.Ok || d instanceof Decoded.Bad);
        }
    }
}
