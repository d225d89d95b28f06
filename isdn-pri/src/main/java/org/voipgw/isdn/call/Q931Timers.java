package org.voipgw.isdn.call;

import java.time.Duration;

/**
 * Network-side layer-3 timers (Q.931 table 9-1): T303 SETUP supervision (4 s, SETUP sent twice),
 * T305 DISCONNECT without progress indicator (30 s), T308 RELEASE (4 s, sent twice), T310 CALL
 * PROCEEDING received (Q.931 network side: 10 s; TTC JT-Q931 for INS-Net lists its own value,
 * which we could not verify here, so it is configurable), T313 CONNECT sent awaiting CONNECT
 * ACKNOWLEDGE (4 s; a user-side timer, used by the simulated PBX), T316 RESTART (120 s), T309
 * data-link failure with calls active (90 s).
 */
public record Q931Timers(Duration t303, Duration t305, Duration t308, Duration t310, Duration t313, Duration t316,
        Duration t309) {
    public static Q931Timers standard() {
        return new Q931Timers(Duration.ofSeconds(4), Duration.ofSeconds(30), Duration.ofSeconds(4),
                Duration.ofSeconds(10), Duration.ofSeconds(4), Duration.ofSeconds(120), Duration.ofSeconds(90));
    }
}
