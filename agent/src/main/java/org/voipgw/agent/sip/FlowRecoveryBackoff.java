package org.voipgw.agent.sip;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * RFC 5626 §4.5 "Flow Recovery": after a failed registration the UA waits
 * {@code wait-time = min(max-time, base-time * 2^consecutive-failures)} as the upper bound, and the
 * actual delay is drawn uniformly between 50 % and 100 % of it. {@code base-time} is 30 s when all
 * flows have failed (our one flow has, whenever we retry), {@code max-time} 1800 s.
 */
public record FlowRecoveryBackoff(Duration baseTime, Duration maxTime) {
    public static final FlowRecoveryBackoff RFC5626 = new FlowRecoveryBackoff(Duration.ofSeconds(30),
            Duration.ofSeconds(1800));

    public FlowRecoveryBackoff {
        if (baseTime.isNegative() || baseTime.isZero() || maxTime.compareTo(baseTime) < 0) {
            throw new IllegalArgumentException("need 0 < base-time <= max-time: " + baseTime + ", " + maxTime);
        }
    }

    /** The upper bound after {@code consecutiveFailures} (≥ 1) failures. */
    public Duration bound(int consecutiveFailures) {
        if (consecutiveFailures < 1) {
            throw new IllegalArgumentException("at least one failure expected: " + consecutiveFailures);
        }
        long base = baseTime.toMillis();
        long max = maxTime.toMillis();
        // 2^n overflows quickly; once base * 2^n passes max-time the bound is max-time.
        int n = Math.min(consecutiveFailures, 62);
        long bound = base > (max >> Math.min(n, 62)) ? max : Math.min(max, base << n);
        return Duration.ofMillis(bound);
    }

    /** The delay to wait: uniform in [50 %, 100 %] of {@link #bound}. */
    public Duration delay(int consecutiveFailures, RandomGenerator random) {
        long b = bound(consecutiveFailures).toMillis();
        return Duration.ofMillis(b / 2 + random.nextLong(b - b / 2 + 1));
    }
}
