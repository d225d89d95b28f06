package org.voipgw.webui;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who may try a password now. The guide's rule — 3 wrong passwords in a row lock for about 15 minutes
 * ("パスワードを3回続けて間違えた場合、アカウントがロックされます…しばらく（15分程度）待って", seed 000
 * lines 1294–1297) — is kept, but counted per source address and user name, so a guesser locks out
 * itself and not the owner (issue 13 finding 2). Against many guessers at once there is a global
 * limit: after {@link #GLOBAL_FAILURES} wrong passwords on the box within {@link #LOCK_TIME}, sources
 * that have failed at least once wait until the window moves on; a source that has never failed is
 * always let through to the password check.
 *
 * <p>Pure: the caller passes the time and serialises calls. Memory is bounded: at most
 * {@link #MAX_SOURCES} sources are remembered, least recently failed forgotten first.
 */
final class LoginGuard {
    static final int MAX_FAILURES = 3;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);
    /** Our choice: ten guessers' worth of the guide's three tries in one lock time. */
    static final int GLOBAL_FAILURES = 30;
    static final int MAX_SOURCES = 4096;

    /** The account's one user name; every other name is one key per source (it can never log in). */
    private record Key(InetAddress source, boolean rightUser) {
    }

    private final Map<Key, Lockout> byKey = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Lockout> eldest) {
            return size() > 2 * MAX_SOURCES;
        }
    };
    private final Map<InetAddress, Instant> lastFailure = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<InetAddress, Instant> eldest) {
            return size() > MAX_SOURCES;
        }
    };
    private final Deque<Instant> recentFailures = new ArrayDeque<>();

    /** When this source and user may try again, if they may not now. */
    Optional<Instant> blockedUntil(InetAddress source, boolean rightUser, Instant now) {
        Lockout own = byKey.get(new Key(source, rightUser));
        Optional<Instant> locked = own == null ? Optional.empty() : own.lockedUntil(now);
        if (locked.isPresent()) {
            return locked;
        }
        expire(now);
        Instant failed = lastFailure.get(source);
        boolean hasFailed = failed != null && now.isBefore(failed.plus(LOCK_TIME));
        if (hasFailed && recentFailures.size() >= GLOBAL_FAILURES) {
            return Optional.of(recentFailures.peekFirst().plus(LOCK_TIME));
        }
        return Optional.empty();
    }

    /** Counts a wrong password; returns the lock's end when this one locks the source and user. */
    Optional<Instant> recordFailure(InetAddress source, boolean rightUser, Instant now) {
        lastFailure.put(source, now);
        recentFailures.addLast(now);
        return byKey.computeIfAbsent(new Key(source, rightUser), k -> new Lockout()).recordFailure(now);
    }

    int remainingAttempts(InetAddress source, boolean rightUser) {
        Lockout own = byKey.get(new Key(source, rightUser));
        return own == null ? MAX_FAILURES : own.remainingAttempts();
    }

    /** A right password: this source and user start afresh. */
    void recordSuccess(InetAddress source) {
        byKey.remove(new Key(source, true));
        byKey.remove(new Key(source, false));
        lastFailure.remove(source);
    }

    /** The INIT switch: every lock is lifted. */
    void reset() {
        byKey.clear();
        lastFailure.clear();
        recentFailures.clear();
    }

    private void expire(Instant now) {
        while (!recentFailures.isEmpty() && !now.isBefore(recentFailures.peekFirst().plus(LOCK_TIME))) {
            recentFailures.removeFirst();
        }
    }
}
