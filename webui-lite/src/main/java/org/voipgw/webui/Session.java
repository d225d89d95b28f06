package org.voipgw.webui;

import java.time.Instant;

/**
 * One logged-in browser's session: its cookie id, its CSRF token (sent back in every form), and when
 * it was last used. Before login there is no session: the login form has its own stateless token
 * ({@link LoginToken}).
 */
final class Session {
    private final String id;
    private final String csrf;
    private volatile Instant lastUsed;

    Session(String id, String csrf, Instant now) {
        this.id = id;
        this.csrf = csrf;
        this.lastUsed = now;
    }

    String id() {
        return id;
    }

    String csrf() {
        return csrf;
    }

    Instant lastUsed() {
        return lastUsed;
    }

    void touch(Instant now) {
        lastUsed = now;
    }
}
