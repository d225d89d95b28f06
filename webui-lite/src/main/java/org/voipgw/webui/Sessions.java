package org.voipgw.webui;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live sessions, all logged in. Ids and CSRF tokens are 256 random bits from {@link SecureRandom} (well over the
 * 128 asked for), a session ends after {@link #IDLE_TIMEOUT} without use, and logging in always makes a
 * new session (the old id dies, so an id planted before login is worthless).
 */
final class Sessions {
    static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    /** A LAN box serves a handful of people; this bounds memory even so. */
    static final int MAX_SESSIONS = 256;

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final SecureRandom random;
    private final Clock clock;

    Sessions(SecureRandom random, Clock clock) {
        this.random = random;
        this.clock = clock;
    }

    /** The live session with this id; an idle one is ended here. {@code touch}: counts as use. */
    Optional<Session> find(String id, boolean touch) {
        if (id == null) {
            return Optional.empty();
        }
        Session s = byId.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(s, now)) {
            byId.remove(id, s);
            return Optional.empty();
        }
        if (touch) {
            s.touch(now);
        }
        return Optional.of(s);
    }

    /** After a right password: the old session (if any) ends, a fresh one begins. */
    Session login(Optional<Session> previous) {
        previous.ifPresent(this::end);
        return start();
    }

    void end(Session s) {
        byId.remove(s.id(), s);
    }

    /** Ends every session but {@code keep} (after a password change, other browsers must log in again). */
    void endAllExcept(Session keep) {
        byId.values().removeIf(s -> s != keep);
    }

    /** Ends every session (the account was locked while logged in). */
    void endAll() {
        byId.clear();
    }

    /** Constant-time comparison of a submitted token with the session's. */
    static boolean csrfMatches(Session s, String submitted) {
        return submitted != null && MessageDigest.isEqual(s.csrf().getBytes(StandardCharsets.US_ASCII),
                submitted.getBytes(StandardCharsets.UTF_8));
    }

    private Session start() {
        Instant now = clock.instant();
        if (byId.size() >= MAX_SESSIONS) {
            byId.values().removeIf(s -> expired(s, now));
            // still full: the least recently used goes (only a right password makes a session, so
            // no anonymous visitor can fill this; the login form needs none, see LoginToken)
            while (byId.size() >= MAX_SESSIONS) {
                byId.values().stream().min(Comparator.comparing(Session::lastUsed)).ifPresent(this::end);
            }
        }
        Session s = new Session(token(), token(), now);
        byId.put(s.id(), s);
        return s;
    }

    private String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static boolean expired(Session s, Instant now) {
        return !now.isBefore(s.lastUsed().plus(IDLE_TIMEOUT));
    }
}
