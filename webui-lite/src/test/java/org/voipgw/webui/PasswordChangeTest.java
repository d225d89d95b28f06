package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PasswordChangeTest extends WebUiTestBase {

    @Test
    void warningShowsUntilThePasswordIsChanged() throws Exception {
        loggedIn();
        for (String path : new String[] {"/", "/pppoe", "/voip", "/log", "/password"}) {
            Document page = Browser.doc(browser.get(path));
            one(page, "#password-warning");
            assertEquals("/password", one(page, "#password-warning a#password-warning-link").attr("href"), path);
        }
        String before = browser.cookies.get(Exchange.SESSION_COOKIE);
        var r = browser.post("/password", Map.of("current", "user", "new", "n3w-Passw0rd", "confirm", "n3w-Passw0rd"));
        assertEquals(303, r.statusCode());
        assertNotEquals(before, browser.cookies.get(Exchange.SESSION_COOKIE), "session id rotates on a change");
        one(Browser.doc(browser.open("/password?changed=1")), "#password-changed");
        for (String path : new String[] {"/", "/pppoe", "/voip", "/log", "/password"}) {
            assertNull(Browser.doc(browser.get(path)).selectFirst("#password-warning"), path);
        }
        Browser again = newBrowser();
        one(Browser.doc(again.login("user", "user")), "#login-error");
        assertEquals(303, again.post("/login", Map.of("user", "user", "password", "n3w-Passw0rd")).statusCode());

        JsonNode file = new ObjectMapper().readTree(Files.readAllBytes(credentials()));
        assertFalse(file.get("initial").asBoolean());
        assertTrue(file.get("hash").asText().startsWith("pbkdf2-sha256$" + TEST_ITERATIONS + "$"));
        assertFalse(Files.readString(credentials()).contains("n3w-Passw0rd"));
    }

    @Test
    void theChangeSurvivesARestart() throws Exception {
        loggedIn();
        browser.post("/password", Map.of("current", "user", "new", "another pass", "confirm", "another pass"));
        server.close();
        server = WebUiServer.start(device, new WebUiConfig(new InetSocketAddress("127.0.0.1", 0), credentials(),
                clock.clock, TEST_ITERATIONS, new SecureRandom()));
        Browser b = newBrowser();
        assertEquals(303, b.login("user", "another pass").statusCode());
        assertNull(Browser.doc(b.open("/")).selectFirst("#password-warning"));
    }

    @Test
    void factoryResetRestoresTheInitialPasswordAndLogsEveryoneOut() {
        loggedIn();
        browser.post("/password", Map.of("current", "user", "new", "n3w-Passw0rd", "confirm", "n3w-Passw0rd"));
        Browser guesser = newBrowser();
        for (int i = 0; i < 3; i++) {
            guesser.login("user", "wrong");
        }
        assertEquals(200, guesser.login("user", "n3w-Passw0rd").statusCode(), "the guesser's address is locked");
        server.factoryReset();
        assertEquals(303, browser.get("/").statusCode(), "logged out");
        assertEquals(303, browser.login("user", "user").statusCode(), "initial password");
        assertEquals(303, guesser.login("user", "user").statusCode(), "every lock lifted");
        one(Browser.doc(browser.open("/")), "#password-warning");
    }

    @Test
    void otherSessionsEndWhenThePasswordChanges() {
        Browser other = newBrowser();
        other.login("user", "user");
        loggedIn();
        browser.post("/password", Map.of("current", "user", "new", "n3w-Passw0rd", "confirm", "n3w-Passw0rd"));
        assertEquals(303, other.get("/").statusCode());
        assertEquals(200, browser.get("/").statusCode());
    }

    @Test
    void rulesAreCheckedAndNothingIsEchoed() {
        loggedIn();
        var r = browser.post("/password", Map.of("current", "user", "new", "short", "confirm", "short"));
        assertEquals(400, r.statusCode());
        assertTrue(text(Browser.doc(r), "#password-new-error").contains("8～64文字"));
        assertTrue(one(Browser.doc(r), "#password-new").hasClass("invalid"));
        for (String bad : new String[] {"ｐａｓｓｗｏｒｄ１２", "x".repeat(65), " ".repeat(8), "        ",
                "  user  ", "USER    "}) {
            r = browser.post("/password", Map.of("current", "user", "new", bad, "confirm", bad));
            assertEquals(400, r.statusCode(), "'" + bad + "'");
            one(Browser.doc(r), "#password-new-error");
        }
        r = browser.post("/password", Map.of("current", "user", "new", "longenough1", "confirm", "longenough2"));
        one(Browser.doc(r), "#password-confirm-error");
        assertFalse(r.body().contains("longenough"), "passwords are never written back");
        one(Browser.doc(browser.get("/")), "#password-warning");
    }

    @Test
    void blanksInsideAPasswordAreFine() {
        loggedIn();
        assertEquals(303, browser.post("/password", Map.of("current", "user", "new", " two words ",
                "confirm", " two words ")).statusCode());
    }

    @Test
    void wrongCurrentPasswordCountsTowardsTheLock() {
        loggedIn();
        var r = browser.post("/password", Map.of("current", "nope", "new", "longenough1", "confirm", "longenough1"));
        one(Browser.doc(r), "#password-current-error");
        browser.post("/password", Map.of("current", "nope", "new", "longenough1", "confirm", "longenough1"));
        r = browser.post("/password", Map.of("current", "nope", "new", "longenough1", "confirm", "longenough1"));
        assertEquals(303, r.statusCode());
        assertEquals("/login", r.headers().firstValue("Location").orElse(""));
        one(Browser.doc(browser.open("/login")), "#lock-message");
    }
}
