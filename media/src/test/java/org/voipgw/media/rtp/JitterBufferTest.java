package org.voipgw.media.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JitterBufferTest {
    private static short[] frame(int value) {
        short[] f = new short[JitterBuffer.FRAME];
        Arrays.fill(f, (short) value);
        return f;
    }

    private static short[] take(JitterBuffer jb) {
        short[] out = new short[JitterBuffer.FRAME];
        jb.take(out);
        return out;
    }

    @Test
    void playsInOrderAfterTheFixedDelayEvenWhenPacketsArriveOutOfOrder() {
        JitterBuffer jb = new JitterBuffer();
        long ts = 0xFFFF_FF00L; // wraps during the test
        jb.put(ts, frame(1), 160, true);
        assertEquals(0, take(jb)[0], "prefill tick 1");
        jb.put(ts + 320 & 0xFFFF_FFFFL, frame(3), 160, false); // arrives before #2
        jb.put(ts + 160 & 0xFFFF_FFFFL, frame(2), 160, false);
        assertEquals(0, take(jb)[0], "prefill tick 2");
        assertEquals(1, take(jb)[0]);
        assertEquals(2, take(jb)[0]);
        assertEquals(3, take(jb)[0]);
        assertEquals(3, jb.framesPlayed());
        assertEquals(2, jb.framesSilent());
    }

    @Test
    void lossIsConcealedByRepeatingWithG711AppendixIAttenuation() {
        JitterBuffer jb = new JitterBuffer();
        jb.put(0, frame(1000), 160, true);
        take(jb);
        take(jb);
        assertEquals(1000, take(jb)[159]);
        short[] first = take(jb); // 0–20 ms of erasure
        assertEquals(1000, first[0], "full level for the first 10 ms");
        assertEquals(1000, first[79]);
        assertEquals(1000 * (400 - 79) / 400, first[159]);
        short[] second = take(jb); // 20–40 ms
        assertEquals(1000 * (400 - 80) / 400, second[0], "20 % per 10 ms after 10 ms");
        take(jb); // 40–60 ms
        short[] fourth = take(jb); // 60–80 ms: silent
        assertTrue(Arrays.stream(new int[] {fourth[0], fourth[80], fourth[159]}).allMatch(v -> v == 0));
        assertEquals(4, jb.framesConcealed());
        jb.put(160 * 5, frame(5), 160, false); // the frame now due (1 played + 4 concealed)
        assertEquals(5, take(jb)[0], "a good frame ends the erasure");
    }

    @Test
    void latePacketsAreCountedAndDropped() {
        JitterBuffer jb = new JitterBuffer();
        jb.put(1000, frame(1), 160, true);
        for (int i = 0; i < 4; i++) {
            take(jb);
        }
        jb.put(1000, frame(9), 160, false);
        assertEquals(1, jb.latePackets());
        assertEquals(0, jb.bufferedSamples());
    }

    @Test
    void aTalkspurtAfterSilenceReanchorsTheDelay() {
        JitterBuffer jb = new JitterBuffer();
        jb.put(0, frame(1), 160, true);
        for (int i = 0; i < 10; i++) {
            take(jb);
        }
        // the far end was silent for 2 s (16000 samples beyond the ring), then talks again
        jb.put(16_000, frame(7), 160, true);
        assertEquals(0, take(jb)[0]);
        assertEquals(0, take(jb)[0]);
        assertEquals(7, take(jb)[0], "played after the same fixed delay");
    }

    @Test
    void anySizeOfPacketFits() {
        JitterBuffer jb = new JitterBuffer();
        jb.put(0, frame(4), 80, true); // 10 ms packets
        jb.put(80, frame(4), 80, false);
        take(jb);
        take(jb);
        short[] out = take(jb);
        assertEquals(4, out[0]);
        assertEquals(4, out[159]);
        assertEquals(1, jb.framesPlayed());
    }
}
