package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class LoginTest extends WebUiTestBase {

    static Document page(HttpResponse<String> r) {
        return Browser.doc(r);
    }

    static boolean locked(HttpResponse<String> r) {
        return page(r).selectFirst("#lock-message") != null;
    }

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
        HttpResponse<String> form = browser.open("/login");
        assertNull(browser.cookies.get(Exchange.SESSION_COOKIE), "no session before a right password");
        assertTrue(Browser.setCookie(form, LoginToken.COOKIE).orElseThrow().contains("HttpOnly"));
        HttpResponse<String> r = browser.post("/login", Map.of("user", "user", "password", "user"));
        assertEquals(303, r.statusCode());
        assertEquals("/", r.headers().firstValue("Location").orElse(""));
        String cookie = Browser.setCookie(r, Exchange.SESSION_COOKIE).orElseThrow();
        assertTrue(cookie.contains("; HttpOnly"), cookie);
        assertTrue(cookie.contains("; SameSite=Strict"), cookie);
        assertTrue(cookie.contains("; Path=/"), cookie);
        // 32 random bytes, Base64url: 43 characters, 256 bits (≥ 128 asked)
        assertEquals(43, browser.cookies.get(Exchange.SESSION_COOKIE).length());
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
        assertTrue(LoginTest.page(r).selectFirst("#login-error").text().contains("あと2回"), r.body());
        browser.post("/login", Map.of("user", "user", "password", "wrong2"));
        clock.advance(Duration.ofMinutes(1));
        r = browser.post("/login", Map.of("user", "user", "password", "wrong3"));
        // locked at 09:01 for 15 minutes
        String lock = text(page(r), "#lock-message");
        assertTrue(lock.contains("2026-11-25 09:16:00 (UTC)") && lock.contains("ロック"), lock);
        assertEquals("2026-11-25T09:16:00Z", one(page(r), "#lock-message").attr("data-until"));

        // even the right password is refused while locked, and the lock is shown on a fresh GET
        r = browser.post("/login", Map.of("user", "user", "password", "user"));
        assertTrue(locked(r));
        assertFalse(Browser.setCookie(r, Exchange.SESSION_COOKIE).isPresent());
        assertTrue(text(page(browser.get("/login?lang=en")), "#lock-message")
                .contains("Please log in again after 2026-11-25 09:16:00 (UTC)"));

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertTrue(locked(browser.login("user", "user")), "still locked at 09:15:59");
        clock.advance(Duration.ofSeconds(1));
        r = browser.login("user", "user");
        assertEquals(303, r.statusCode(), "unlocked at 09:16:00");
        assertEquals(200, browser.get("/").statusCode());
    }

    @Test
    void aGuesserLocksOutItselfNotTheOwner() {
        Browser guesser = browserFrom(66);
        for (int i = 0; i < 3; i++) {
            guesser.login("user", "guess" + i);
        }
        assertTrue(locked(guesser.login("user", "user")), "the guessing address is locked, right password or not");
        Browser owner = browserFrom(10);
        assertEquals(303, owner.login("user", "user").statusCode(), "the owner at another address logs in");
        assertFalse(locked(owner.get("/login")));
    }

    @Test
    void manyGuessersHitTheGlobalLimitButAnUntriedAddressStillGetsIn() {
        int failures = 0;
        for (int a = 100; failures < LoginGuard.GLOBAL_FAILURES; a++) {
            Browser g = browserFrom(a);
            for (int i = 0; i < 2 && failures < LoginGuard.GLOBAL_FAILURES; i++) {
                g.login("user", "guess");
                failures++;
            }
        }
        Browser failedOnce = browserFrom(99);
        failedOnce.login("user", "wrong");
        assertTrue(locked(failedOnce.login("user", "user")), "past the global limit, an address that failed waits");
        assertEquals(303, browserFrom(11).login("user", "user").statusCode(), "an address that never failed is let in");
        clock.advance(LoginGuard.LOCK_TIME);
        assertEquals(303, failedOnce.login("user", "user").statusCode(), "the window moved on");
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
                    .map(b -> (Callable<HttpResponse<String>>) () ->
                            b.post("/login", Map.of("user", "user", "password", "guess")))
                    .toList());
            long refusedBeforeLock = 0;
            for (var f : results) {
                if (page(f.get()).selectFirst("#login-error") != null) {
                    refusedBeforeLock++;
                }
            }
            assertEquals(2, refusedBeforeLock, "only two guesses are answered before the third locks");
        }
        assertTrue(locked(browser.login("user", "user")));
    }

    @Test
    void wrongUserNamesCountAsFailuresAndAreEscaped() {
        browser.login("admin", "user");
        browser.post("/login", Map.of("user", "root", "password", "user"));
        HttpResponse<String> r = browser.post("/login", Map.of("user", "<script>alert(1)</script>", "password", "x"));
        assertTrue(locked(r));
        assertEquals("<script>alert(1)</script>", one(page(r), "#login-user").val(), "typed name kept as a value");
        assertEquals(1, page(r).select("script").size(), "…never as markup");
    }

    @Test
    void aSuccessResetsTheFailureCount() {
        browser.login("user", "bad");
        browser.post("/login", Map.of("user", "user", "password", "bad"));
        assertEquals(303, browser.post("/login", Map.of("user", "user", "password", "user")).statusCode());
        Browser other = newBrowser();
        other.login("user", "bad");
        HttpResponse<String> r = other.post("/login", Map.of("user", "user", "password", "bad"));
        assertFalse(locked(r), "two failures after a success do not lock");
    }

    @Test
    void aFloodOfAnonymousLoginFormsCannotEvictALoginInProgress() {
        browser.open("/login");
        Browser flood = newBrowser();
        for (int i = 0; i < Sessions.MAX_SESSIONS + 44; i++) {
            flood.cookies.clear();
            assertEquals(200, flood.get("/login").statusCode());
        }
        assertEquals(303, browser.post("/login", Map.of("user", "user", "password", "user")).statusCode(),
                "the form fetched before the flood still logs in");
    }

    @Test
    void theLoginFormTokenExpiresAndIsBoundToItsCookie() {
        browser.open("/login");
        Browser other = newBrowser();
        other.open("/login");
        other.csrf = browser.csrf;
        assertEquals(403, other.post("/login", Map.of("user", "user", "password", "user")).statusCode(),
                "a token from another browser's cookie");
        clock.advance(LoginToken.LIFETIME);
        assertEquals(403, browser.post("/login", Map.of("user", "user", "password", "user")).statusCode(),
                "a form older than its lifetime");
    }

    @Test
    void failedLoginsAndLocksReachTheDeviceLogRateLimited() {
        Browser guesser = browserFrom(77);
        guesser.login("<b>evil\nname", "guess");
        List<String> events = device.securityEvents();
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).contains("login failed") && events.get(0).contains("127.0.0.77"), events.get(0));
        assertFalse(events.get(0).contains("\n"), "request text cannot start a new log line");
        guesser.login("user", "guess");
        guesser.login("user", "guess");
        guesser.login("user", "guess");
        assertTrue(device.securityEvents().stream().anyMatch(e -> e.contains("login locked")), device.securityEvents().toString());
        for (int a = 150; a < 190; a++) {
            browserFrom(a).login("user", "guess");
        }
        long failed = device.securityEvents().stream().filter(e -> e.contains("login failed")).count();
        assertEquals(AuditTrail.PER_MINUTE, failed, "at most " + AuditTrail.PER_MINUTE + " a minute");
        clock.advance(Duration.ofMinutes(1));
        browserFrom(200).login("user", "guess");
        String last = device.securityEvents().get(device.securityEvents().size() - 1);
        assertTrue(last.contains("were not logged"), "the next line says how many were dropped: " + last);
        assertTrue(text(page(loggedInFrom(12).get("/log")), "#device-log").contains("login failed"), "on the ログ page");
    }

    private Browser loggedInFrom(int octet) {
        Browser b = browserFrom(octet);
        b.login("user", "user");
        return b;
    }
}
