package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.webui.http.HttpLimits;

/**
 * Issue 13 finding 1 (stalled requests), 6 (client disconnects) and 8 (bad request target): what
 * misbehaving clients get from the front. Deadlines are shortened to 400 ms so a timeout is seen quickly;
 * every read is bounded.
 */
class HttpFrontTest extends WebUiTestBase {
    private static final Duration BOUND = Duration.ofSeconds(10);

    @Override
    HttpLimits limits() {
        return HttpLimits.defaults().withTimeouts(Duration.ofMillis(400), Duration.ofMillis(400));
    }

    private RawConnection raw(int octet) {
        return new RawConnection(server.address().getPort(), RawConnection.loopback(octet));
    }

    private String host() {
        return "Host: 127.0.0.1:" + server.address().getPort() + "\r\n";
    }

    private static int status(String response) {
        assertTrue(response.startsWith("HTTP/1.1 "), () -> "not an HTTP answer: " + response);
        return Integer.parseInt(response.substring(9, 12));
    }

    @Test
    void aHalfRequestGets408AndTheConnectionCloses() {
        try (RawConnection c = raw(1)) {
            String r = c.send("GET /login HTTP/1.1\r\n" + host()).readToClose(BOUND);
            assertEquals(408, status(r));
            assertTrue(r.contains("Content-Security-Policy: "), "security headers on the front's own answers too");
        }
        assertEquals(1, server.connectionLog().total("timed out"));
    }

    @Test
    void aBodyThatNeverComesGets408() {
        try (RawConnection c = raw(1)) {
            String r = c.send("POST /login HTTP/1.1\r\n" + host()
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 50\r\n\r\nuser=").readToClose(BOUND);
            assertEquals(408, status(r));
        }
    }

    @Test
    void stalledConnectionsDoNotStopOtherRequests() {
        List<RawConnection> stalled = new ArrayList<>();
        try {
            // 60 half requests from 6 addresses: far more than the old server's 4 workers
            for (int i = 0; i < 60; i++) {
                stalled.add(raw(20 + i % 6).send("GET / HTTP/1.1\r\n" + host() + "X-Slow: 1\r\n"));
            }
            assertEquals(200, newBrowser().get("/login").statusCode());
        } finally {
            stalled.forEach(RawConnection::close);
        }
    }

    @Test
    void oneSourceCannotHoldMoreThanItsShareOfConnections() {
        int cap = limits().perSourceConnections();
        List<RawConnection> held = new ArrayList<>();
        try {
            for (int i = 0; i < cap; i++) {
                held.add(raw(9).send("GET / HTTP/1.1\r\n"));
            }
            // wait (bounded) until the server has taken all of them
            long end = System.nanoTime() + BOUND.toNanos();
            while (server.openConnections() < cap && System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            assertEquals(cap, server.openConnections());
            try (RawConnection surplus = raw(9)) {
                assertEquals("", surplus.send("GET /login HTTP/1.1\r\n" + host() + "\r\n").readToClose(BOUND),
                        "over the cap: closed before anything is read");
            }
            assertEquals(200, newBrowser().get("/login").statusCode(), "another address is still served");
        } finally {
            held.forEach(RawConnection::close);
        }
        assertTrue(server.connectionLog().total("refused (per-source cap)") >= 1);
    }

    @Test
    void aTerabyteContentLengthIsAnsweredAtOnce() {
        try (RawConnection c = raw(1)) {
            String r = c.send("POST /login HTTP/1.1\r\n" + host() + "Content-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 1000000000000\r\n\r\n" + "x".repeat(100)).readToClose(BOUND);
            assertEquals(413, status(r), "not a 408 after waiting for a body that never comes");
        }
        try (RawConnection c = raw(1)) {
            assertEquals(400, status(c.send("POST /login HTTP/1.1\r\n" + host() + "Content-Length: -1\r\n\r\n")
                    .readToClose(BOUND)));
        }
        try (RawConnection c = raw(1)) {
            assertEquals(400, status(c.send("POST /login HTTP/1.1\r\n" + host()
                    + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nabcdef").readToClose(BOUND)));
        }
    }

    @Test
    void chunkedBodiesAreRefusedWhateverTheirChunkLengths() {
        for (String chunk : new String[] {"zz\r\n", "FFFFFFFFFFFFFFFFFFFF\r\n", "5\r\nab"}) {
            try (RawConnection c = raw(1)) {
                String r = c.send("POST /login HTTP/1.1\r\n" + host() + "Transfer-Encoding: chunked\r\n\r\n" + chunk)
                        .readToClose(BOUND);
                assertEquals(411, status(r), chunk);
            }
        }
    }

    @Test
    void aBadRequestTargetIsAPlain400WithTheSecurityHeaders() {
        for (String target : new String[] {"/%zz", "/a%", "http://evil.example/", "*", "/x#frag"}) {
            try (RawConnection c = raw(1)) {
                String r = c.send("GET " + target + " HTTP/1.1\r\n" + host() + "\r\n").readToClose(BOUND);
                assertEquals(400, status(r), target);
                assertTrue(r.contains("X-Frame-Options: DENY"), target);
                assertFalse(r.contains("URISyntaxException"), target);
            }
        }
        try (RawConnection c = raw(1)) {
            assertEquals(505, status(c.send("GET / HTTP/2.0\r\n" + host() + "\r\n").readToClose(BOUND)));
        }
        try (RawConnection c = raw(1)) {
            assertEquals(400, status(c.send("GET / HTTP/1.1\r\n\r\n").readToClose(BOUND)), "no Host");
        }
        try (RawConnection c = raw(1)) {
            // a TLS ClientHello on port 80 is just a malformed request line
            assertEquals(400, status(c.send("\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003\r\n\r\n")
                    .readToClose(BOUND)));
        }
    }

    @Test
    void clientsThatLeaveMidRequestAreCountedNotLoggedAsErrors() {
        int n = 200;
        for (int i = 0; i < n; i++) {
            RawConnection c = raw(30 + i % 8);
            c.send("POST /login HTTP/1.1\r\n" + host() + "Content-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 100\r\n\r\nuser=us");
            c.abort();
        }
        long end = System.nanoTime() + BOUND.toNanos();
        while (server.connectionLog().total("closed by the client") < n && System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        assertEquals(n, server.connectionLog().total("closed by the client"));
        assertEquals(0, server.connectionLog().total("timed out"), "they left; none was waited for");
    }
}
