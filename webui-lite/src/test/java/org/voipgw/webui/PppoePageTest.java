package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.voipgw.led.status.PppState;

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
        Document page = Browser.doc(loggedIn().get("/pppoe"));
        assertEquals("トップページ ＞ 接続先設定 ＞ 接続先設定（PPPoE）", text(page, "#breadcrumb"));
        assertEquals(5, page.select("form#pppoe-form fieldset.session").size());
        for (int n = 1; n <= 5; n++) {
            Element set = one(page, "fieldset#pppoe-" + n);
            one(set, "#pppoe-" + n + "-state");
            assertEquals("pppoe." + n + ".user", one(set, "input#pppoe-" + n + "-user").attr("name"));
            Element connect = one(set, "button#pppoe-" + n + "-connect");
            assertEquals("connect-" + n, connect.val());
            assertEquals("pppoe-action-form", connect.attr("form"), "the buttons post the other form");
            assertEquals("disconnect-" + n, one(set, "button#pppoe-" + n + "-disconnect").val());
        }
        assertEquals("connected", one(page, "#pppoe-1-state").attr("data-state"));
        assertEquals("接続", text(page, "#pppoe-1-state"));
        assertEquals("203.0.113.10", text(page, "#pppoe-1-live #pppoe-1-address"));
        assertEquals("認証失敗", text(page, "#pppoe-2-state"));
        assertEquals("再試行待ち", text(page, "#pppoe-3-state"));
        assertTrue(text(page, "#pppoe-3-retry").endsWith("2026-11-25 09:05:00 (UTC)"), "retry time shown");
        assertEquals("停止中", text(page, "#pppoe-4-state"));
        assertEquals(List.of("常時接続", "オンデマンド接続", "手動接続"), page.select("#pppoe-1-mode option").eachText());
        assertEquals("接続可", text(page, "label[for=pppoe-1-enabled]"));
        assertFalse(one(page, "input[name=version]").val().isEmpty(), "the form carries its settings version");
    }

    @Test
    void savesOnlyWhatChangedAndKeepsABlankPassword() {
        loggedIn().open("/pppoe");
        var r = browser.post("/pppoe", session1(Map.of("pppoe.1.password", "s3cret")));
        assertEquals(303, r.statusCode());
        assertEquals("/pppoe?saved=1", r.headers().firstValue("Location").orElse(""));
        assertEquals(Map.of("pppoe.1.enabled", "true", "pppoe.1.user", "user@isp.example", "pppoe.1.password", "s3cret"),
                device.applied.get(0));
        var saved = browser.open("/pppoe?saved=1");
        one(Browser.doc(saved), "#save-message");
        assertFalse(saved.body().contains("s3cret"), "a stored password is never sent back");
        browser.post("/pppoe", session1(Map.of("pppoe.1.mtu", "1454")));
        assertEquals(Map.of("pppoe.1.mtu", "1454"), device.applied.get(1));
        assertEquals("s3cret", device.setting("pppoe.1.password"), "blank means unchanged");
    }

    @Test
    void untickedEnabledBoxMeansFalse() {
        loggedIn().open("/pppoe");
        browser.post("/pppoe", session1(Map.of()));
        browser.open("/pppoe");
        assertTrue(one(Browser.doc(browser.get("/pppoe")), "#pppoe-1-enabled").hasAttr("checked"));
        Map<String, String> off = session1(Map.of());
        off.remove("pppoe.1.enabled");
        browser.post("/pppoe", off);
        assertEquals("false", device.setting("pppoe.1.enabled"));
        assertFalse(one(Browser.doc(browser.get("/pppoe")), "#pppoe-1-enabled").hasAttr("checked"));
    }

    @Test
    void rejectedFormKeepsTypedValuesMarksFieldsAndSavesNothing() {
        loggedIn().open("/pppoe");
        var r = browser.post("/pppoe", session1(Map.of("pppoe.1.mtu", "9000", "pppoe.1.user", "good.user",
                "pppoe.1.password", "typed-secret")));
        assertEquals(400, r.statusCode());
        Document page = Browser.doc(r);
        assertTrue(device.applied.isEmpty(), "all or nothing");
        assertEquals("", device.setting("pppoe.1.user"));
        one(page, "#form-error");
        Element mtu = one(page, "input#pppoe-1-mtu");
        assertEquals("9000", mtu.val());
        assertTrue(mtu.hasClass("invalid"));
        assertEquals("true", mtu.attr("aria-invalid"));
        assertEquals("pppoe-1-mtu-error", mtu.attr("aria-describedby"));
        assertTrue(text(page, "#pppoe-1-mtu-error").contains("9000 is out of range"));
        assertEquals("good.user", one(page, "#pppoe-1-user").val(), "accepted fields keep what was typed too");
        assertFalse(one(page, "#pppoe-1-user").hasClass("invalid"));
        assertFalse(r.body().contains("typed-secret"), "passwords are never echoed");
    }

    @Test
    void injectionStringsAreRefusedOrStoredAndAlwaysEscaped() {
        loggedIn().open("/pppoe");
        for (String field : new String[] {"user", "service", "mtu", "idle", "echo-interval", "echo-failures"}) {
            var r = browser.post("/pppoe", session1(Map.of("pppoe.1." + field, INJECTION)));
            assertEquals(400, r.statusCode(), field);
            Document page = Browser.doc(r);
            assertTrue(page.select("script").size() == 1, field + ": no script but app.js");
            assertEquals(INJECTION.replace("\n", ""), one(page, "#pppoe-1-" + field).val().replace("\n", ""),
                    field + ": typed value kept as the input's value, never as markup");
            one(page, "#pppoe-1-" + field + "-error");
        }
        // the password accepts printable ASCII: stored as is, never shown
        var r = browser.post("/pppoe", session1(Map.of("pppoe.1.password", "a;|&$()`'\"<>b")));
        assertEquals(303, r.statusCode());
        assertEquals("a;|&$()`'\"<>b", device.setting("pppoe.1.password"));
        assertEquals(1, device.applied.size());
    }

    @Test
    void fourKilobyteValuesAreRefusedAndEscaped() {
        loggedIn().open("/pppoe");
        String big = "<b>".repeat(1366);
        var r = browser.post("/pppoe", session1(Map.of("pppoe.1.user", big)));
        assertEquals(400, r.statusCode());
        Document page = Browser.doc(r);
        assertTrue(text(page, "#pppoe-1-user-error").contains("too long (4098 characters)"));
        assertTrue(page.select("main b").isEmpty(), "no <b> became markup");
        assertTrue(device.applied.isEmpty());
    }

    @Test
    void mtuDigitsAreNormalisedAndSignsRefused() {
        loggedIn().open("/pppoe");
        assertEquals(303, browser.post("/pppoe", session1(Map.of("pppoe.1.mtu", "１４５４"))).statusCode());
        assertEquals("1454", device.setting("pppoe.1.mtu"), "full-width digits stored as ASCII");
        browser.open("/pppoe");
        assertEquals(303, browser.post("/pppoe", session1(Map.of("pppoe.1.mtu", " 1400 "))).statusCode());
        assertEquals("1400", device.setting("pppoe.1.mtu"), "surrounding blanks dropped");
        browser.open("/pppoe");
        for (String bad : new String[] {"+1492", "-1", "14.92", "1492ｘ", ""}) {
            var r = browser.post("/pppoe", session1(Map.of("pppoe.1.mtu", bad)));
            assertEquals(400, r.statusCode(), bad);
            assertTrue(one(Browser.doc(r), "#pppoe-1-mtu").hasClass("invalid"), bad);
        }
        assertEquals("1400", device.setting("pppoe.1.mtu"));
    }

    @Test
    void aSaveFromAnOlderTabIsRefusedAndChangesNothing() {
        loggedIn();
        Browser tab2 = newBrowser();
        tab2.cookies.putAll(browser.cookies);
        browser.open("/pppoe");
        tab2.open("/pppoe");
        assertEquals(303, tab2.post("/pppoe", session1(Map.of("pppoe.1.user", "newer"))).statusCode());
        var r = browser.post("/pppoe", session1(Map.of("pppoe.1.user", "older")));
        assertEquals(409, r.statusCode());
        Document page = Browser.doc(r);
        assertTrue(text(page, "#stale-message").startsWith("他の画面で設定が変更されました"));
        assertEquals("newer", one(page, "#pppoe-1-user").val(), "the current settings are shown");
        assertEquals("newer", device.setting("pppoe.1.user"), "the older form did not undo the newer save");
        assertEquals(1, device.applied.size());
        // with the page reloaded (its new version) the same save goes through
        assertEquals(303, browser.post("/pppoe", session1(Map.of("pppoe.1.user", "older"))).statusCode());
        assertEquals("older", device.setting("pppoe.1.user"));
        browser.version = "";
        assertEquals(409, browser.post("/pppoe", session1(Map.of())).statusCode(), "a save without a version");
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
        Document page = Browser.doc(browser.open(r.headers().firstValue("Location").orElseThrow()));
        one(page, "#action-message");
        assertEquals("connected", one(page, "#pppoe-1-state").attr("data-state"));
        browser.post("/pppoe", Map.of("action", "disconnect-1"));
        assertEquals(List.of("connect-1", "disconnect-1"), device.actions);
        // a refusal from the device is shown
        r = browser.post("/pppoe", Map.of("action", "connect-2"));
        assertEquals(409, r.statusCode());
        one(Browser.doc(r), "#action-error");
        assertNull(Browser.doc(r).selectFirst("#form-error"));
        assertEquals(400, browser.post("/pppoe", Map.of("action", "connect-6")).statusCode());
    }
}
