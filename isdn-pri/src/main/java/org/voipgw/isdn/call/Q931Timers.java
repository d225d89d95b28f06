package org.voipgw.isdn.call;

import java.time.Duration;

/**
 * Network-side layer-3 timers (Q.931 table 9-1): T303 SETUP supervision (4 s, SETUP sent twice),
 * T305 DISCONNECT without progress indicator (30 s), T308 RELEASE (4 s, sent twice), T310 CALL
 * PROCEEDING received (Q.931 table 9-1, network side: 10 s). T310 differs between variants: the
 * text of TTC JT-Q931 was not available to verify the INS-Net value, and Japanese PBXs use much
 * longer user-side values (e.g. NEC UNIVERGE SV9100 Program 81-06 "ISDN BRI &amp; PRI Layer 3
 * (T-Point) Timer Setup": T310 default 180 s, range 0–180 s), so it is configurable here.
 * T313 CONNECT sent awaiting CONNECT
 * ACKNOWLEDGE (4 s; a user-side timer, used by the simulated PBX), T316 RESTART (120 s), T309
 * data-link failure with calls active (90 s), T322 STATUS ENQUIRY sent (4 s).
 */
public record Q931Timers(Duration t303, Duration t305, Duration t308, Duration t310, Duration t313, Duration t316,
        Duration t309, Duration t322) {
    public static Q931Timers standard() {
        return new Q931Timers(Duration.ofSeconds(4), Duration.ofSeconds(30), Duration.ofSeconds(4),
                Duration.ofSeconds(10), Duration.ofSeconds(4), Duration.ofSeconds(120), Duration.ofSeconds(90),
                Duration.ofSeconds(4));
    }
}
