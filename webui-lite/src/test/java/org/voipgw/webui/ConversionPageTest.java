package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** 着信番号変換: 10 rows, checked as a whole, saved all-or-nothing, refused per field, stale forms refused. */
class ConversionPageTest extends WebUiTestBase {

    /** The whole form as a browser sends it: every row, with {@code rows} filled in (row → {from, to}). */
    static Map<String, String> form(Map<Integer, List<String>> rows) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("action", "save");
        for (int n = 1; n <= 10; n++) {
            List<String> r = rows.getOrDefault(n, List.of("", ""));
            f.put("conversion." + n + ".from", r.get(0));
            f.put("conversion." + n + ".to", r.get(1));
        }
        return f;
    }

    HttpResponse<String> save(Map<Integer, List<String>> rows) {
        return browser.post("/conversion", form(rows));
    }

    @Test
    void showsTenRowsInTheMenuWithTheFormsVersion() {
        Document page = Browser.doc(loggedIn().get("/conversion"));
        assertEquals("conversion", page.body().attr("data-page"));
        assertEquals("着信番号変換", text(page, "h1"));
        assertEquals("page", one(page, "#nav-conversion").attr("aria-current"));
        assertEquals(10, page.select("#conversion-table tbody tr").size());
        for (int n = 1; n <= 10; n++) {
            assertEquals("conversion." + n + ".from", one(page, "input#conversion-" + n + "-from").attr("name"));
            assertEquals("conversion." + n + ".to", one(page, "input#conversion-" + n + "-to").attr("name"));
        }
        assertFalse(one(page, "#conversion-form input[name=version]").val().isEmpty());
        one(page, "#conversion-form input[name=csrf]");
        assertEquals(List.of("No.", "着信番号", "変換後の番号"), page.select("#conversion-table thead th").eachText());
        assertEquals(List.of("No.", "Dialled number", "Converted number"),
                Browser.doc(browser.get("/conversion?lang=en")).select("#conversion-table thead th").eachText());
    }

    @Test
    void aGoodTableIsSavedWholeAndShown() {
        loggedIn().open("/conversion");
        var r = save(Map.of(1, List.of("0312345678", "201"), 3, List.of(" 0312345679 ", "202")));
        assertEquals(303, r.statusCode());
        assertEquals("/conversion?saved=1", r.headers().firstValue("Location").orElse(""));
        assertEquals(1, device.conversionsSaved.size());
        List<ConversionRow> saved = device.conversionsSaved.get(0);
        assertEquals(10, saved.size(), "the whole table goes to the device");
        assertEquals(new ConversionRow(1, "0312345678", "201"), saved.get(0));
        assertEquals(new ConversionRow(2, "", ""), saved.get(1));
        assertEquals(new ConversionRow(3, "0312345679", "202"), saved.get(2), "blanks around are dropped");
        Document page = Browser.doc(browser.open("/conversion?saved=1"));
        one(page, "#save-message");
        assertEquals("0312345678", one(page, "#conversion-1-from").val());
        assertEquals("202", one(page, "#conversion-3-to").val());
        // the same table again changes nothing, so nothing is written
        assertEquals(303, save(Map.of(1, List.of("0312345678", "201"), 3, List.of("0312345679", "202"))).statusCode());
        assertEquals(1, device.conversionsSaved.size());
    }

    @Test
    void lettersAreRefusedByTheFormAndNothingIsSaved() {
        loggedIn().open("/conversion");
        var r = save(Map.of(1, List.of("0312345678", "201"), 2, List.of("03abc", "202")));
        assertEquals(400, r.statusCode());
        Document page = Browser.doc(r);
        one(page, "#form-error");
        Element from = one(page, "input#conversion-2-from");
        assertTrue(from.hasClass("invalid"));
        assertEquals("03abc", from.val(), "what was typed is shown again");
        assertEquals("conversion-2-from-error", from.attr("aria-describedby"));
        assertEquals(ConversionForm.NOT_DIGITS.ja(), text(page, "#conversion-2-from-error"));
        assertFalse(one(page, "input#conversion-1-from").hasClass("invalid"));
        assertEquals("0312345678", one(page, "input#conversion-1-from").val(), "the good row is kept on the form");
        assertTrue(device.conversionsSaved.isEmpty(), "all or nothing: the good row was not saved either");
        assertEquals("", device.setting("conversion.1.from"));
    }

    @Test
    void fullWidthDigitsAreRefusedWithTheirOwnReason() {
        loggedIn().open("/conversion");
        var r = save(Map.of(1, List.of("０３１２３４５６７８", "201")));
        assertEquals(400, r.statusCode());
        Document page = Browser.doc(r);
        assertEquals(ConversionForm.FULL_WIDTH.ja(), text(page, "#conversion-1-from-error"));
        assertTrue(device.conversionsSaved.isEmpty());
        var en = browser.post("/conversion?lang=en", form(Map.of(1, List.of("0312", "２０１"))));
        assertEquals(ConversionForm.FULL_WIDTH.en(), text(Browser.doc(en), "#conversion-1-to-error"));
        assertTrue(device.conversionsSaved.isEmpty());
    }

    @Test
    void thirtyThreeDigitsAreRefusedByTheDeviceOnThatField() {
        loggedIn().open("/conversion");
        String digits33 = "1".repeat(33);
        var r = save(Map.of(1, List.of("0312345678", "201"), 4, List.of("0312345670", digits33)));
        assertEquals(400, r.statusCode());
        Document page = Browser.doc(r);
        assertTrue(one(page, "#conversion-4-to").hasClass("invalid"));
        assertTrue(text(page, "#conversion-4-to-error").contains("at most 32"));
        assertEquals(digits33, one(page, "#conversion-4-to").val());
        assertTrue(device.conversionsSaved.isEmpty());
        assertEquals(303, save(Map.of(4, List.of("0312345670", "1".repeat(32)))).statusCode(), "32 digits are fine");
    }

    @Test
    void aDuplicateFromIsRefusedOnTheLaterRow() {
        loggedIn().open("/conversion");
        var r = save(Map.of(2, List.of("0312345678", "201"), 5, List.of("0312345678", "205")));
        assertEquals(400, r.statusCode());
        Document page = Browser.doc(r);
        assertFalse(one(page, "#conversion-2-from").hasClass("invalid"));
        assertTrue(one(page, "#conversion-5-from").hasClass("invalid"));
        assertTrue(text(page, "#conversion-5-from-error").contains("already converted"));
        assertTrue(device.conversionsSaved.isEmpty());
    }

    @Test
    void aHalfFilledRowIsRefused() {
        loggedIn().open("/conversion");
        var r = save(Map.of(1, List.of("0312345678", "")));
        assertEquals(400, r.statusCode());
        assertTrue(one(Browser.doc(r), "#conversion-1-to").hasClass("invalid"));
        assertTrue(device.conversionsSaved.isEmpty());
    }

    @Test
    void injectionIsRefusedAndEscaped() {
        loggedIn().open("/conversion");
        var r = save(Map.of(1, List.of(PppoePageTest.INJECTION, "201")));
        assertEquals(400, r.statusCode());
        Document page = Browser.doc(r);
        assertEquals(1, page.select("script").size(), "no script but app.js");
        assertTrue(one(page, "#conversion-1-from").hasClass("invalid"));
        assertTrue(device.conversionsSaved.isEmpty());
    }

    @Test
    void aSaveFromAnOlderTabIsRefusedAndChangesNothing() {
        loggedIn();
        Browser tab2 = newBrowser();
        tab2.cookies.putAll(browser.cookies);
        browser.open("/conversion");
        tab2.open("/conversion");
        assertEquals(303, tab2.post("/conversion", form(Map.of(1, List.of("0311111111", "201")))).statusCode());
        var r = save(Map.of(1, List.of("0322222222", "202")));
        assertEquals(409, r.statusCode());
        Document page = Browser.doc(r);
        assertTrue(text(page, "#stale-message").startsWith("他の画面で設定が変更されました"));
        assertEquals("0311111111", one(page, "#conversion-1-from").val(), "the current table is shown");
        assertEquals("0311111111", device.setting("conversion.1.from"));
        assertEquals(1, device.conversionsSaved.size());
        assertEquals(303, save(Map.of(1, List.of("0322222222", "202"))).statusCode(), "after the reload it saves");
        assertEquals("0322222222", device.setting("conversion.1.from"));
    }

    @Test
    void withoutTheFormTokenNothingIsSaved() {
        loggedIn().open("/conversion");
        browser.csrf = "forged";
        assertEquals(403, save(Map.of(1, List.of("0312345678", "201"))).statusCode());
        assertTrue(device.conversionsSaved.isEmpty());
    }
}
