package org.voipgw.isdn.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.voipgw.isdn.DecodeError;
import org.voipgw.isdn.Decoded;
import org.voipgw.isdn.Octets;
import org.voipgw.isdn.lapd.Hdlc;
import org.voipgw.isdn.lapd.HdlcDeframer;
import java.nio.charset.StandardCharsets;

class HdlcTest {
    static Stream<GoldenVector> lapdVectors() {
        return GoldenVector.all().filter(v -> v.layer().equals("lapd"));
    }

    @Test
    void fcsMatchesTheX25CheckValue() {
        // CRC-16/X.25 (the HDLC FCS of Q.921 §2.7 / ISO 13239): check value of "123456789" is 0x906E.
        byte[] s = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0x906E, Hdlc.fcs(s, 0, s.length));
    }

    @Test
    void zeroBitInsertionAfterFiveOnes() {
        byte[] frame = Octets.hex("ff ff ff").toArray();
        List<Decoded<byte[]>> out = new HdlcDeframer().feed(Hdlc.toLine(frame));
        assertEquals(1, out.size());
        assertArrayEquals(frame, out.get(0).orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lapdVectors")
    void roundTripSplitAtEveryOctet(GoldenVector v) {
        byte[] frame = v.octets().toArray();
        byte[] line = concat(Hdlc.toLine(frame), Hdlc.toLine(frame));
        for (int cut = 0; cut <= line.length; cut++) {
            HdlcDeframer d = new HdlcDeframer();
            List<Decoded<byte[]>> out = new ArrayList<>(d.feed(Arrays.copyOf(line, cut)));
            out.addAll(d.feed(Arrays.copyOfRange(line, cut, line.length)));
            assertEquals(2, out.size(), "cut " + cut);
            for (Decoded<byte[]> f : out) {
                assertArrayEquals(frame, f.orElseThrow());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lapdVectors")
    void bitFlipsGiveErrorsOrNothingNeverExceptions(GoldenVector v) {
        byte[] line = Hdlc.toLine(v.octets().toArray());
        for (int bit = 0; bit < line.length * 8; bit++) {
            byte[] flipped = line.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            for (Decoded<byte[]> f : new HdlcDeframer().feed(flipped)) {
                if (f instanceof Decoded.Ok<byte[]> ok) {
                    // a flip may only survive if it did not touch the frame contents (CRC catches 1-bit errors)
                    assertArrayEquals(v.octets().toArray(), ok.value(), "bit " + bit);
                }
            }
        }
    }

    @Test
    void badFcsIsAnErrorValue() {
        byte[] withFcs = Hdlc.appendFcs(Octets.hex("00 01 7f").toArray());
        withFcs[3] ^= 1;
        // re-frame the damaged octets without recomputing the FCS
        byte[] line = Hdlc.toLine(Arrays.copyOf(withFcs, 3));
        HdlcDeframer d = new HdlcDeframer();
        assertEquals(1, d.feed(line).size());
        byte[] corrupt = line.clone();
        corrupt[2] ^= 0x01;
        List<Decoded<byte[]>> out = new HdlcDeframer().feed(corrupt);
        assertEquals(1, out.size());
        assertInstanceOf(Decoded.Failed.class, out.get(0));
        assertEquals(DecodeError.Kind.BAD_FCS, ((Decoded.Failed<byte[]>) out.get(0)).error().kind());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
