package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every POST needs the session's token; without it: 403 and nothing changes. */
class CsrfTest extends WebUiTestBase {
    private static final Map<String, String> SAVE = Map.of("action", "save", "pppoe.1.mode", "manual",
            "pppoe.1.user", "mallory", "pppoe.1.mtu", "1400", "pppoe.1.idle", "600", "pppoe.1.echo-interval", "10",
            "pppoe.1.echo-failures", "3");

    @Test
    void settingsPostWithoutTokenIsRefusedAndChangesNothing() {
        loggedIn();
        var r = browser.postRaw("/pppoe", Browser.encode(SAVE));
        assertEquals(403, r.statusCode());
        assertEquals("", device.setting("pppoe.1.user"));
        assertTrue(device.applied.isEmpty());
    }

    @Test
    void settingsPostWithWrongTokenIsRefused() {
        loggedIn();
        browser.csrf = browser.csrf.substring(1) + "A";
        assertEquals(403, browser.post("/pppoe", SAVE).statusCode());
        assertEquals("1492", device.setting("pppoe.1.mtu"));
    }

    @Test
    void tokenOfAnotherSessionIsRefused() {
        Browser other = newBrowser();
        other.login("user", "user");
        other.open("/pppoe");
        loggedIn();
        browser.csrf = other.csrf;
        assertEquals(403, browser.post("/pppoe", Map.of("action", "connect-1")).statusCode());
        assertTrue(device.actions.isEmpty());
    }

    @Test
    void connectLogoutPasswordAndLoginNeedTheTokenToo() {
        loggedIn();
        assertEquals(403, browser.postRaw("/pppoe", "action=connect-1").statusCode());
        assertEquals(403, browser.postRaw("/logout", "").statusCode());
        assertEquals(403, browser.postRaw("/password", "current=user&new=abcdefgh1&confirm=abcdefgh1").statusCode());
        assertTrue(device.actions.isEmpty());
        assertEquals(200, browser.get("/").statusCode(), "still logged in");
        one(Browser.doc(browser.get("/")), "#password-warning"); // password unchanged
        Browser fresh = newBrowser();
        assertEquals(403, fresh.postRaw("/login", "user=user&password=user").statusCode());
    }

    @Test
    void withTheTokenTheSamePostWorks() {
        loggedIn().open("/pppoe");
        assertEquals(303, browser.post("/pppoe", SAVE).statusCode());
        assertEquals("mallory", device.setting("pppoe.1.user"));
    }
}
