package org.voipgw.media.rtp;

import java.util.ArrayList;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RtpCodecTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void goldenPlainPcmuPacket() {
        // RFC 3550 §5.1 layout: V=2 P=0 X=0 CC=0 | M=1 PT=0 | seq 0x1234 | ts 0xA0 | SSRC 0xDEADBEEF
        byte[] wire = HEX.parseHex("80801234000000a0deadbeef" + "ff7f00");
        RtpPacket p = RtpCodec.decode(wire).value();
        assertTrue(p.marker());
        assertEquals(0, p.payloadType());
        assertEquals(0x1234, p.sequenceNumber());
        assertEquals(0xA0, p.timestamp());
        assertEquals(0xDEADBEEFL, p.ssrc());
        assertArrayEquals(HEX.parseHex("ff7f00"), p.payload());
        assertArrayEquals(wire, RtpCodec.encode(p));
    }

    @Test
    void goldenPacketWithCsrcExtensionAndPadding() {
        // V=2 P=1 X=1 CC=2 → 0xB2; PT=8; seq 0xFFFF; ts 0xFFFFFFFF; SSRC 1; CSRC 2, 3;
        // extension profile 0xBEDE, 1 word 01020304; payload d5d5; padding 2 (00 02)
        String hex = "b208ffffffffffff00000001" + "00000002" + "00000003" + "bede0001" + "01020304" + "d5d5" + "0002";
        byte[] wire = HEX.parseHex(hex);
        RtpPacket p = RtpCodec.decode(wire).value();
        assertFalse(p.marker());
        assertEquals(8, p.payloadType());
        assertEquals(0xFFFF, p.sequenceNumber());
        assertEquals(0xFFFF_FFFFL, p.timestamp());
        assertEquals(List.of(2L, 3L), p.csrcs());
        assertEquals(0xBEDE, p.extension().profileBits());
        assertArrayEquals(HEX.parseHex("01020304"), p.extension().body().toArray());
        assertArrayEquals(HEX.parseHex("d5d5"), p.payload());
        assertEquals(2, p.paddingLength());
        assertArrayEquals(wire, RtpCodec.encode(p));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "TRUNCATED,           80000001000000000000",
        "BAD_VERSION,         40000001000000000000000100",
        "TRUNCATED_CSRC,      82000001000000000000000100000002",
        "TRUNCATED_EXTENSION, 90000001000000000000000100",
        "TRUNCATED_EXTENSION, 900000010000000000000001bede000201020304",
        "BAD_PADDING,         a00000010000000000000001d500",
        "BAD_PADDING,         a00000010000000000000001d505",
    })
    void badPacketsSayWhatIsWrong(DecodeProblem problem, String hex) {
        Decoded<RtpPacket> d = RtpCodec.decode(HEX.parseHex(hex));
        Decoded.Bad<?> bad = assertInstanceOf(Decoded.Bad.class, d);
        assertEquals(problem, bad.problem());
        assertFalse(bad.detail().isBlank());
    }

    @Test
    void everyTruncationAndBitFlipDecodesToAValue() {
        byte[] wire = HEX.parseHex("b208ffffffffffff00000001" + "00000002" + "00000003" + "bede0001" + "01020304" + "d5d5" + "0002");
        for (int n = 0; n <= wire.length; n++) {
            RtpCodec.decode(wire, 0, n); // must not throw
        }
        SplittableRandom random = new SplittableRandom(3550);
        for (int i = 0; i < 20_000; i++) {
            byte[] copy = wire.clone();
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
            Decoded<RtpPacket> d = RtpCodec.decode(copy, 0, random.nextInt(copy.length + 1));
            assertTrue(d instanceof Decoded.Ok || d instanceof Decoded.Bad);
        }
    }

    @Test
    void randomPacketsRoundTrip() {
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 2_000; i++) {
            int cc = r.nextInt(16);
            List<Long> csrcs = new ArrayList<>();
            for (int c = 0; c < cc; c++) {
                csrcs.add(r.nextLong(1L << 32));
            }
            byte[] payload = new byte[r.nextInt(200)];
            r.nextBytes(payload);
            RtpHeaderExtension ext = r.nextBoolean() ? null : new RtpHeaderExtension(r.nextInt(1 << 16), new byte[4 * r.nextInt(4)]);
            RtpPacket p = new RtpPacket(r.nextBoolean(), r.nextInt(128), r.nextInt(1 << 16), r.nextLong(1L << 32),
                    r.nextLong(1L << 32), csrcs, ext, payload, r.nextBoolean() ? 0 : 1 + r.nextInt(255));
            assertEquals(p, RtpCodec.decode(RtpCodec.encode(p)).value());
        }
    }

    @Test
    void invalidFieldsAreRefusedWithTheirRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RtpPacket.audio(false, 128, 0, 0, 0, new byte[0]));
        assertTrue(e.getMessage().contains("0-127"));
        assertThrows(IllegalArgumentException.class, () -> RtpPacket.audio(false, 0, 65536, 0, 0, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> RtpPacket.audio(false, 0, 0, 1L << 32, 0, new byte[0]));
    }
}
