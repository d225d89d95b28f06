package org.voipgw.agent.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class FlowRecoveryBackoffTest {
    @Test
    void boundsFollowRfc5626Section45() {
        FlowRecoveryBackoff b = FlowRecoveryBackoff.RFC5626;
        // RFC 5626 §4.5's own example: base 30 s, three failures → min(1800, 30 × 2^3) = 240 s
        assertEquals(Duration.ofSeconds(240), b.bound(3));
        assertEquals(Duration.ofSeconds(60), b.bound(1));
        assertEquals(Duration.ofSeconds(960), b.bound(5));
        assertEquals(Duration.ofSeconds(1800), b.bound(6));
        assertEquals(Duration.ofSeconds(1800), b.bound(1000));
    }

    @Test
    void delaysAreUniformBetweenHalfAndAllOfTheBound() {
        RandomGenerator r = RandomGeneratorFactory.of("L64X128MixRandom").create(7);
        FlowRecoveryBackoff b = FlowRecoveryBackoff.RFC5626;
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < 10_000; i++) {
            long d = b.delay(2, r).toMillis();
            assertTrue(d >= 60_000 && d <= 120_000, "delay " + d);
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        assertTrue(min < 61_000 && max > 119_000, "covers the window: " + min + ".." + max);
    }
}
