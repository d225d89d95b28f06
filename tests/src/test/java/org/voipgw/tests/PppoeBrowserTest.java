package org.voipgw.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.voipgw.agent.pppoe.sim.SimulatedAccessConcentrator;
import org.voipgw.boards.GatewayModel;
import java.nio.file.Path;

/**
 * The user story of issue 4 in real headless Chromium: log in, set up PPPoE session 1 with a wrong
 * password (認証失敗; the PPP lamp as the model shows it), then the right one (接続, PPP green), and
 * on Ⅷ a second session (PPP orange). The demo's simulated ISP knows one account.
 */
class PppoeBrowserTest extends BrowserTestBase {
    private static final String USER = SimulatedAccessConcentrator.DEMO_ACCOUNT.user();
    private static final String PASSWORD = SimulatedAccessConcentrator.DEMO_ACCOUNT.password();
    /** Starts {@code model}, logs in and opens the PPPoE page. */
    private void open(GatewayModel model) throws Exception {
        start(model);
        login("user");
        browser.find("#nav-pppoe").click();
        browser.waitFor(d -> browser.present("#pppoe-save") ? Boolean.TRUE : null);
    }

    private void setSession(int n, String user, String password) {
        String id = "#pppoe-" + n + "-";
        if (!browser.find(id + "enabled").isSelected()) {
            browser.find(id + "enabled").click();
        }
        browser.type(id + "user", user);
        browser.type(id + "password", password);
        browser.submit("#pppoe-save");
        browser.waitFor(d -> browser.present("#save-message") ? Boolean.TRUE : null);
    }

    private void openTop() {
        browser.find("#nav-top").click();
        browser.waitFor(d -> browser.present("#lamp-panel") ? Boolean.TRUE : null);
    }

    @Test
    void viiiWrongPasswordThenRightThenASecondSession() throws Exception {
        open(GatewayModel.VIII);
        assertTrue(browser.find("#breadcrumb").getText().contains("接続先設定（PPPoE）"), "the guide's menu path");
        setSession(1, USER, "wrong-password");
        browser.waitForState("#pppoe-1-state", "auth-failed");
        assertTrue(browser.find("#pppoe-1-state").getText().contains("認証失敗"));
        openTop();
        browser.waitForState("#lamp-PPP", "off"); // Ⅷ: no session up
        browser.find("#nav-pppoe").click();
        setSession(1, USER, PASSWORD);
        browser.waitForState("#pppoe-1-state", "connected");
        assertTrue(browser.find("#pppoe-1-address").getText().matches(".*\\d+\\.\\d+\\.\\d+\\.\\d+.*"), "address shown");
        openTop();
        browser.waitForState("#lamp-PPP", "green");
        browser.find("#nav-pppoe").click();
        setSession(2, USER, PASSWORD);
        browser.waitForState("#pppoe-2-state", "connected");
        openTop();
        browser.waitForState("#lamp-PPP", "orange"); // two sessions
        browser.find("#nav-pppoe").click();
        browser.submit("#pppoe-2-disconnect");
        browser.waitForState("#pppoe-2-state", "stopped");
        openTop();
        browser.waitForState("#lamp-PPP", "green");
    }

    @Test
    void familyWrongPasswordBlinksGreenThenConnects() throws Exception {
        open(GatewayModel.III);
        assertTrue(browser.find("#breadcrumb").getText().contains("接続先（PPPoE）"), "the family's menu path");
        setSession(1, USER, "wrong-password");
        browser.waitForState("#pppoe-1-state", "auth-failed");
        openTop();
        browser.waitForState("#lamp-PPP", "green-blink"); // 接続トライ中: retrying after an error
        browser.find("#nav-pppoe").click();
        setSession(1, USER, PASSWORD);
        browser.waitForState("#pppoe-1-state", "connected");
        openTop();
        browser.waitForState("#lamp-PPP", "green");
        browser.screenshot(Path.of("target", "screenshots", "top-III.png"));
    }

    @Test
    void aRejectedFormKeepsWhatWasTypedAndSavesNothing() throws Exception {
        open(GatewayModel.VIII);
        browser.type("#pppoe-1-user", "a b<script>alert(1)</script>");
        browser.type("#pppoe-1-mtu", "99999");
        browser.submit("#pppoe-save");
        browser.waitFor(d -> browser.present("#pppoe-1-mtu-error") ? Boolean.TRUE : null);
        assertEquals("a b<script>alert(1)</script>", browser.find("#pppoe-1-user").getDomProperty("value"));
        assertTrue(browser.present("#pppoe-1-user-error"));
        assertTrue(!browser.driver.getPageSource().contains("<script>alert(1)</script>"), "escaped on the page");
        browser.open(gw.webUrl() + "pppoe");
        assertEquals("", browser.find("#pppoe-1-user").getDomProperty("value"), "nothing was saved");
    }
}
