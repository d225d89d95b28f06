package org.voipgw.webui;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Assertions;

/** Starts the web UI on 127.0.0.1 (a free port) against a fake device and a hand-moved clock. */
abstract class WebUiTestBase {
    /** Small, so each login stays fast; the production count has its own test. */
    static final int TEST_ITERATIONS = 1_000;
    static final Instant START = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path dir;
    MutableClock clock;
    FakeGateway device;
    WebUiServer server;
    Browser browser;

    FakeGateway device() {
        return FakeGateway.viii();
    }

    @BeforeEach
    void startServer() throws Exception {
        clock = new MutableClock(START);
        device = device();
        server = WebUiServer.start(device, new WebUiConfig(new InetSocketAddress("127.0.0.1", 0),
                credentials(), clock.clock, TEST_ITERATIONS, new SecureRandom()));
        browser = newBrowser();
    }

    Path credentials() {
        return dir.resolve("flash/webui-credentials.json");
    }

    Browser newBrowser() {
        return new Browser(URI.create("http://127.0.0.1:" + server.address().getPort() + "/"));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** Asserts that every fragment is in {@code body}, naming the first one that is not. */
    static void assertContains(String body, String... fragments) {
        for (String f : fragments) {
            Assertions.assertTrue(body.contains(f), () -> "missing: " + f + "\n--- in ---\n" + body);
        }
    }

    /** Logs in with the initial password and returns the browser, ready on the top page. */
    Browser loggedIn() {
        browser.login("user", "user");
        browser.open("/");
        return browser;
    }
}
