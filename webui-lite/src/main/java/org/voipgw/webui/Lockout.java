package org.voipgw.webui;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The login lock: after {@link #MAX_FAILURES} wrong passwords in a row the account is locked for
 * {@link #LOCK_TIME}. This is the rule the guide states for the carrier's settings site
 * ("パスワードを3回続けて間違えた場合、アカウントがロックされます…しばらく（15分程度）待って",
 * seed 000 lines 1294–1297), applied to the box's own page. Pure: the caller passes the time and
 * serialises calls.
 */
final class Lockout {
    static final int MAX_FAILURES = 3;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private int failures;
    private Instant lockedUntil;

    /** When the lock ends, if the account is locked at {@code now}. An expired lock starts afresh. */
    Optional<Instant> lockedUntil(Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            failures = 0;
        }
        return Optional.ofNullable(lockedUntil);
    }

    /** Counts a wrong password; returns the lock's end when this one locks the account. */
    Optional<Instant> recordFailure(Instant now) {
        failures++;
        if (failures >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK_TIME);
            return Optional.of(lockedUntil);
        }
        return Optional.empty();
    }

    /** A right password (or a reset): the count starts afresh and any lock ends. */
    void recordSuccess() {
        failures = 0;
        lockedUntil = null;
    }

    int remainingAttempts() {
        return MAX_FAILURES - failures;
    }
}
