package org.voipgw.webui;

import java.time.Instant;

/**
 * One browser's session: its cookie id, its CSRF token (sent back in every form), whether it has
 * logged in, and when it was last used. Sessions that have not logged in exist only so the login form
 * itself carries a CSRF token.
 */
final class Session {
    private final String id;
    private final String csrf;
    private final boolean authenticated;
    private volatile Instant lastUsed;

    Session(String id, String csrf, boolean authenticated, Instant now) {
        this.id = id;
        this.csrf = csrf;
        this.authenticated = authenticated;
        this.lastUsed = now;
    }

    String id() {
        return id;
    }

    String csrf() {
        return csrf;
    }

    boolean authenticated() {
        return authenticated;
    }

    Instant lastUsed() {
        return lastUsed;
    }

    void touch(Instant now) {
        lastUsed = now;
    }
}
