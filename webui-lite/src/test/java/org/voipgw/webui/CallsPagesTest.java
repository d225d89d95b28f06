package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** VoIP状態's calls in progress and history, and /status.json's {@code calls} (issue 10, Web UI). */
class CallsPagesTest extends WebUiTestBase {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void noCallsSaySo() {
        Document page = Browser.doc(loggedIn().get("/voip"));
        one(page, "#calls-active #calls-active-none");
        one(page, "#calls-history #calls-history-none");
        assertTrue(page.select("#calls-active tr.call").isEmpty());
        assertNull(page.selectFirst("#fxs-ports"), "Ⅷ has no FXS ports");
        assertNull(page.selectFirst("#nav-fxs"), "nor their settings in the menu");
        assertEquals(404, browser.get("/fxs").statusCode());
    }

    @Test
    void callsInProgressShowEveryField() {
        device.calls.add(new CallView("pri", 3, CallWay.OUTGOING, "0312345678", "0501234567", Duration.ofSeconds(65),
                "PCMU", 3250, 3249, 2, 1.25));
        device.calls.add(new CallView("pri", 4, CallWay.INCOMING, "<b>09011112222</b>", "201", Duration.ofSeconds(3725),
                "PCMA", 10, 9, 0, 0));
        Document page = Browser.doc(loggedIn().get("/voip"));
        List<Element> rows = page.select("#calls-active tr.call");
        assertEquals(2, rows.size());
        Element first = rows.get(0);
        assertEquals("pri/3", text(first, "td.port"));
        assertEquals("発信", text(first, "td.direction"));
        assertEquals("outgoing", one(first, "td.direction").attr("data-direction"));
        assertEquals("0312345678", text(first, "td.calling"));
        assertEquals("0501234567", text(first, "td.called"));
        assertEquals("1:05", text(first, "td.duration"));
        assertEquals("PCMU", text(first, "td.codec"));
        assertEquals("3250 / 3249", text(first, "td.packets"));
        assertEquals("2", text(first, "td.lost"));
        assertEquals("1.3 ms", text(first, "td.jitter"));
        Element second = rows.get(1);
        assertEquals("着信", text(second, "td.direction"));
        assertEquals("1:02:05", text(second, "td.duration"));
        assertEquals("<b>09011112222</b>", text(second, "td.calling"), "numbers are text, never markup");
        assertTrue(second.select("td.calling b").isEmpty());
        assertNull(page.selectFirst("#calls-active-none"));
        assertTrue(one(page, "#calls-active").hasAttr("data-live"), "refreshed live by app.js");
        Document en = Browser.doc(browser.get("/voip?lang=en"));
        assertEquals("outgoing", text(en.select("#calls-active tr.call").get(0), "td.direction"));
        assertTrue(en.select("#calls-active thead th").eachText().contains("Jitter"));
    }

    @Test
    void historyShowsTimeNumbersDurationAndCause() {
        device.history.add(new CallRecordView(START.plusSeconds(600), CallWay.INCOMING, "pri", "0312345678", "201",
                Duration.ofSeconds(42), 16));
        device.history.add(new CallRecordView(START.plusSeconds(60), CallWay.OUTGOING, "pri", "201", "0501234567",
                Duration.ZERO, 17));
        Document page = Browser.doc(loggedIn().get("/voip"));
        List<Element> rows = page.select("#calls-history tr.record");
        assertEquals(2, rows.size());
        assertEquals("2026-11-25 09:10:00 (UTC)", text(rows.get(0), "td.time"));
        assertEquals("0:42", text(rows.get(0), "td.duration"));
        assertEquals("16", one(rows.get(0), "td.cause").attr("data-cause"));
        assertEquals("0501234567", text(rows.get(1), "td.called"));
        assertEquals("17", text(rows.get(1), "td.cause"));
        assertEquals("0:00", text(rows.get(1), "td.duration"), "never answered");
    }

    @Test
    void statusJsonListsTheCallsWithTheSameFields() throws Exception {
        loggedIn();
        JsonNode none = json.readTree(browser.get("/status.json").body());
        assertTrue(none.get("calls").isArray());
        assertEquals(0, none.get("calls").size());
        device.calls.add(new CallView("pri", 3, CallWay.OUTGOING, "0312345678", "0501234567", Duration.ofSeconds(65),
                "PCMU", 3250, 3249, 2, 1.25));
        JsonNode s = json.readTree(browser.get("/status.json").body());
        assertEquals(1, s.get("calls").size());
        JsonNode c = s.get("calls").get(0);
        assertEquals(List.of("port", "channel", "direction", "calling", "called", "durationSeconds", "codec", "rtpSent",
                "rtpReceived", "lost", "jitterMs"), iterable(c));
        assertEquals("pri", c.get("port").asText());
        assertEquals(3, c.get("channel").asInt());
        assertEquals("outgoing", c.get("direction").asText());
        assertEquals("0312345678", c.get("calling").asText());
        assertEquals("0501234567", c.get("called").asText());
        assertEquals(65, c.get("durationSeconds").asLong());
        assertEquals("PCMU", c.get("codec").asText());
        assertEquals(3250, c.get("rtpSent").asLong());
        assertEquals(3249, c.get("rtpReceived").asLong());
        assertEquals(2, c.get("lost").asLong());
        assertEquals(1.25, c.get("jitterMs").asDouble());
        assertEquals(0, s.get("fxs").size(), "Ⅷ: no FXS ports");
    }

    private static List<String> iterable(JsonNode n) {
        List<String> l = new ArrayList<>();
        n.fieldNames().forEachRemaining(l::add);
        return l;
    }
}
