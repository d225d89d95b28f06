package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 13 finding 3: DNS rebinding (Host) and cross-site posts (Origin/Referer). */
class HostCheckTest extends WebUiTestBase {

    private String get(String host) {
        try (RawConnection c = new RawConnection(server.address().getPort(), null)) {
            return c.send("GET /login HTTP/1.1\r\nHost: " + host + "\r\n\r\n").readToClose(Duration.ofSeconds(10));
        }
    }

    @Test
    void onlyTheBoxsOwnNamesAreAnswered() {
        int port = server.address().getPort();
        for (String ok : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "192.168.100.1",
                "192.168.100.1:80", "[::1]:" + port}) {
            assertTrue(get(ok).startsWith("HTTP/1.1 200 "), ok);
        }
        for (String bad : new String[] {"evil.example", "evil.example:" + port, "192.168.100.1.evil.example",
                "127.0.0.2", "192.168.1.1"}) {
            String r = get(bad);
            assertTrue(r.startsWith("HTTP/1.1 421 "), bad + ": " + r);
            assertTrue(r.contains("Content-Security-Policy: "));
        }
        assertTrue(device.securityEvents().stream().anyMatch(e -> e.contains("another host") && e.contains("evil.example")),
                device.securityEvents().toString());
    }

    /** A POST of {@code action} with the session's token and one extra header (Origin or Referer). */
    private int post(String header, String value, String action) {
        HttpRequest req = browser.request("/pppoe").header(header, value)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Browser.encode(Map.of("csrf", browser.csrf, "action", action))))
                .build();
        return browser.send(req).statusCode();
    }

    @Test
    void postsFromAnotherOriginAreRefusedAndLogged() {
        loggedIn().open("/pppoe");
        int port = server.address().getPort();
        for (String origin : new String[] {"http://evil.example", "null", "http://127.0.0.1:1", "https://127.0.0.1:" + port}) {
            assertEquals(403, post("Origin", origin, "connect-1"), origin);
        }
        assertEquals(403, post("Referer", "http://evil.example/page", "connect-1"));
        assertTrue(device.actions.isEmpty());
        assertTrue(device.securityEvents().stream().anyMatch(e -> e.contains("cross-origin POST refused")));
        assertEquals(303, post("Origin", "http://127.0.0.1:" + port, "disconnect-1"), "the box's own origin");
        assertEquals(303, post("Referer", "http://127.0.0.1:" + port + "/pppoe", "disconnect-1"), "its own page");
    }

    @Test
    void csrfRefusalsReachTheDeviceLog() {
        loggedIn();
        assertEquals(403, browser.postRaw("/pppoe", "action=connect-1").statusCode());
        assertTrue(device.securityEvents().stream().anyMatch(e -> e.contains("CSRF token refused") && e.contains("/pppoe")),
                device.securityEvents().toString());
    }
}
