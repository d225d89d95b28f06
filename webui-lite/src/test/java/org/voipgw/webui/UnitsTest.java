package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small pure parts: form decoding, hashing, the lock rules, numbers, atomic writes. */
class UnitsTest {

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
    void theGuardLocksPerSourceAndUserAndNeverBlocksAnUntriedSource() throws Exception {
        LoginGuard g = new LoginGuard();
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        InetAddress a = InetAddress.getByName("192.168.100.20");
        InetAddress b = InetAddress.getByName("192.168.100.21");
        for (int i = 0; i < 3; i++) {
            g.recordFailure(a, true, t);
        }
        assertTrue(g.blockedUntil(a, true, t).isPresent());
        assertTrue(g.blockedUntil(a, false, t).isEmpty(), "another user name from the same address is its own count");
        assertTrue(g.blockedUntil(b, true, t).isEmpty());
        for (int i = 0; i < LoginGuard.GLOBAL_FAILURES; i++) {
            g.recordFailure(InetAddress.getByAddress(new byte[] {10, 0, (byte) (i / 2), 1}), true, t);
        }
        assertTrue(g.blockedUntil(b, true, t).isEmpty(), "b never failed");
        g.recordFailure(b, true, t);
        assertEquals(Optional.of(t.plus(LoginGuard.LOCK_TIME)), g.blockedUntil(b, true, t.plusSeconds(1)));
        g.reset();
        assertTrue(g.blockedUntil(a, true, t).isEmpty());
    }

    @Test
    void mtuNumbersAreNormalised() {
        assertEquals(Optional.of("1492"), PppoeForm.number("１４９２"));
        assertEquals(Optional.of("1492"), PppoeForm.number(" 1492\u3000"));
        assertEquals(Optional.of("600"), PppoeForm.number("0600"));
        assertEquals(Optional.of("0"), PppoeForm.number("0"));
        for (String bad : new String[] {"+1492", "-5", "1,492", "14 92", "", "1e3", "9999999999"}) {
            assertEquals(Optional.empty(), PppoeForm.number(bad), bad);
        }
    }

    @Test
    void damagedCredentialsFallBackToTheInitialPassword(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("creds.json");
        Files.writeString(f, "{not json");
        Account a = new Account(f, new PasswordHasher(1000, new SecureRandom()), new MutableClock(Instant.EPOCH).clock);
        assertTrue(a.initialPassword());
        assertTrue(a.login("user", "user", InetAddress.getLoopbackAddress()) instanceof Account.LoginResult.Ok);
        assertTrue(Files.exists(dir.resolve("creds.json.damaged")));
    }
}
