package org.voipgw.webui;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The login form's CSRF token without server state: GET /login gives the browser a random pre-login
 * cookie, and the form carries {@code issued.HMAC-SHA256(key, cookie|issued)} with a key made at start.
 * Nothing is stored per visitor, so 300 anonymous GET /login cannot push out a login in progress (issue
 * 13 finding 2; before, each GET made a session and the 256-session cap evicted the user's). A token is
 * good for {@link #LIFETIME} and only together with its cookie.
 */
final class LoginToken {
    static final String COOKIE = "VGWPRE";
    /** As long as an idle session lives: a login form left open that long still works. */
    static final Duration LIFETIME = Sessions.IDLE_TIMEOUT;

    private final byte[] key = new byte[32];
    private final SecureRandom random;

    LoginToken(SecureRandom random) {
        this.random = random;
        random.nextBytes(key);
    }

    /** A fresh pre-login cookie value (128 random bits). */
    String newCookie() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    String issue(String cookie, Instant now) {
        long issued = now.toEpochMilli();
        return issued + "." + mac(cookie, issued);
    }

    boolean valid(String cookie, String token, Instant now) {
        if (cookie == null || token == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot > 19) {
            return false;
        }
        long issued;
        try {
            issued = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        Instant at = Instant.ofEpochMilli(issued);
        if (now.isBefore(at) || !now.isBefore(at.plus(LIFETIME))) {
            return false;
        }
        return MessageDigest.isEqual(mac(cookie, issued).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.UTF_8));
    }

    private String mac(String cookie, long issued) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] d = m.doFinal((cookie + "|" + issued).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
