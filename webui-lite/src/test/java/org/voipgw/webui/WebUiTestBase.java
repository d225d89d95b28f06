package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.webui.http.HttpLimits;

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
                credentials(), clock.clock, TEST_ITERATIONS, new SecureRandom(), limits()));
        browser = newBrowser();
    }

    /** The HTTP front's limits; tests of the deadlines shorten them. */
    HttpLimits limits() {
        return HttpLimits.defaults();
    }

    Path credentials() {
        return dir.resolve("flash/webui-credentials.json");
    }

    Browser newBrowser() {
        return new Browser(URI.create("http://127.0.0.1:" + server.address().getPort() + "/"));
    }

    /** A browser whose connections come from 127.0.0.{@code lastOctet} (another machine on the LAN). */
    Browser browserFrom(int lastOctet) {
        try {
            return new Browser(URI.create("http://127.0.0.1:" + server.address().getPort() + "/"),
                    InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) lastOctet}));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** The one element {@code css} selects on {@code page}; fails naming the selector when there is none. */
    static Element one(Element page, String css) {
        Element e = page.selectFirst(css);
        assertNotNull(e, () -> "nothing matches " + css + "\n--- in ---\n" + page.outerHtml());
        return e;
    }

    /** The text of the one element {@code css} selects. */
    static String text(Element page, String css) {
        return one(page, css).text();
    }

    /** Logs in with the initial password and returns the browser, ready on the top page. */
    Browser loggedIn() {
        browser.login("user", "user");
        browser.open("/");
        return browser;
    }
}
