package org.voipgw.isdn.lapd;

import java.time.Duration;

/**
 * Data-link parameters (Q.921 §5.9): T200 retransmission timer, N200 maximum retransmissions,
 * T203 maximum idle time, k maximum outstanding I frames.
 */
public record LinkConfig(Duration t200, int n200, Duration t203, int k) {
    public LinkConfig {
        if (n200 < 1 || k < 1 || k > 127) {
            throw new IllegalArgumentException("N200 >= 1, 1 <= k <= 127");
        }
    }

    /** Q.921 §5.9 defaults with k = 7, the value for SAPI 0 on a primary rate access (§5.9.5). */
    public static LinkConfig pri() {
        return new LinkConfig(Duration.ofSeconds(1), 3, Duration.ofSeconds(10), 7);
    }

    /** Q.921 §5.9 defaults with k = 1, the value for SAPI 0 on a basic access (§5.9.5). */
    public static LinkConfig bri() {
        return new LinkConfig(Duration.ofSeconds(1), 3, Duration.ofSeconds(10), 1);
    }
}
