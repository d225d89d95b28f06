package org.voipgw.isdn.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.voipgw.isdn.DecodeError;
import org.voipgw.isdn.Decoded;
import org.voipgw.isdn.Octets;
import org.voipgw.isdn.lapd.LapdCodec;
import org.voipgw.isdn.q931.Q931Codec;

/**
 * Bad input never throws or hangs; it decodes to an error value, or — when the damage happens to
 * give another valid frame — to a value that re-encodes to exactly the input (Netty's decoder
 * tests: split at every byte, flip every bit).
 */
class MalformedInputTest {
    static Stream<GoldenVector> vectors() {
        return GoldenVector.all();
    }

    static Stream<GoldenVector> q931Vectors() {
        return GoldenVector.q931();
    }

    private static void decodesSafely(GoldenVector v, byte[] input) {
        Decoded<?> d = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> v.decoder().apply(input));
        if (d instanceof Decoded.Ok<?> ok) {
            assertArrayEquals(input, v.encode(ok.value()), () -> v.name() + " " + Octets.of(input) + " -> " + ok);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void everyPrefixDecodesSafely(GoldenVector v) {
        byte[] all = v.octets().toArray();
        for (int cut = 0; cut < all.length; cut++) {
            decodesSafely(v, Arrays.copyOf(all, cut));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void everySingleBitFlipDecodesSafely(GoldenVector v) {
        byte[] all = v.octets().toArray();
        for (int bit = 0; bit < all.length * 8; bit++) {
            byte[] flipped = all.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            decodesSafely(v, flipped);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void trailingGarbageDecodesSafely(GoldenVector v) {
        byte[] all = Arrays.copyOf(v.octets().toArray(), v.octets().length() + 3);
        all[all.length - 3] = (byte) 0x70; // an IE identifier whose length runs past the end
        all[all.length - 2] = (byte) 0x40;
        decodesSafely(v, all);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("q931Vectors")
    void truncatedQ931MessagesInsideAnElementAreErrors(GoldenVector v) {
        byte[] all = v.octets().toArray();
        int headerEnd = 3 + (all[1] & 0x0F);
        for (int cut = 0; cut < headerEnd; cut++) {
            assertInstanceOf(Decoded.Failed.class, Q931Codec.decode(Arrays.copyOf(all, cut)), v + " cut " + cut);
        }
    }

    @Test
    void zeroLengthKnownElementIsAnError() {
        // DISCONNECT with a cause IE of length 0 (Q.931 §4.5.12 needs at least 2 octets)
        Decoded<?> d = Q931Codec.decode(Octets.hex("08 02 00 01 45 08 00").toArray());
        assertEquals(DecodeError.Kind.BAD_IE, ((Decoded.Failed<?>) d).error().kind());
    }

    @Test
    void overLongElementIsAnError() {
        byte[] m = new byte[5 + 2 + 40];
        System.arraycopy(Octets.hex("08 02 00 01 45 08 28").toArray(), 0, m, 0, 7); // cause, 40 octets
        Arrays.fill(m, 7, m.length, (byte) 0x90);
        assertEquals(DecodeError.Kind.BAD_IE, ((Decoded.Failed<?>) Q931Codec.decode(m)).error().kind());
    }

    @Test
    void elementLongerThanTheMessageIsTruncated() {
        Decoded<?> d = Q931Codec.decode(Octets.hex("08 02 00 01 45 08 05 80 90").toArray());
        assertEquals(DecodeError.Kind.TRUNCATED, ((Decoded.Failed<?>) d).error().kind());
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x04, 0x60, 0x7F})
    void unknownMessageTypeIsAnErrorButTheCallReferenceIsReadable(int type) {
        byte[] m = Octets.hex("08 02 00 07 00").toArray();
        m[4] = (byte) type;
        Decoded<?> d = Q931Codec.decode(m);
        assertEquals(DecodeError.Kind.UNKNOWN_TYPE, ((Decoded.Failed<?>) d).error().kind());
        assertEquals(7, Q931Codec.peekCallRef(m).orElseThrow().value());
    }

    @Test
    void wrongProtocolDiscriminatorAndLongCallReferenceAreErrors() {
        assertInstanceOf(Decoded.Failed.class, Q931Codec.decode(Octets.hex("09 02 00 01 05").toArray()));
        assertInstanceOf(Decoded.Failed.class, Q931Codec.decode(Octets.hex("08 03 00 00 01 05").toArray()));
    }

    @Test
    void lapdFramesWithInformationWhereNoneIsAllowedAreErrors() {
        assertInstanceOf(Decoded.Failed.class, LapdCodec.decode(Octets.hex("00 01 7f 00").toArray())); // SABME + info
        assertInstanceOf(Decoded.Failed.class, LapdCodec.decode(Octets.hex("02 01 01 05 00").toArray())); // RR + info
        assertInstanceOf(Decoded.Failed.class, LapdCodec.decode(Octets.hex("02 01 0d 05").toArray())); // S type 11
        assertInstanceOf(Decoded.Failed.class, LapdCodec.decode(Octets.hex("01 01 7f").toArray())); // EA bit
        assertInstanceOf(Decoded.Failed.class, LapdCodec.decode(new byte[300]));
    }
}
