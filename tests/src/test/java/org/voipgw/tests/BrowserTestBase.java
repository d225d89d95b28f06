package org.voipgw.tests;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.voipgw.agent.assembly.RunningGateway;
import org.voipgw.boards.GatewayModel;

/** A running simulated gateway and a headless Chromium on its web UI, closed after each test. */
abstract class BrowserTestBase {
    RunningGateway gw;
    Browser browser;

    void start(GatewayModel model) throws Exception {
        gw = GatewayUnderTest.start(model, Map.of());
        browser = new Browser();
    }

    /** Logs in through the login form as a user would. */
    void login(String password) {
        browser.open(gw.webUrl() + "login");
        browser.type("#login-user", "user");
        browser.type("#login-password", password);
        browser.submit("#login-submit");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (gw != null) {
            gw.close();
        }
    }
}
