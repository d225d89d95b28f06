package org.voipgw.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.voipgw.boards.GatewayModel;

/**
 * The calls part of the web UI in headless Chromium against a running simulated Ⅲ: VoIP状態 with its FXS
 * ports and call tables, 着信番号変換 refusing full-width digits as typed in a browser, and the FXS
 * settings page's read-only levels from the spec sheet (screenshots in tests/target/screenshots/).
 */
class CallsWebUiBrowserTest extends BrowserTestBase {
    @BeforeEach
    void start() throws Exception {
        start(GatewayModel.III);
        login("user");
        browser.waitFor(d -> browser.present("#nav-conversion") ? Boolean.TRUE : null);
    }

    @Test
    void voipPageHasThePortsAndTheCallTables() throws Exception {
        browser.find("#nav-voip").click();
        browser.waitFor(d -> browser.present("#calls-active") ? Boolean.TRUE : null);
        assertTrue(browser.present("#fxs-ports"), "Ⅲ shows its FXS ports");
        assertTrue(browser.present("#calls-active-none"));
        assertTrue(browser.present("#calls-history-none"));
        Path shot = browser.screenshot(Path.of("target", "screenshots", "voip-III.png"));
        assertTrue(Files.size(shot) > 10_000, "a real screenshot");
    }

    @Test
    void fullWidthDigitsTypedInTheBrowserAreRefused() throws Exception {
        browser.find("#nav-conversion").click();
        browser.waitFor(d -> browser.present("#conversion-form") ? Boolean.TRUE : null);
        browser.type("#conversion-1-from", "０３１２３４５６７８");
        browser.type("#conversion-1-to", "201");
        browser.submit("#conversion-save");
        browser.waitFor(d -> browser.present("#conversion-1-from-error") ? Boolean.TRUE : null);
        assertTrue(browser.find("#conversion-1-from-error").getText().contains("全角数字は使えません"));
        assertEquals("０３１２３４５６７８", browser.find("#conversion-1-from").getDomProperty("value"), "kept as typed");
        browser.open(gw.webUrl() + "conversion");
        assertEquals("", browser.find("#conversion-1-from").getDomProperty("value"), "nothing was saved");
        browser.screenshot(Path.of("target", "screenshots", "conversion-III.png"));
    }

    @Test
    void fxsSettingsShowTheLevelsReadOnly() throws Exception {
        browser.find("#nav-fxs").click();
        browser.waitFor(d -> browser.present("#fxs-levels") ? Boolean.TRUE : null);
        assertEquals("-4 dB", browser.find("#fxs-level-send").getText());
        assertEquals("-12 dB", browser.find("#fxs-level-receive").getText());
        assertTrue(browser.find("#fax-advice-levels").getText().contains("-8dB"));
        browser.screenshot(Path.of("target", "screenshots", "fxs-III.png"));
    }
}
