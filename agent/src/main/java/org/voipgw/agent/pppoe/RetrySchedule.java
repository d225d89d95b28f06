package org.voipgw.agent.pppoe;

import java.time.Duration;
import java.util.Objects;

/**
 * When a failed or dropped PPPoE session tries again. We run pppd without {@code persist} and decide
 * here, as OpenWrt's netifd does for its ppp protocol handler (it restarts pppd itself rather than
 * letting pppd loop), so the simulated and the live session share one schedule.
 *
 * <p>{@link #STANDARD}, the schedule the gateway uses:
 * <ul>
 * <li>ordinary failures (no PADO, echo time-out, PADT, WAN down, negotiation or pppd errors): wait
 *     5 s, 10 s, 20 s, 40 s, 80 s, then 120 s for every further consecutive failure. The first wait
 *     is pppd's {@code holdoff} as OpenWrt and Debian's pppoeconf use it (a few seconds, so a
 *     PADT from the provider's maintenance is bridged quickly); doubling keeps a dead access
 *     concentrator from being flooded with PADIs (RFC 2516 §7 asks hosts to back off their PADIs).
 * <li>authentication failures (pppd exit 19): wait 60 s, 120 s, 240 s, 480 s, then 600 s. pppd
 *     itself, with {@code persist}, would retry after {@code holdoff} and give up after
 *     {@code maxfail} (10) attempts; a wrong password will not heal by itself, and providers lock
 *     accounts that hammer their RADIUS, so we retry slowly — but never give up, because the guide's
 *     remedy for PPP green-blink is "check the cable and the PPPoE credentials, then watch for about
 *     10 minutes" (guide lines 4743–4753): the box must recover on its own once the provider side is fixed,
 *     and the 600 s cap keeps that within the 10 minutes.
 * </ul>
 * The counts are consecutive failures of one session; a session that reaches 接続 (IPCP up) starts
 * again at the first step, and so does one whose settings change or that the user connects by hand.
 */
public record RetrySchedule(Duration first, Duration cap, Duration authFirst, Duration authCap) {
    public static final RetrySchedule STANDARD = new RetrySchedule(Duration.ofSeconds(5), Duration.ofSeconds(120),
            Duration.ofSeconds(60), Duration.ofSeconds(600));

    public RetrySchedule {
        Objects.requireNonNull(first);
        Objects.requireNonNull(cap);
        Objects.requireNonNull(authFirst);
        Objects.requireNonNull(authCap);
        if (first.isNegative() || first.isZero() || authFirst.isNegative() || authFirst.isZero()
                || cap.compareTo(first) < 0 || authCap.compareTo(authFirst) < 0) {
            throw new IllegalArgumentException("retry delays must be positive and caps at least the first delay");
        }
    }

    /** The wait before the next attempt after {@code consecutive} (≥ 1) failures of this kind. */
    public Duration delay(boolean authFailure, int consecutive) {
        if (consecutive < 1) {
            throw new IllegalArgumentException("consecutive failures start at 1: " + consecutive);
        }
        Duration base = authFailure ? authFirst : first;
        Duration max = authFailure ? authCap : cap;
        Duration d = base;
        for (int i = 1; i < consecutive && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }
}
