package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.voipgw.led.CatalogueRow;
import org.voipgw.led.FaultContact;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampCatalogue;
import org.voipgw.led.LampFamily;
import org.voipgw.led.LampState;
import org.voipgw.led.Language;
import org.voipgw.led.SipAccountHelp;
import org.voipgw.led.Text;
import org.voipgw.led.status.RegistrationState;

/** Issue 15 on the web UI: the fault desk, the guide's step markers and lead-ins, the project's verdicts, 認証に失敗しました. */
class FieldTruthPagesTest extends WebUiTestBase {

    @Test
    void anAbnormalLampBringsTheFaultDeskAndItsChecklist() {
        device.explainer = (family, lamp, state) -> LampCatalogue.find(family, lamp, state).stream()
                .filter(CatalogueRow::normal).toList();
        Document calm = Browser.doc(loggedIn().get("/"));
        assertTrue(calm.select("#lamp-alerts li").isEmpty());
        assertNull(calm.selectFirst("#fault-contact"), "nothing abnormal, no fault desk");
        device.explainer = LampCatalogue::find;
        device.setLamp(Lamp.ALARM, LampState.RED);
        Document page = Browser.doc(browser.get("/"));
        Element contact = one(page, "#lamp-alerts #fault-contact");
        assertEquals(FaultContact.line().ja(), text(contact, "#fault-contact-line"));
        assertTrue(text(contact, "#fault-contact-line").contains("Voiceフロント 0120-565-054"));
        assertTrue(text(contact, "#fault-contact-line").contains("24時間365日"));
        assertTrue(contact.text().contains(FaultContact.HAVE_READY.ja()));
        assertEquals(FaultContact.CHECKLIST.stream().map(Text::ja).toList(), contact.select("#fault-contact-checklist li").eachText());
        assertEquals(FaultContact.REQUIRED.ja(), text(contact, "#fault-contact-required"));
        Document en = Browser.doc(browser.get("/?lang=en"));
        assertEquals(FaultContact.line().en(), text(en, "#fault-contact-line"));
    }

    @Test
    void remedyStepsCarryTheGuidesPrintedMarkers() {
        device.explainer = LampCatalogue::find;
        device.setLamp(Lamp.ALARM, LampState.RED);
        Document page = Browser.doc(loggedIn().get("/"));
        CatalogueRow row = LampCatalogue.find(LampFamily.VIII, Lamp.ALARM, LampState.RED).get(0);
        List<String> printed = row.steps().stream().map(s -> s.printed(Language.JA)).toList();
        assertTrue(printed.get(0).startsWith("・"), "this row's first step is printed with ・: " + printed);
        assertEquals(printed, one(page, "#lamp-ALARM-alert div.remedy").select("p.step").eachText());
        assertEquals(row.stepMarkers().stream().filter(m -> !m.isEmpty()).toList(),
                one(page, "#lamp-ALARM-alert div.remedy").select("span.marker").eachText());
        assertTrue(page.select("#lamp-alerts ol").isEmpty());
    }

    @Test
    void aLeadInIsShownBeforeTheSteps() {
        CatalogueRow row = new CatalogueRow(LampFamily.VIII, List.of(Lamp.LAN1), LampState.OFF,
                Text.of("LAN回線未接続", "LAN not connected"), false, Text.of("リンクアップしていない", "no link"),
                List.of(Text.of("ケーブルを確認", "check the cable"), Text.of("⇒連絡", "⇒ call")), false, 4827, true,
                List.of("①", ""), Text.of("消灯のままの場合、以下の事をご確認ください", "If it stays off, check:"), null);
        device.explainer = (family, lamp, state) -> lamp == Lamp.LAN1 ? List.of(row) : List.of();
        Document page = Browser.doc(loggedIn().get("/"));
        Element alert = one(page, "#lamp-LAN1-alert");
        assertEquals("消灯のままの場合、以下の事をご確認ください", text(alert, "p.remedy-lead-in"));
        assertEquals(List.of("① ケーブルを確認", "⇒連絡"), alert.select("div.remedy p.step").eachText());
        assertTrue(alert.select("p.remedy-lead-in + div.remedy").size() == 1, "the lead-in stands before the steps");
        assertNull(alert.selectFirst("p.verdict-note"), "the guide's own verdict is not marked");
        assertEquals("4827", one(alert, "div.row").attr("data-line"));
    }

    @Test
    void theProjectsVerdictsAreMarked() {
        CatalogueRow ours = new CatalogueRow(LampFamily.VIII, List.of(Lamp.CONFIG), LampState.GREEN_BLINK,
                Text.of("ファームウェア更新中", "updating firmware"), true, null, List.of(), false, 4384, false,
                List.of(), null, null);
        CatalogueRow bad = new CatalogueRow(LampFamily.VIII, List.of(Lamp.WAN), LampState.OFF,
                Text.of("WAN未接続", "WAN down"), false, null, List.of(), false, 4411, false, List.of(), null, null);
        device.explainer = (family, lamp, state) -> lamp == Lamp.CONFIG ? List.of(ours)
                : lamp == Lamp.WAN ? List.of(bad) : List.of();
        device.setLamp(Lamp.CONFIG, LampState.GREEN_BLINK);
        Document page = Browser.doc(loggedIn().get("/"));
        assertEquals("正常（" + CatalogueRow.PROJECT_VERDICT.ja() + "）", text(page, "#lamp-CONFIG-info p.verdict-note"));
        assertEquals("異常（判定はガイドに記載なし）", text(page, "#lamp-WAN-alert p.verdict-note"));
        Document en = Browser.doc(browser.get("/?lang=en"));
        assertEquals("Abnormal (" + CatalogueRow.PROJECT_VERDICT.en() + ")", text(en, "#lamp-WAN-alert p.verdict-note"));
    }

    @Test
    void authFailedUsesTheCloudPbxGuidesWordsAndNamesTheFields() {
        Document ok = Browser.doc(loggedIn().get("/voip"));
        assertNull(ok.selectFirst("#auth-failed"), "registered: no failure text");
        assertEquals(SipAccountHelp.FIELDS.get(0).ja(), one(ok, "#sip-user").parent().selectFirst("th").text());
        assertEquals("パスワード", one(ok, "#sip-password").parent().selectFirst("th").text());
        assertEquals("内線サーバアドレス（SIPサーバ）", one(ok, "#sip-registrar").parent().selectFirst("th").text());
        assertTrue(text(ok, "#sip-account-note").contains("当社が設定"));
        device.registration = new RegistrationView(RegistrationState.AUTH_FAILED, "sip.example.net:5060", null, null,
                "403 Forbidden");
        Document page = Browser.doc(browser.get("/voip"));
        assertEquals("認証に失敗しました", text(page, "#auth-help #auth-failed"));
        assertTrue(text(page, "#auth-failed-meaning").contains("端末ID、パスワード、内線サーバアドレス（SIPサーバ）"));
        assertEquals(FaultContact.line().ja(), text(page, "#auth-help #fault-contact-line"), "the contact the meaning refers to");
        assertNull(ok.selectFirst("#fault-contact"));
        Document en = Browser.doc(browser.get("/voip?lang=en"));
        assertEquals(SipAccountHelp.AUTH_FAILED.en(), text(en, "#auth-failed"));
        assertEquals(SipAccountHelp.FIELDS.get(0).en(), one(en, "#sip-user").parent().selectFirst("th").text());
    }
}
