package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voipgw.led.status.PppState;
import java.net.http.HttpRequest;
import java.util.List;

class PppoePageTest extends WebUiTestBase {
    static final String INJECTION = "x; rm -rf / | cat & $(reboot) `id` ' \" <script>alert(1)</script>\nnext";

    /** The whole form of session 1 as a browser sends it (接続可 ticked), with the given overrides. */
    static Map<String, String> session1(Map<String, String> overrides) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("action", "save");
        f.put("pppoe.1.enabled", "true");
        f.put("pppoe.1.mode", "always");
        f.put("pppoe.1.user", "user@isp.example");
        f.put("pppoe.1.password", "");
        f.put("pppoe.1.service", "");
        f.put("pppoe.1.mtu", "1492");
        f.put("pppoe.1.idle", "600");
        f.put("pppoe.1.echo-interval", "10");
        f.put("pppoe.1.echo-failures", "3");
        f.putAll(overrides);
        return f;
    }

    @Test
    void showsFiveSessionsWithTheGuidesWordsAtTheModelsMenuPath() {
        device.setState(1, PppState.CONNECTED);
        device.setState(2, PppState.AUTH_FAILED);
        device.setState(3, PppState.RETRY_WAIT);
        String page = loggedIn().get("/pppoe").body();
        assertTrue(page.contains("トップページ ＞ 接続先設定 ＞ 接続先設定（PPPoE）"), page);
        for (int n = 1; n <= 5; n++) {
            assertTrue(page.contains("id=\"pppoe-" + n + "-state\""), "session " + n);
            assertTrue(page.contains("name=\"pppoe." + n + ".user\""));
            assertTrue(page.contains("name=\"action\" value=\"connect-" + n + "\""));
            assertTrue(page.contains("name=\"action\" value=\"disconnect-" + n + "\""));
        }
        assertContains(page,
                "data-state=\"connected\">接続</span> <span id=\"pppoe-1-address\">203.0.113.10</span>",
                "data-state=\"auth-failed\">認証失敗<",
                "data-state=\"retry-wait\">再試行待ち<");
        assertTrue(page.contains("2026-11-25 09:05:00 (UTC)"), "retry time shown");
        assertTrue(page.contains("data-state=\"stopped\">停止中<"));
        assertTrue(page.contains(">常時接続<") && page.contains(">オンデマンド接続<") && page.contains(">手動接続<"));
        assertTrue(page.contains(">接続可<"));
    }

    @Test
    void savesOnlyWhatChangedAndKeepsABlankPassword() {
        loggedIn().open("/pppoe");
        var r = browser.post("/pppoe", session1(Map.of("pppoe.1.password", "s3cret")));
        assertEquals(303, r.statusCode());
        assertEquals("/pppoe?saved=1", r.headers().firstValue("Location").orElse(""));
        assertEquals(Map.of("pppoe.1.enabled", "true", "pppoe.1.user", "user@isp.example", "pppoe.1.password", "s3cret"),
                device.applied.get(0));
        String page = browser.open("/pppoe?saved=1").body();
        assertTrue(page.contains("id=\"save-message\""));
        assertFalse(page.contains("s3cret"), "a stored password is never sent back");
        browser.post("/pppoe", session1(Map.of("pppoe.1.mtu", "1454")));
        assertEquals(Map.of("pppoe.1.mtu", "1454"), device.applied.get(1));
        assertEquals("s3cret", device.setting("pppoe.1.password"), "blank means unchanged");
    }

    @Test
    void untickedEnabledBoxMeansFalse() {
        loggedIn().open("/pppoe");
        browser.post("/pppoe", session1(Map.of()));
        Map<String, String> off = session1(Map.of());
        off.remove("pppoe.1.enabled");
        browser.post("/pppoe", off);
        assertEquals("false", device.setting("pppoe.1.enabled"));
    }

    @Test
    void rejectedFormKeepsTypedValuesMarksFieldsAndSavesNothing() {
        loggedIn().open("/pppoe");
        var r = browser.post("/pppoe", session1(Map.of("pppoe.1.mtu", "9000", "pppoe.1.user", "good.user",
                "pppoe.1.password", "typed-secret")));
        assertEquals(400, r.statusCode());
        String page = r.body();
        assertTrue(device.applied.isEmpty(), "all or nothing");
        assertEquals("", device.setting("pppoe.1.user"));
        assertTrue(page.contains("id=\"form-error\""));
        assertTrue(page.contains("id=\"pppoe-1-mtu\" name=\"pppoe.1.mtu\" value=\"9000\" inputmode=\"numeric\" class=\"invalid\""), page);
        assertContains(page,
                "id=\"pppoe-1-mtu-error\"",
                "9000 is out of range");
        assertTrue(page.contains("value=\"good.user\""), "accepted fields keep what was typed too");
        assertFalse(page.contains("typed-secret"), "passwords are never echoed");
    }

    @Test
    void injectionStringsAreRefusedOrStoredAndAlwaysEscaped() {
        loggedIn().open("/pppoe");
        for (String field : new String[] {"user", "service", "mtu", "idle", "echo-interval", "echo-failures"}) {
            var r = browser.post("/pppoe", session1(Map.of("pppoe.1." + field, INJECTION)));
            assertEquals(400, r.statusCode(), field);
            assertFalse(r.body().contains("<script>alert(1)</script>"), field + ": raw script on the page");
            assertFalse(r.body().contains("\" <script>"), field);
            assertTrue(r.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), field + ": typed value kept, escaped");
            assertTrue(r.body().contains("&#39; &quot;"), field);
        }
        // the password accepts printable ASCII: stored as is, never shown
        var r = browser.post("/pppoe", session1(Map.of("pppoe.1.password", "a;|&$()`'\"<>b")));
        assertEquals(303, r.statusCode());
        assertEquals("a;|&$()`'\"<>b", device.setting("pppoe.1.password"));
        assertTrue(device.applied.size() == 1);
    }

    @Test
    void fourKilobyteValuesAreRefusedAndEscaped() {
        loggedIn().open("/pppoe");
        String big = "<b>".repeat(1366);
        var r = browser.post("/pppoe", session1(Map.of("pppoe.1.user", big)));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("too long (4098 characters)"));
        assertFalse(r.body().contains("<b><b>"));
        assertTrue(device.applied.isEmpty());
    }

    @Test
    void oversizeBodyIs413AndMalformedEncodingIs400() {
        loggedIn().open("/pppoe");
        var r = browser.post("/pppoe", session1(Map.of("pppoe.1.user", "a".repeat(70_000))));
        assertEquals(413, r.statusCode());
        assertEquals(413, browser.post("/pppoe", session1(Map.of("pppoe.1.user", "a".repeat(500_000)))).statusCode());
        assertEquals(400, browser.postRaw("/pppoe", "csrf=" + browser.csrf + "&action=save&pppoe.1.user=%E3%8").statusCode());
        assertEquals(400, browser.postRaw("/pppoe", "csrf=" + browser.csrf + "&action=save&pppoe.1.user=%FF%FE").statusCode());
        assertEquals(400, browser.postRaw("/pppoe", "csrf=" + browser.csrf + "&action=save&action=connect-1").statusCode());
        var wrongType = browser.request("/pppoe").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + browser.csrf)).build();
        assertEquals(415, browser.send(wrongType).statusCode());
        assertTrue(device.applied.isEmpty());
        assertTrue(device.actions.isEmpty());
    }

    @Test
    void connectAndDisconnectButtons() {
        loggedIn().open("/pppoe");
        browser.post("/pppoe", session1(Map.of()));
        var r = browser.post("/pppoe", Map.of("action", "connect-1"));
        assertEquals(303, r.statusCode());
        String page = browser.open(r.headers().firstValue("Location").orElseThrow()).body();
        assertContains(page,
                "id=\"action-message\"",
                "data-state=\"connected\">接続<");
        browser.post("/pppoe", Map.of("action", "disconnect-1"));
        assertEquals(List.of("connect-1", "disconnect-1"), device.actions);
        // a refusal from the device is shown
        r = browser.post("/pppoe", Map.of("action", "connect-2"));
        assertEquals(409, r.statusCode());
        assertTrue(r.body().contains("id=\"action-error\""));
        assertEquals(400, browser.post("/pppoe", Map.of("action", "connect-6")).statusCode());
    }
}
