package org.voipgw.isdn.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.dchan.DChannel;
import org.voipgw.isdn.DecodeError.Kind;
import org.voipgw.isdn.Decoded;
import org.voipgw.isdn.lapd.AsyncHdlc;
import org.voipgw.isdn.lapd.AsyncHdlcDecoder;

/** RFC 1662 octet-stuffed framing of LAPD frames: golden vector, splits, garbage, errors. */
class AsyncHdlcTest {
    private static final HexFormat HEX = HexFormat.of();
    /** SABME, SAPI 0 TEI 0 command from the user side (Q.921 §3.6.9): 00 01 7F. */
    private static final byte[] SABME = {0x00, 0x01, 0x7F};

    @Test
    void goldenVectorWithTheFcsOfRfc1662() {
        // FCS-16 of 00 01 7F per RFC 1662 §C.2 (same CRC as Q.921 §2.7), low octet first
        byte[] line = AsyncHdlc.encode(SABME);
        assertEquals("7e00017f" + fcsHex(SABME) + "7e", HEX.formatHex(line));
    }

    @Test
    void flagAndEscapeOctetsAreEscaped() {
        byte[] frame = {0x02, 0x01, 0x7E, 0x7D, 0x00, 0x20};
        byte[] line = AsyncHdlc.encode(frame);
        assertTrue(HEX.formatHex(line).startsWith("7e02017d5e7d5d0020"), HEX.formatHex(line));
        for (int i = 1; i < line.length - 1; i++) {
            assertTrue(line[i] != 0x7E, "no flag inside the frame");
        }
        assertArrayEquals(frame, decodeOk(line));
    }

    @Test
    void everySplitDecodesTheSameFrames() {
        byte[] a = AsyncHdlc.encode(new byte[] {0x02, 0x01, 0x7D, 0x7E, 0x7E, 0x11});
        byte[] b = AsyncHdlc.encode(SABME);
        byte[] both = concat(a, b);
        for (int cut = 0; cut <= both.length; cut++) {
            AsyncHdlcDecoder d = new AsyncHdlcDecoder();
            List<Decoded<byte[]>> out = new ArrayList<>(d.feed(Arrays.copyOf(both, cut)));
            out.addAll(d.feed(Arrays.copyOfRange(both, cut, both.length)));
            assertEquals(2, out.size(), "cut at " + cut);
            assertTrue(out.stream().allMatch(Decoded::isOk), "cut at " + cut);
            assertArrayEquals(SABME, out.get(1).orElseThrow());
        }
    }

    @Test
    void garbageBeforeTheFirstFlagIsOneFramingErrorThenResync() {
        byte[] line = concat(new byte[] {0x12, 0x34, 0x56}, AsyncHdlc.encode(SABME));
        List<Decoded<byte[]>> out = new AsyncHdlcDecoder().feed(line);
        assertEquals(2, out.size());
        assertEquals(Kind.BAD_FORMAT, kind(out.get(0)));
        assertArrayEquals(SABME, out.get(1).orElseThrow());
    }

    @Test
    void garbageBetweenFramesCostsOnlyItself() {
        AsyncHdlcDecoder d = new AsyncHdlcDecoder();
        d.feed(AsyncHdlc.encode(SABME));
        // noise after a closing flag: it becomes a "frame" with a bad FCS at the next flag,
        // and that flag opens the next real frame
        byte[] line = concat(new byte[] {0x41, 0x42, 0x43, 0x44, 0x45, 0x46}, AsyncHdlc.encode(SABME));
        List<Decoded<byte[]>> out = d.feed(line);
        assertEquals(2, out.size());
        assertEquals(Kind.BAD_FCS, kind(out.get(0)));
        assertArrayEquals(SABME, out.get(1).orElseThrow());
    }

    @Test
    void everySingleBitFlipIsCaught() {
        byte[] line = AsyncHdlc.encode(new byte[] {0x02, 0x01, 0x00, 0x00, 0x08, 0x01, 0x05, 0x05});
        for (int i = 1; i < line.length - 1; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] bad = line.clone();
                bad[i] ^= (byte) (1 << bit);
                List<Decoded<byte[]>> out = new AsyncHdlcDecoder().feed(bad);
                assertFalse(out.stream().anyMatch(Decoded::isOk), "flip at octet " + i + " bit " + bit);
            }
        }
    }

    @Test
    void abortRuntAndIdleFlags() {
        AsyncHdlcDecoder d = new AsyncHdlcDecoder();
        assertTrue(d.feed(new byte[] {0x7E, 0x7E, 0x7E}).isEmpty(), "idle flags are nothing");
        assertEquals(Kind.BAD_FORMAT, kind(d.feed(new byte[] {0x02, 0x01, 0x7D, 0x7E}).get(0)), "abort");
        assertEquals(Kind.TRUNCATED, kind(d.feed(new byte[] {0x02, 0x01, 0x7E}).get(0)), "runt");
        assertArrayEquals(SABME, d.feed(AsyncHdlc.encode(SABME)).get(0).orElseThrow(), "still in step");
    }

    @Test
    void aFrameOverN201IsReportedAndNotKept() {
        byte[] longest = new byte[DChannel.MAX_FRAME_OCTETS];
        longest[0] = 0x02;
        longest[1] = 0x01;
        assertArrayEquals(longest, decodeOk(AsyncHdlc.encode(longest)));
        byte[] over = Arrays.copyOf(longest, DChannel.MAX_FRAME_OCTETS + 1);
        AsyncHdlcDecoder d = new AsyncHdlcDecoder();
        List<Decoded<byte[]>> out = d.feed(AsyncHdlc.encode(over));
        assertEquals(1, out.size());
        assertEquals(Kind.TOO_LONG, kind(out.get(0)));
        // a megabyte without a flag: still one error at the next flag, and nothing kept meanwhile
        byte[] noise = new byte[1 << 20];
        Arrays.fill(noise, (byte) 0x55);
        assertTrue(d.feed(noise).isEmpty());
        assertEquals(Kind.TOO_LONG, kind(d.feed(new byte[] {0x7E}).get(0)));
        assertArrayEquals(SABME, d.feed(AsyncHdlc.encode(SABME)).get(0).orElseThrow());
    }

    private static byte[] decodeOk(byte[] line) {
        List<Decoded<byte[]>> out = new AsyncHdlcDecoder().feed(line);
        assertEquals(1, out.size());
        return out.get(0).orElseThrow();
    }

    private static Kind kind(Decoded<byte[]> d) {
        return ((Decoded.Failed<byte[]>) d).error().kind();
    }

    /** FCS-16 by the bitwise definition of RFC 1662 §C.2 (independent of the code under test). */
    private static String fcsHex(byte[] data) {
        int fcs = 0xFFFF;
        for (byte b : data) {
            fcs ^= b & 0xFF;
            for (int i = 0; i < 8; i++) {
                fcs = (fcs & 1) != 0 ? (fcs >>> 1) ^ 0x8408 : fcs >>> 1;
            }
        }
        fcs ^= 0xFFFF;
        return String.format("%02x%02x", fcs & 0xFF, fcs >>> 8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(a);
        o.writeBytes(b);
        return o.toByteArray();
    }
}
