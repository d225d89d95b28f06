package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.voipgw.led.CatalogueRow;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampCatalogue;
import org.voipgw.led.LampFamily;
import org.voipgw.led.LampState;
import org.voipgw.led.Language;

/** Ⅲ's FXS ports on VoIP状態 and /status.json, the FXS settings page with its read-only levels (issue 11, Web UI). */
class FxsPagesTest extends WebUiTestBase {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    FakeGateway device() {
        return FakeGateway.fxs();
    }

    /** The whole FXS form as a browser sends it: caller ID ticked on every port, no digit map, then overrides. */
    static Map<String, String> form(Map<String, String> overrides) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("action", "save");
        for (int n = 1; n <= 4; n++) {
            f.put("fxs." + n + ".callerid", "on");
            f.put("fxs." + n + ".digitmap", "");
        }
        f.putAll(overrides);
        f.values().removeIf(v -> v == null);
        return f;
    }

    @Test
    void voipPageShowsEachPortsStateAndLastNumber() {
        device.setPort(1, FxsPortState.TALKING, "0312345678");
        device.setPort(2, FxsPortState.RINGING, "");
        device.setPort(3, FxsPortState.FAX, "0451234567");
        Document page = Browser.doc(loggedIn().get("/voip"));
        assertEquals(4, page.select("#fxs-ports tbody tr").size());
        assertEquals("talking", one(page, "#fxs-1-state").attr("data-state"));
        assertEquals("通話中", text(page, "#fxs-1-state"));
        assertEquals("0312345678", text(page, "#fxs-1-last"));
        assertEquals("着信中", text(page, "#fxs-2-state"));
        assertEquals("FAX通信中", text(page, "#fxs-3-state"));
        assertEquals("on-hook", one(page, "#fxs-4-state").attr("data-state"));
        assertEquals("dial tone", text(Browser.doc(browserWithPort(4, FxsPortState.DIAL_TONE).get("/voip?lang=en")), "#fxs-4-state"));
    }

    @Test
    void portsTheDeviceCannotReadAreSaidToBeUnknown() {
        device.clearPorts();
        Document page = Browser.doc(loggedIn().get("/voip"));
        assertEquals("ポートの状態を取得できません。", text(page, "#fxs-ports #fxs-ports-unknown"));
    }

    private Browser browserWithPort(int port, FxsPortState s) {
        device.setPort(port, s, "");
        return browser;
    }

    @Test
    void statusJsonListsThePorts() throws Exception {
        device.setPort(2, FxsPortState.DIALLING, "03");
        loggedIn();
        JsonNode fxs = json.readTree(browser.get("/status.json").body()).get("fxs");
        assertEquals(4, fxs.size());
        assertEquals(2, fxs.get(1).get("port").asInt());
        assertEquals("dialling", fxs.get(1).get("state").asText());
        assertEquals("03", fxs.get(1).get("lastNumber").asText());
    }

    @Test
    void settingsPageHasEveryPortAndTheReadOnlyLevels() {
        Document page = Browser.doc(loggedIn().get("/fxs"));
        assertEquals("page", one(page, "#nav-fxs").attr("aria-current"));
        assertEquals(4, page.select("#fxs-form fieldset").size());
        for (int n = 1; n <= 4; n++) {
            Element cid = one(page, "input#fxs-" + n + "-callerid");
            assertEquals("checkbox", cid.attr("type"));
            assertEquals("fxs." + n + ".callerid", cid.attr("name"));
            assertTrue(cid.hasAttr("checked"), "caller ID is on by default");
            assertEquals("fxs." + n + ".digitmap", one(page, "input#fxs-" + n + "-digitmap").attr("name"));
        }
        assertEquals("-4 dB", text(page, "#fxs-level-send"));
        assertEquals("-12 dB", text(page, "#fxs-level-receive"));
        assertTrue(page.select("#fxs-levels input, #fxs-levels select").isEmpty(), "levels are not a user setting");
        assertTrue(text(page, "#fxs-levels-note").contains("送信ゲイン-4dB/受信ゲイン-12dB"));
        assertTrue(text(page, "#fxs-levels-note").contains("設定変更工事"));
        assertTrue(text(page, "#fax-advice-levels").contains("送信ゲイン-8dB／受信ゲイン-8dB"));
        assertTrue(text(page, "#fax-advice").contains("G3"));
    }

    @Test
    void savesWhatChangedUntickedMeansOff() {
        loggedIn().open("/fxs");
        var r = browser.post("/fxs", form(Map.of("fxs.3.digitmap", "0xxxxxxxxx|1xx")));
        Map<String, String> f = form(Map.of("fxs.3.digitmap", "0xxxxxxxxx|1xx"));
        f.remove("fxs.2.callerid");
        browser.open("/fxs");
        r = browser.post("/fxs", f);
        assertEquals(303, r.statusCode());
        assertEquals("/fxs?saved=1", r.headers().firstValue("Location").orElse(""));
        assertEquals(List.of(Map.of("fxs.3.digitmap", "0xxxxxxxxx|1xx"), Map.of("fxs.2.callerid", "off")), device.applied);
        Document page = Browser.doc(browser.open("/fxs?saved=1"));
        one(page, "#save-message");
        assertFalse(one(page, "#fxs-2-callerid").hasAttr("checked"));
        assertEquals("0xxxxxxxxx|1xx", one(page, "#fxs-3-digitmap").val());
    }

    @Test
    void aRefusedDigitMapIsMarkedAndNothingIsSaved() {
        loggedIn().open("/fxs");
        Map<String, String> f = form(Map.of("fxs.1.digitmap", "<script>x</script>"));
        f.remove("fxs.4.callerid");
        var r = browser.post("/fxs", f);
        assertEquals(400, r.statusCode());
        Document page = Browser.doc(r);
        one(page, "#form-error");
        assertTrue(one(page, "#fxs-1-digitmap").hasClass("invalid"));
        assertEquals("<script>x</script>", one(page, "#fxs-1-digitmap").val());
        one(page, "#fxs-1-digitmap-error");
        assertEquals(1, page.select("script").size());
        assertTrue(device.applied.isEmpty(), "port 4's caller ID was not switched off either");
        assertEquals("on", device.setting("fxs.4.callerid"));
    }

    @Test
    void aSaveFromAnOlderTabIsRefused() {
        loggedIn().open("/fxs");
        String old = browser.version;
        assertEquals(303, browser.post("/fxs", form(Map.of("fxs.1.digitmap", "xxx"))).statusCode());
        browser.version = old;
        var r = browser.post("/fxs", form(Map.of("fxs.1.digitmap", "xx")));
        assertEquals(409, r.statusCode());
        one(Browser.doc(r), "#stale-message");
        assertEquals("xxx", device.setting("fxs.1.digitmap"));
    }

    @Test
    void aRealRowsLeadInAndStepsAreShown() {
        device.explainer = LampCatalogue::find;
        device.setLamp(Lamp.LAN2, LampState.OFF);
        CatalogueRow row = LampCatalogue.find(LampFamily.FXS_BRI, Lamp.LAN2, LampState.OFF).get(0);
        Document page = Browser.doc(loggedIn().get("/"));
        Element info = one(page, "#lamp-LAN2-info");
        assertEquals(row.remedyLeadIn().ja(), text(info, "p.remedy-lead-in"));
        assertEquals(row.steps().stream().map(s -> s.printed(Language.JA)).toList(), info.select("p.step").eachText());
        assertEquals(!row.verdictFromGuide(), info.selectFirst("p.verdict-note") != null);
    }
}
