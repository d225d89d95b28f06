package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionTest extends WebUiTestBase {

    @Test
    void sessionEndsAfterThirtyIdleMinutes() {
        loggedIn();
        clock.advance(Duration.ofMinutes(29));
        assertEquals(200, browser.get("/").statusCode(), "29 idle minutes: still logged in (and now used again)");
        clock.advance(Duration.ofMinutes(29));
        assertEquals(200, browser.get("/voip").statusCode(), "idle time counts from the last use");
        clock.advance(Duration.ofMinutes(30));
        HttpResponse<String> r = browser.get("/");
        assertEquals(303, r.statusCode());
        assertEquals("/login", r.headers().firstValue("Location").orElse(""));
    }

    @Test
    void backgroundRefreshDoesNotKeepTheSessionAlive() {
        loggedIn();
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(10));
            var req = browser.request("/status.json").header(Exchange.LIVE_REFRESH_HEADER, "1").GET().build();
            HttpResponse<String> r = browser.send(req);
            assertEquals(i < 2 ? 200 : 401, r.statusCode(), "poll after " + (i + 1) * 10 + " min");
        }
    }

    @Test
    void logoutEndsTheSessionAndClearsTheCookie() {
        loggedIn();
        String id = browser.cookies.get(Exchange.SESSION_COOKIE);
        HttpResponse<String> r = browser.post("/logout", Map.of());
        assertEquals(303, r.statusCode());
        String cleared = Browser.setCookie(r, Exchange.SESSION_COOKIE).orElseThrow();
        assertTrue(cleared.contains("Max-Age=0"), cleared);
        Browser replay = newBrowser();
        replay.cookies.put(Exchange.SESSION_COOKIE, id);
        assertEquals(303, replay.get("/").statusCode(), "a logged-out id must not work again");
    }

    @Test
    void anUnknownCookieIsJustNotLoggedIn() {
        browser.cookies.put(Exchange.SESSION_COOKIE, "forged");
        assertEquals(303, browser.get("/").statusCode());
        assertEquals(401, browser.get("/status.json").statusCode());
    }
}
