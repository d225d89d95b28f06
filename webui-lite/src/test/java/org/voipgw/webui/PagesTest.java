package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.led.CatalogueRow;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampFamily;
import org.voipgw.led.LampState;
import org.voipgw.led.Text;
import org.voipgw.led.status.RegistrationState;

class PagesTest extends WebUiTestBase {

    @Test
    void topShowsModelFirmwareUptimeAndTheLampPanel() {
        device.setLamp(Lamp.PPP, LampState.ORANGE);
        device.setLamp(Lamp.WAN, LampState.RED_BLINK);
        String page = loggedIn().get("/").body();
        assertTrue(page.contains("<td id=\"model\">Ⅷ型 (VR23-PRI)</td>"), page);
        assertContains(page,
                "<td id=\"firmware\">1.2.3</td>",
                "<td id=\"uptime\">1日 02:03:04</td>");
        for (Lamp l : LampFamily.VIII.lamps()) {
            assertTrue(page.contains("id=\"lamp-" + l.printed() + "\""), l.printed());
        }
        assertContains(page,
                "id=\"lamp-PPP\" class=\"lamp c-orange\" data-state=\"orange\"",
                "id=\"lamp-WAN\" class=\"lamp c-red blink\" data-state=\"red-blink\"",
                "id=\"lamp-ALARM\" class=\"lamp c-off\" data-state=\"off\"",
                "<script src=\"/static/app.js\" defer></script>");
    }

    @Test
    void lampsExplainThemselvesAndAbnormalOnesGiveCauseAndRemedy() {
        device.setLamp(Lamp.WAN, LampState.RED_BLINK);
        device.explainer = (family, lamp, state) -> lamp == Lamp.WAN && state == LampState.RED_BLINK
                ? List.of(new CatalogueRow(family, List.of(Lamp.WAN), state, Text.of("リンクダウン", "link down"), false,
                        Text.of("LANケーブル未接続", "cable unplugged"),
                        List.of(Text.of("ケーブルを確認する", "check the cable"), Text.of("<連絡>", "<call>")), false))
                : lamp == Lamp.POWER
                ? List.of(new CatalogueRow(family, List.of(Lamp.POWER), state, Text.of("電源ON", "power on"), true,
                        null, List.of(), false))
                : List.of();
        String page = loggedIn().get("/").body();
        assertTrue(page.contains("title=\"WAN （赤）点滅: リンクダウン\""), page);
        assertContains(page,
                "class=\"lamp-cell abnormal\" id=\"lamp-WAN-info\"",
                "LANケーブル未接続",
                "<li>ケーブルを確認する</li><li>&lt;連絡&gt;</li>",
                "title=\"POWER （緑）点灯: 電源ON\"");
        assertFalse(page.contains("<連絡>"));
        assertTrue(page.contains("id=\"lamp-WAN-alert\""), "abnormal lamps listed under the panel");
        assertFalse(page.contains("id=\"lamp-POWER-alert\""), "normal ones are not");
        String en = browser.get("/?lang=en").body();
        assertTrue(en.contains("Likely cause:</strong> cable unplugged"));
    }

    @Test
    void voipPageMasksThePassword() {
        device.registration = new RegistrationView(RegistrationState.AUTH_FAILED, "sip.example.net:5060", null,
                START.plusSeconds(1800), "403 <Forbidden>");
        String page = loggedIn().get("/voip").body();
        assertContains(page,
                "id=\"registration-state\" data-state=\"auth-failed\">認証失敗<",
                "<td id=\"registration-retry\">2026-11-25 09:30:00 (UTC)</td>",
                "<td id=\"registration-error\">403 &lt;Forbidden&gt;</td>",
                "<td id=\"sip-password\">********</td>",
                "<td id=\"sip-proxy\">（未設定）</td>");
    }

    @Test
    void logPageEscapesLines() {
        String page = loggedIn().get("/log").body();
        assertTrue(page.contains("boot &lt;ok&gt; &amp; ready"));
    }

    @Test
    void englishSwitchIsRemembered() {
        loggedIn();
        var r = browser.get("/pppoe?lang=en");
        assertTrue(Browser.setCookie(r, Exchange.LANG_COOKIE).orElseThrow().contains("SameSite=Strict"));
        assertTrue(r.body().contains("<html lang=\"en\">"));
        assertTrue(r.body().contains("Top ＞ Connection settings ＞ Connection settings (PPPoE)"));
        assertTrue(r.body().contains(">Always on<"));
        String top = browser.get("/").body();
        assertTrue(top.contains("You are still using the initial password"), "remembered without ?lang");
        assertTrue(top.contains("id=\"lang-toggle\" hreflang=\"ja\" href=\"/?lang=ja\">日本語<"));
        assertTrue(browser.get("/?lang=ja").body().contains("初期パスワードのまま"));
        assertTrue(newBrowser().get("/login?lang=en").body().contains(">Log in<"));
    }

    @Test
    void securityHeadersOnEveryResponse() {
        for (var r : List.of(browser.get("/login"), browser.get("/"), browser.get("/static/app.js"),
                browser.get("/status.json"), browser.get("/nope"))) {
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), r.uri().toString());
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""));
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        }
    }

    @Test
    void noInlineScriptsOrStylesOnAnyPage() {
        loggedIn();
        for (String path : new String[] {"/", "/pppoe", "/voip", "/log", "/password"}) {
            String body = browser.get(path).body();
            assertEquals(1, body.split("<script", -1).length - 1, path + ": only the app.js include");
            assertFalse(body.contains(" style=") || body.contains("<style") || body.contains(" onclick="), path);
        }
    }

    @Test
    void staticFilesAndUnknownPaths() {
        var js = browser.get("/static/app.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(200, browser.get("/static/app.css").statusCode());
        assertEquals(404, browser.get("/static/../WebUiServer.class").statusCode());
        assertEquals(404, browser.get("/static/other.js").statusCode());
        loggedIn();
        assertEquals(404, browser.get("/admin").statusCode());
    }
}
