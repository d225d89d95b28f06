package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.Duration;

/** The small pure parts: escaping, form decoding, hashing, the lock rule, atomic writes. */
class UnitsTest {

    @Test
    void escapeCoversEveryMarkupCharacter() {
        assertEquals("&lt;script&gt;a(&quot;x&quot;,&#39;y&#39;)&amp;&lt;/script&gt;", Html.escape("<script>a(\"x\",'y')&</script>"));
        assertEquals("plain ; | $( ) `", Html.escape("plain ; | $( ) `"));
        assertEquals("", Html.escape(null));
    }

    @Test
    void formDecodesStrictly() {
        Form f = Form.parse("a=1+2&b=%E6%8E%A5%E7%B6%9A&c=&d");
        assertEquals("1 2", f.getOrEmpty("a"));
        assertEquals("接続", f.getOrEmpty("b"));
        assertEquals("", f.getOrEmpty("c"));
        assertEquals(Optional.of(""), f.get("d"));
        for (String bad : new String[] {"a=%", "a=%4", "a=%G1", "a=%C3%28", "a=1&a=2", "a=\u00e9"}) {
            assertEquals(400, assertThrows(HttpError.class, () -> Form.parse(bad), bad).status(), bad);
        }
    }

    @Test
    void productionHashUses600000IterationsAndARandomSalt() {
        PasswordHasher h = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS, new SecureRandom());
        String a = h.hash("user");
        String[] parts = a.split("\\$");
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("600000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
        assertTrue(PasswordHasher.verify("user", a));
        assertFalse(PasswordHasher.verify("User", a));
        assertEquals(600_000, PasswordHasher.parse(a).orElseThrow().iterations());
    }

    @Test
    void sameWordTwiceHashesDifferentlyAndMalformedHashesNeverVerify() {
        PasswordHasher h = new PasswordHasher(1000, new SecureRandom());
        String a = h.hash("secret99");
        String b = h.hash("secret99");
        assertFalse(a.equals(b), "salted");
        assertTrue(PasswordHasher.verify("secret99", b));
        for (String bad : new String[] {null, "", "md5$1$x$y", "pbkdf2-sha256$x$AAAA$AAAA", "pbkdf2-sha256$1000$AAAA$AAAA"}) {
            assertFalse(PasswordHasher.verify("secret99", bad), String.valueOf(bad));
        }
    }

    @Test
    void lockAfterThreeFailuresForFifteenMinutes() {
        Lockout l = new Lockout();
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        assertTrue(l.recordFailure(t).isEmpty());
        assertTrue(l.recordFailure(t).isEmpty());
        assertEquals(Optional.of(t.plusSeconds(900)), l.recordFailure(t));
        assertEquals(Optional.of(t.plusSeconds(900)), l.lockedUntil(t.plusSeconds(899)));
        assertEquals(Optional.empty(), l.lockedUntil(t.plusSeconds(900)));
        assertEquals(3, l.remainingAttempts(), "a fresh start after the lock");
    }

    @Test
    void aFloodOfLoginFormsCannotPushOutLoggedInSessions() {
        MutableClock clock = new MutableClock(Instant.EPOCH);
        Sessions sessions = new Sessions(new SecureRandom(), clock.clock);
        Session user = sessions.login(Optional.empty());
        for (int i = 0; i < 3 * Sessions.MAX_SESSIONS; i++) {
            clock.advance(Duration.ofSeconds(1));
            sessions.startAnonymous();
        }
        assertTrue(sessions.find(user.id(), false).isPresent(), "the logged-in session survives the flood");
        clock.advance(Sessions.IDLE_TIMEOUT);
        assertTrue(sessions.find(user.id(), false).isEmpty(), "…but not its idle timeout");
    }

    @Test
    void damagedCredentialsFallBackToTheInitialPassword(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("creds.json");
        Files.writeString(f, "{not json");
        Account a = new Account(f, new PasswordHasher(1000, new SecureRandom()), new MutableClock(Instant.EPOCH).clock);
        assertTrue(a.initialPassword());
        assertTrue(a.login("user", "user") instanceof Account.LoginResult.Ok);
        assertTrue(Files.exists(dir.resolve("creds.json.damaged")));
    }
}
