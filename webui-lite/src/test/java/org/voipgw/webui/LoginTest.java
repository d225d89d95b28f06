package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

class LoginTest extends WebUiTestBase {

    @Test
    void pagesRedirectToLoginUntilLoggedIn() {
        for (String path : new String[] {"/", "/pppoe", "/voip", "/log", "/password"}) {
            HttpResponse<String> r = browser.get(path);
            assertEquals(303, r.statusCode(), path);
            assertEquals("/login", r.headers().firstValue("Location").orElse(""), path);
        }
    }

    @Test
    void rightPasswordLogsInWithAFreshHttpOnlyStrictCookie() {
        browser.open("/login");
        String before = browser.cookies.get(Exchange.SESSION_COOKIE);
        HttpResponse<String> r = browser.post("/login", Map.of("user", "user", "password", "user"));
        assertEquals(303, r.statusCode());
        assertEquals("/", r.headers().firstValue("Location").orElse(""));
        String cookie = Browser.setCookie(r, Exchange.SESSION_COOKIE).orElseThrow();
        assertTrue(cookie.contains("; HttpOnly"), cookie);
        assertTrue(cookie.contains("; SameSite=Strict"), cookie);
        assertTrue(cookie.contains("; Path=/"), cookie);
        String after = browser.cookies.get(Exchange.SESSION_COOKIE);
        assertNotEquals(before, after, "login must start a new session");
        // 32 random bytes, Base64url: 43 characters, 256 bits (≥ 128 asked)
        assertEquals(43, after.length());
        assertEquals(200, browser.get("/").statusCode());
    }

    @Test
    void everyLoginGetsANewIdAndTheOldOneDies() {
        loggedIn();
        String first = browser.cookies.get(Exchange.SESSION_COOKIE);
        browser.login("user", "user");
        String second = browser.cookies.get(Exchange.SESSION_COOKIE);
        assertNotEquals(first, second);
        Browser thief = newBrowser();
        thief.cookies.put(Exchange.SESSION_COOKIE, first);
        assertEquals(303, thief.get("/").statusCode(), "the old id must not work");
    }

    @Test
    void threeWrongPasswordsLockForFifteenMinutesAndSayUntilWhen() {
        HttpResponse<String> r = browser.login("user", "wrong1");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("id=\"login-error\""), r.body());
        assertTrue(r.body().contains("あと2回"), r.body());
        browser.post("/login", Map.of("user", "user", "password", "wrong2"));
        clock.advance(Duration.ofMinutes(1));
        r = browser.post("/login", Map.of("user", "user", "password", "wrong3"));
        // locked at 09:01 for 15 minutes
        assertTrue(r.body().contains("id=\"lock-message\""), r.body());
        assertTrue(r.body().contains("2026-11-25 09:16:00 (UTC)"), r.body());
        assertTrue(r.body().contains("ロック"), r.body());

        // even the right password is refused while locked, and the lock is shown on a fresh GET
        r = browser.post("/login", Map.of("user", "user", "password", "user"));
        assertTrue(r.body().contains("id=\"lock-message\""));
        assertFalse(Browser.setCookie(r, Exchange.SESSION_COOKIE).isPresent());
        assertTrue(browser.get("/login?lang=en").body().contains("Please log in again after 2026-11-25 09:16:00 (UTC)"));

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertTrue(browser.login("user", "user").body().contains("id=\"lock-message\""), "still locked at 09:15:59");
        clock.advance(Duration.ofSeconds(1));
        r = browser.login("user", "user");
        assertEquals(303, r.statusCode(), "unlocked at 09:16:00");
        assertEquals(200, browser.get("/").statusCode());
    }

    @Test
    void parallelGuessesCannotSlipPastTheLimit() throws Exception {
        int guesses = 10;
        List<Browser> guessers = new ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            Browser b = newBrowser();
            b.open("/login");
            guessers.add(b);
        }
        try (var pool = Executors.newFixedThreadPool(guesses)) {
            var results = pool.invokeAll(guessers.stream()
                    .map(b -> (Callable<String>) () ->
                            b.post("/login", Map.of("user", "user", "password", "guess")).body())
                    .toList());
            long refusedBeforeLock = 0;
            for (var f : results) {
                if (f.get().contains("id=\"login-error\"")) {
                    refusedBeforeLock++;
                }
            }
            assertEquals(2, refusedBeforeLock, "only two guesses are answered before the third locks");
        }
        assertTrue(browser.login("user", "user").body().contains("id=\"lock-message\""));
    }

    @Test
    void wrongUserNameCountsAsAFailure() {
        browser.login("admin", "user");
        browser.post("/login", Map.of("user", "root", "password", "user"));
        HttpResponse<String> r = browser.post("/login", Map.of("user", "<script>alert(1)</script>", "password", "x"));
        assertTrue(r.body().contains("id=\"lock-message\""));
        assertFalse(r.body().contains("<script>alert(1)</script>"), "typed user name must be escaped");
        assertTrue(r.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void aSuccessResetsTheFailureCount() {
        browser.login("user", "bad");
        browser.post("/login", Map.of("user", "user", "password", "bad"));
        assertEquals(303, browser.post("/login", Map.of("user", "user", "password", "user")).statusCode());
        Browser other = newBrowser();
        other.login("user", "bad");
        HttpResponse<String> r = other.post("/login", Map.of("user", "user", "password", "bad"));
        assertFalse(r.body().contains("lock-message"), "two failures after a success do not lock");
    }
}
