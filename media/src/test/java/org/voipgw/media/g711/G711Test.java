package org.voipgw.media.g711;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class G711Test {

    @ParameterizedTest
    @EnumSource(G711.class)
    void everyCodeWordRoundTrips(G711 law) {
        for (int code = 0; code < 256; code++) {
            short linear = law.decode((byte) code);
            int back = law.encode(linear) & 0xFF;
            if (law == G711.PCMU && code == 0x7F) {
                assertEquals(0xFF, back, "µ-law negative zero re-encodes as positive zero");
            } else {
                assertEquals(code, back, law + " code 0x" + Integer.toHexString(code));
            }
        }
    }

    @Test
    void muLawHasTwoZeroCodes() {
        assertEquals(0, MuLaw.decode((byte) 0xFF));
        assertEquals(0, MuLaw.decode((byte) 0x7F));
        assertEquals(0xFF, MuLaw.encode(0) & 0xFF);
        assertEquals(0x7F, MuLaw.encode(-1) & 0xFF, "a tiny negative sample is negative zero");
    }

    @Test
    void aLawInvertsTheEvenBits() {
        // The smallest positive interval is sign-magnitude 1000 0000; even bits inverted: 1101 0101.
        assertEquals(0xD5, ALaw.encode(0) & 0xFF);
        assertEquals(0x55, ALaw.encode(-8) & 0xFF);
        for (int code = 0; code < 256; code++) {
            int signMagnitude = code ^ 0x55;
            int sign = (signMagnitude & 0x80) != 0 ? 1 : -1;
            assertEquals(sign, Integer.signum(ALaw.decode((byte) code)), "sign of 0x" + Integer.toHexString(code));
        }
    }

    @Test
    void extremesSaturateAtTheLastInterval() {
        assertEquals(32124, MuLaw.decode(MuLaw.encode(Short.MAX_VALUE)));
        assertEquals(-32124, MuLaw.decode(MuLaw.encode(Short.MIN_VALUE)));
        assertEquals(32256, ALaw.decode(ALaw.encode(Short.MAX_VALUE)));
        assertEquals(-32256, ALaw.decode(ALaw.encode(Short.MIN_VALUE)));
        assertEquals(0x80, MuLaw.encode(100_000) & 0xFF);
        assertEquals(0xAA, ALaw.encode(100_000) & 0xFF);
    }

    @Test
    void decodeIsOddSymmetric() {
        for (int code = 0; code < 128; code++) {
            assertEquals(-MuLaw.decode((byte) (code | 0x80)), MuLaw.decode((byte) code));
            assertEquals(-ALaw.decode((byte) (code ^ 0x80)), ALaw.decode((byte) code));
        }
    }

    @Test
    void payloadTypesAndNamesAreRfc3551s() {
        assertSame(G711.PCMU, G711.forPayloadType(0));
        assertSame(G711.PCMA, G711.forPayloadType(8));
        assertNull(G711.forPayloadType(18));
        assertSame(G711.PCMA, G711.forEncodingName("pcma"));
        assertNull(G711.forEncodingName("G729"));
    }

    @Test
    void bufferCodecMatchesSampleCodec() {
        short[] pcm = new short[160];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (short) (8000 * Math.sin(2 * Math.PI * 1004 * i / 8000.0));
        }
        byte[] coded = new byte[160];
        G711.PCMA.encode(pcm, 0, coded, 0, 160);
        short[] back = new short[160];
        G711.PCMA.decode(coded, 0, back, 0, 160);
        for (int i = 0; i < 160; i++) {
            assertEquals(ALaw.encode(pcm[i]), coded[i]);
            // A-law's quantisation error is at most half an interval: 64 on the 16-bit scale at 8000.
            assertEquals(pcm[i], back[i], 64.0 * 8 / 2 + 8);
        }
    }
}
