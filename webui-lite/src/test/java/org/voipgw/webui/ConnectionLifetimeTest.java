package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.voipgw.webui.http.HttpLimits;

/**
 * The last bound on a connection: whatever it is doing — here stalled in its head, in life a client
 * that never reads its answer, which no socket timeout covers — it is closed at its lifetime. The
 * lifetime is set below the head timeout so that the reaper, not the 408, ends the connection.
 */
class ConnectionLifetimeTest extends WebUiTestBase {
    @Override
    HttpLimits limits() {
        return HttpLimits.defaults().withConnectionLifetime(Duration.ofMillis(300));
    }

    @Test
    void aConnectionIsClosedAtItsLifetimeWhateverItIsDoing() {
        try (RawConnection c = new RawConnection(server.address().getPort(), null)) {
            assertEquals("", c.send("GET / HTTP/1.1\r\n").readToClose(Duration.ofSeconds(10)),
                    "closed from outside, long before the 10 s head timeout");
        }
        long end = System.nanoTime() + 10_000_000_000L;
        while (server.connectionLog().total("closed at the lifetime limit") < 1 && System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        assertEquals(1, server.connectionLog().total("closed at the lifetime limit"));
        assertEquals(0, server.connectionLog().total("timed out"));
        assertEquals(200, newBrowser().get("/login").statusCode(), "a normal request is well within its lifetime");
    }
}
