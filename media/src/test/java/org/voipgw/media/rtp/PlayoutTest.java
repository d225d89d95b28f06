package org.voipgw.media.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.time.VirtualClock;

class PlayoutTest {

    @Test
    void oneFramePerTwentyMillisecondsOnTheScheduler() {
        VirtualClock clock = new VirtualClock();
        JitterBuffer buffer = new JitterBuffer();
        List<Long> at = new ArrayList<>();
        List<Short> first = new ArrayList<>();
        Playout playout = new Playout(buffer, f -> {
            at.add(clock.millis());
            first.add(f[0]);
        });
        long start = clock.millis();
        playout.start(clock);
        assertThrows(IllegalStateException.class, () -> playout.start(clock));
        short[] frame = new short[160];
        for (int i = 0; i < 10; i++) { // a packet arrives every 20 ms, 5 ms before the tick
            clock.advance(Duration.ofMillis(15));
            Arrays.fill(frame, (short) (i + 1));
            buffer.put(160L * i, frame, 160, i == 0);
            clock.advance(Duration.ofMillis(5));
        }
        assertEquals(10, at.size());
        for (int i = 0; i < at.size(); i++) {
            assertEquals(start + 20L * (i + 1), at.get(i));
        }
        assertEquals(List.of((short) 0, (short) 0, (short) 1, (short) 2, (short) 3, (short) 4, (short) 5, (short) 6,
                (short) 7, (short) 8), first, "two ticks of fixed delay, then in order");
        playout.stop();
        clock.advance(Duration.ofSeconds(1));
        assertEquals(10, at.size());
    }
}
