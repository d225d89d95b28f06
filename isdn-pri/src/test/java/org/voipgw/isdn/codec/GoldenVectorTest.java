package org.voipgw.isdn.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.voipgw.isdn.Decoded;

class GoldenVectorTest {
    static Stream<GoldenVector> vectors() {
        return GoldenVector.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void decodesToTheExpectedValue(GoldenVector v) {
        Decoded<?> d = v.decoder().apply(v.octets().toArray());
        assertInstanceOf(Decoded.Ok.class, d, () -> v.name() + ": " + d);
        assertEquals(v.decoded(), d.orElseThrow().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void encodesBackToTheSameOctets(GoldenVector v) {
        Object value = v.decoder().apply(v.octets().toArray()).orElseThrow();
        assertArrayEquals(v.octets().toArray(), v.encode(value));
    }
}
