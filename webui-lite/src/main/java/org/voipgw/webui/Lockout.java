package org.voipgw.webui;

import java.time.Instant;
import java.util.Optional;

/**
 * One source and user's count towards the lock: after {@link LoginGuard#MAX_FAILURES} wrong passwords
 * in a row it is locked for {@link LoginGuard#LOCK_TIME} (the guide's rule, see {@link LoginGuard}).
 * Pure: the caller passes the time and serialises calls.
 */
final class Lockout {
    private int failures;
    private Instant lockedUntil;

    /** When the lock ends, if locked at {@code now}. An expired lock starts afresh. */
    Optional<Instant> lockedUntil(Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            failures = 0;
        }
        return Optional.ofNullable(lockedUntil);
    }

    /** Counts a wrong password; returns the lock's end when this one locks. */
    Optional<Instant> recordFailure(Instant now) {
        failures++;
        if (failures >= LoginGuard.MAX_FAILURES) {
            lockedUntil = now.plus(LoginGuard.LOCK_TIME);
            return Optional.of(lockedUntil);
        }
        return Optional.empty();
    }

    int remainingAttempts() {
        return LoginGuard.MAX_FAILURES - failures;
    }
}
