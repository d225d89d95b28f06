package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import java.net.InetSocketAddress;
import java.security.SecureRandom;

class PasswordChangeTest extends WebUiTestBase {

    @Test
    void warningShowsUntilThePasswordIsChanged() throws Exception {
        loggedIn();
        for (String path : new String[] {"/", "/pppoe", "/voip", "/log", "/password"}) {
            String body = browser.get(path).body();
            assertTrue(body.contains("id=\"password-warning\""), path);
            assertTrue(body.contains("id=\"password-warning-link\" href=\"/password\""), path);
        }
        String before = browser.cookies.get(Exchange.SESSION_COOKIE);
        var r = browser.post("/password", Map.of("current", "user", "new", "n3w-Passw0rd", "confirm", "n3w-Passw0rd"));
        assertEquals(303, r.statusCode());
        assertNotEquals(before, browser.cookies.get(Exchange.SESSION_COOKIE), "session id rotates on a change");
        String page = browser.open("/password?changed=1").body();
        assertTrue(page.contains("id=\"password-changed\""));
        for (String path : new String[] {"/", "/pppoe", "/voip", "/log", "/password"}) {
            assertFalse(browser.get(path).body().contains("password-warning"), path);
        }
        Browser again = newBrowser();
        assertTrue(again.login("user", "user").body().contains("login-error"), "old password no longer works");
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
        assertFalse(b.open("/").body().contains("password-warning"));
    }

    @Test
    void factoryResetRestoresTheInitialPasswordAndLogsEveryoneOut() {
        loggedIn();
        browser.post("/password", Map.of("current", "user", "new", "n3w-Passw0rd", "confirm", "n3w-Passw0rd"));
        Browser guesser = newBrowser();
        for (int i = 0; i < 3; i++) {
            guesser.login("user", "wrong");
        }
        server.factoryReset();
        assertEquals(303, browser.get("/").statusCode(), "logged out");
        assertEquals(303, browser.login("user", "user").statusCode(), "initial password, lock lifted");
        assertTrue(browser.open("/").body().contains("id=\"password-warning\""));
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
        assertTrue(r.body().contains("id=\"password-new-error\""));
        assertTrue(r.body().contains("8～64文字"));
        r = browser.post("/password", Map.of("current", "user", "new", "ｐａｓｓｗｏｒｄ１２", "confirm", "ｐａｓｓｗｏｒｄ１２"));
        assertTrue(r.body().contains("id=\"password-new-error\""));
        r = browser.post("/password", Map.of("current", "user", "new", "longenough1", "confirm", "longenough2"));
        assertTrue(r.body().contains("id=\"password-confirm-error\""));
        assertFalse(r.body().contains("longenough"), "passwords are never written back");
        r = browser.post("/password", Map.of("current", "user", "new", "x".repeat(65), "confirm", "x".repeat(65)));
        assertTrue(r.body().contains("id=\"password-new-error\""));
        assertTrue(browser.get("/").body().contains("password-warning"), "nothing changed");
    }

    @Test
    void wrongCurrentPasswordCountsTowardsTheLock() {
        loggedIn();
        var r = browser.post("/password", Map.of("current", "nope", "new", "longenough1", "confirm", "longenough1"));
        assertTrue(r.body().contains("id=\"password-current-error\""));
        browser.post("/password", Map.of("current", "nope", "new", "longenough1", "confirm", "longenough1"));
        r = browser.post("/password", Map.of("current", "nope", "new", "longenough1", "confirm", "longenough1"));
        assertEquals(303, r.statusCode());
        assertEquals("/login", r.headers().firstValue("Location").orElse(""));
        assertTrue(browser.open("/login").body().contains("id=\"lock-message\""));
    }
}
