package org.voipgw.agent.sip.invite;

import java.time.Duration;

/**
 * A session timer agreed in a 2xx (RFC 4028 §7.2, §9): the session must be refreshed within
 * {@code interval}, by us when {@code weRefresh}. The refresher sends a re-INVITE at half the interval
 * (§10: "the refresher SHOULD send the refresh ... half of the session interval"); the other side sends
 * BYE when no refresh came before the interval less min(32 s, interval/3) (§10).
 */
public record SessionTimer(Duration interval, boolean weRefresh) {
    /** RFC 4028 §4: the smallest Session-Expires allowed (Min-SE default 90 s). */
    public static final Duration MINIMUM = Duration.ofSeconds(90);

    public SessionTimer {
        if (interval.compareTo(MINIMUM) < 0) {
            interval = MINIMUM; // a peer below 90 s is out of spec: hold it to the minimum
        }
    }

    /** When the refresher refreshes. */
    public Duration refreshAfter() {
        return interval.dividedBy(2);
    }

    /** When the other side gives up on a missing refresh (RFC 4028 §10). */
    public Duration expiresAfter() {
        Duration third = interval.dividedBy(3);
        Duration margin = third.compareTo(Duration.ofSeconds(32)) < 0 ? third : Duration.ofSeconds(32);
        return interval.minus(margin);
    }
}
