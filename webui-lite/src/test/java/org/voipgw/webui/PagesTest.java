package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.voipgw.led.CatalogueRow;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampFamily;
import org.voipgw.led.LampState;
import org.voipgw.led.SipAccountHelp;
import org.voipgw.led.Text;
import org.voipgw.led.status.RegistrationState;

class PagesTest extends WebUiTestBase {

    @Test
    void topShowsTheFirmwareSlotsAndWhyAnImageWasRefusedInBothLanguages() {
        Document none = Browser.doc(loggedIn().get("/"));
        assertTrue(none.select("td#firmware-active-slot").isEmpty(), "no slots, no rows");
        device.firmware = new FirmwareView("B", List.of(
                new FirmwareView.SlotRow("A", "1.0.0", true, false, null),
                new FirmwareView.SlotRow("B", "2.0.0", false, false, null)),
                new FirmwareView.Refused("2026-11-30T10:00:00Z", "2.1.0", Text.of("署名がありません (no signature block)",
                        "image is not signed (no signature block)")));
        Browser b = loggedIn();
        Document page = Browser.doc(b.get("/"));
        assertEquals("B", text(page, "td#firmware-active-slot"));
        assertEquals("1.0.0（工場出荷時）", text(page, "td#firmware-slot-A"));
        assertEquals("2.0.0", text(page, "td#firmware-slot-B"));
        assertEquals("2.1.0: 署名がありません (no signature block) (2026-11-30T10:00:00Z)", text(page, "td#firmware-refused"));
        device.firmware = new FirmwareView("A", List.of(
                new FirmwareView.SlotRow("A", "1.0.0", true, false, null),
                new FirmwareView.SlotRow("B", null, false, false, Text.of("イメージが破損しています", "image is corrupt"))), null);
        Document en = Browser.doc(b.get("/?lang=en"));
        assertEquals("not usable: image is corrupt", text(en, "td#firmware-slot-B"));
        assertTrue(en.select("td#firmware-refused").isEmpty());
    }

    @Test
    void topShowsModelFirmwareUptimeAndTheLampPanel() {
        device.setLamp(Lamp.PPP, LampState.ORANGE);
        device.setLamp(Lamp.WAN, LampState.RED_BLINK);
        Document page = Browser.doc(loggedIn().get("/"));
        assertEquals("Ⅷ型 (VR23-PRI)", text(page, "td#model"));
        assertEquals("1.2.3", text(page, "td#firmware"));
        assertEquals("1日 02:03:04", text(page, "td#uptime"));
        assertEquals(LampFamily.VIII.lamps().size(), page.select("#lamp-panel span.lamp").size());
        for (Lamp l : LampFamily.VIII.lamps()) {
            one(page, "#lamp-panel span#lamp-" + l.printed());
        }
        Element ppp = one(page, "#lamp-PPP");
        assertEquals("lamp c-orange", ppp.className());
        assertEquals("orange", ppp.attr("data-state"));
        assertEquals("lamp c-red blink", one(page, "#lamp-WAN").className());
        assertEquals("red-blink", one(page, "#lamp-WAN").attr("data-state"));
        assertEquals("off", one(page, "#lamp-ALARM").attr("data-state"));
        Element script = one(page, "head script");
        assertEquals("/static/app.js", script.attr("src"));
        assertTrue(script.hasAttr("defer"));
        assertEquals("top", page.body().attr("data-page"));
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
        Document page = Browser.doc(loggedIn().get("/"));
        assertEquals("WAN （赤）点滅: リンクダウン", one(page, "#lamp-WAN").attr("title"));
        assertTrue(one(page, "details#lamp-WAN-info").hasClass("abnormal"));
        assertEquals("LANケーブル未接続", text(page, "#lamp-WAN-info p.cause").replaceFirst("^.*: ", ""));
        assertEquals(List.of("① ケーブルを確認する", "② <連絡>"), one(page, "#lamp-WAN-info div.remedy").select("p.step").eachText(),
                "the guide's markers; the remedy's '<連絡>' is text, not a tag");
        assertTrue(page.select("#lamp-WAN-info ol").isEmpty(), "the markers are the guide's, not a list's numbers");
        assertEquals("POWER （緑）点灯: 電源ON", one(page, "#lamp-POWER").attr("title"));
        assertFalse(one(page, "details#lamp-POWER-info").hasClass("abnormal"));
        one(page, "#lamp-alerts li#lamp-WAN-alert");
        assertNull(page.selectFirst("#lamp-POWER-alert"), "normal lamps are not listed under the panel");
        Document en = Browser.doc(browser.get("/?lang=en"));
        assertEquals("Likely cause: cable unplugged", text(en, "#lamp-WAN-info p.cause"));
    }

    @Test
    void voipPageMasksThePassword() {
        device.registration = new RegistrationView(RegistrationState.AUTH_FAILED, "sip.example.net:5060", null,
                START.plusSeconds(1800), "403 <Forbidden>");
        Document page = Browser.doc(loggedIn().get("/voip"));
        assertEquals("auth-failed", one(page, "#registration-state").attr("data-state"));
        assertEquals("認証失敗", text(page, "#registration-state"));
        assertEquals("2026-11-25 09:30:00 (UTC)", text(page, "#registration-retry"));
        assertEquals("403 <Forbidden>", text(page, "#registration-error"));
        assertTrue(page.select("#registration-error *").isEmpty(), "no markup from the device's text");
        assertEquals("********", text(page, "#sip-password"));
        assertEquals("認証に失敗しました", text(page, "#auth-failed"));
        assertEquals(SipAccountHelp.MEANING.ja(), text(page, "#auth-failed-meaning"));
        assertEquals("（未設定）", text(page, "#sip-proxy"));
    }

    @Test
    void logPageEscapesLines() {
        Document page = Browser.doc(loggedIn().get("/log"));
        assertTrue(one(page, "pre#device-log").wholeText().contains("boot <ok> & ready"));
        assertTrue(page.select("pre#device-log *").isEmpty(), "log lines never become markup");
    }

    @Test
    void englishSwitchIsRemembered() {
        loggedIn();
        var r = browser.get("/pppoe?lang=en");
        assertTrue(Browser.setCookie(r, Exchange.LANG_COOKIE).orElseThrow().contains("SameSite=Strict"));
        Document pppoe = Browser.doc(r);
        assertEquals("en", pppoe.selectFirst("html").attr("lang"));
        assertEquals("Top ＞ Connection settings ＞ Connection settings (PPPoE)", text(pppoe, "#breadcrumb"));
        assertEquals("Always on", text(pppoe, "#pppoe-1-mode option[value=always]"));
        Document top = Browser.doc(browser.get("/"));
        assertTrue(text(top, "#password-warning").startsWith("You are still using the initial password"),
                "remembered without ?lang");
        Element toggle = one(top, "#lang-toggle");
        assertEquals("ja", toggle.attr("hreflang"));
        assertEquals("/?lang=ja", toggle.attr("href"));
        assertEquals("日本語", toggle.text());
        assertTrue(text(Browser.doc(browser.get("/?lang=ja")), "#password-warning").startsWith("初期パスワードのまま"));
        assertEquals("Log in", text(Browser.doc(newBrowser().get("/login?lang=en")), "#login-submit"));
    }

    @Test
    void menuFollowsTheModelsGroupsAndMarksTheCurrentPage() {
        Document page = Browser.doc(loggedIn().get("/pppoe"));
        Element link = one(page, "nav li > span.menu-group + ul > li > a#nav-pppoe");
        assertEquals("page", link.attr("aria-current"));
        assertEquals("接続先設定", link.parent().parent().parent().selectFirst("span.menu-group").text());
        assertFalse(one(page, "#nav-top").hasAttr("aria-current"));
    }

    @Test
    void securityHeadersOnEveryResponse() {
        for (var r : List.of(browser.get("/login"), browser.get("/"), browser.get("/static/app.js"),
                browser.get("/status.json"), browser.get("/nope"))) {
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), r.uri().toString());
            // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on POSTs (HostPolicy)
            assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""));
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        }
    }

    @Test
    void noInlineScriptsOrStylesOnAnyPage() {
        loggedIn();
        for (String path : new String[] {"/", "/pppoe", "/voip", "/conversion", "/log", "/password"}) {
            Document page = Browser.doc(browser.get(path));
            assertEquals(1, page.select("script").size(), path + ": only the app.js include");
            assertTrue(page.select("script").first().data().isEmpty(), path);
            assertTrue(page.select("[style], style, [onclick], [onload]").isEmpty(), path);
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
