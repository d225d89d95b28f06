package org.voipgw.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.voipgw.boards.GatewayModel;
import org.voipgw.agent.device.EventLoop;

/**
 * The local web UI in real headless Chromium against a running simulated Ⅷ: login, the lock after
 * three wrong passwords, CSRF, the initial-password warning, and a screenshot of the top page
 * (tests/target/screenshots/top-VIII.png).
 */
class WebUiBrowserTest extends BrowserTestBase {
    @BeforeEach
    void start() throws Exception {
        start(GatewayModel.VIII);
    }

    @Test
    void logInSeeTheLivePanelAndSaveAScreenshot() throws Exception {
        login("user");
        browser.waitFor(d -> browser.present("#lamp-panel") ? Boolean.TRUE : null);
        assertEquals("VR23-PRI", browser.find("#model").getText().replaceAll(".*(VR23-PRI).*", "$1"));
        browser.waitForState("#lamp-POWER", "green");
        browser.waitForState("#lamp-WAN", "green");
        assertTrue(browser.present("#password-warning"), "initial password: warn on every page");
        // a fault on the device shows on the page by itself (live refresh)
        EventLoop.run(gw.loop(), () -> gw.device().vocabulary().fault("wan.cable")
                .orElseThrow().inject().accept(gw.device(), "cut"));
        browser.waitForState("#lamp-WAN", "red-blink");
        Path shot = browser.screenshot(Path.of("target", "screenshots", "top-VIII.png"));
        assertTrue(Files.size(shot) > 10_000, "a real screenshot");
    }

    @Test
    void threeWrongPasswordsLockTheAccountAndSayUntilWhen() {
        login("wrong1");
        assertTrue(browser.present("#login-error"));
        login("wrong2");
        login("wrong3");
        browser.waitFor(d -> browser.present("#lock-message") ? Boolean.TRUE : null);
        String until = browser.find("#lock-message").getDomAttribute("data-until");
        assertTrue(until != null && until.matches("\\d{4}-\\d\\d-\\d\\dT.*"), "lock end time: " + until);
        login("user");
        assertTrue(browser.present("#lock-message"), "even the right password is refused while locked");
        assertFalse(browser.present("#lamp-panel"));
    }

    @Test
    void aPostWithoutItsTokenIsRefusedAndChangesNothing() {
        login("user");
        browser.waitFor(d -> browser.present("#nav-password") ? Boolean.TRUE : null);
        browser.open(gw.webUrl() + "password");
        // strip the CSRF field, then submit as the user would
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.querySelectorAll('input[name=csrf]').forEach(e => e.remove());");
        browser.type("#password-current", "user");
        browser.type("#password-new", "NewPassw0rd!");
        browser.type("#password-confirm", "NewPassw0rd!");
        browser.submit("#password-submit");
        assertTrue(browser.driver.getPageSource().contains("不正な送信"), browser.driver.getPageSource());
        browser.open(gw.webUrl());
        assertTrue(browser.present("#password-warning"), "the password is still the initial one");
    }

    @Test
    void changingThePasswordRemovesTheWarning() {
        login("user");
        browser.waitFor(d -> browser.present("#password-warning-link") ? Boolean.TRUE : null);
        browser.find("#password-warning-link").click();
        browser.type("#password-current", "user");
        browser.type("#password-new", "NewPassw0rd!");
        browser.type("#password-confirm", "NewPassw0rd!");
        browser.submit("#password-submit");
        browser.waitFor(d -> browser.present("#password-changed") ? Boolean.TRUE : null);
        browser.open(gw.webUrl());
        assertFalse(browser.present("#password-warning"));
        browser.submit("#logout");
        login("user");
        assertTrue(browser.present("#login-error"), "the old password no longer works");
        login("NewPassw0rd!");
        browser.waitFor(d -> browser.present("#lamp-panel") ? Boolean.TRUE : null);
    }
}
