package org.voipgw.webui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The web UI's security events — failed logins, lockouts, CSRF and Host/Origin refusals — written to
 * the device log (and so to the ログ page) through {@link GatewayView#securityEvent}, rate-limited per
 * kind: at most {@link #PER_MINUTE} lines a minute, then one line saying how many more were dropped, so
 * an outsider cannot push the real history off the 5 × 1 MB flash log (issue 13 findings 5 and 6).
 * Text from the request (a user name) is cut and stripped of control characters first.
 */
final class AuditTrail {
    /** Our choice: enough to see an attack start, far too few to flush the log. */
    static final int PER_MINUTE = 10;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final GatewayView device;
    private final Clock clock;
    private final Map<String, Window> windows = new HashMap<>();

    private static final class Window {
        Instant start;
        int written;
        int dropped;
    }

    AuditTrail(GatewayView device, Clock clock) {
        this.device = device;
        this.clock = clock;
    }

    /** Records one event of {@code kind}; {@code detail} is already free of request text or quoted by {@link #quote}. */
    void record(String kind, String detail) {
        String line;
        synchronized (this) {
            Instant now = clock.instant();
            Window w = windows.computeIfAbsent(kind, k -> new Window());
            String dropped = "";
            if (w.start == null || !now.isBefore(w.start.plus(WINDOW))) {
                if (w.dropped > 0) {
                    dropped = " (" + w.dropped + " more '" + kind + "' events in the minute before were not logged)";
                }
                w.start = now;
                w.written = 0;
                w.dropped = 0;
            }
            if (w.written >= PER_MINUTE) {
                w.dropped++;
                return;
            }
            w.written++;
            line = "web UI: " + kind + ": " + detail + dropped;
        }
        device.securityEvent(line);
    }

    /** A request's text made safe for one log line: at most 32 characters, no control characters, quoted. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("'");
        s.codePoints().limit(32).forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        if (s.codePointCount(0, s.length()) > 32) {
            b.append('…');
        }
        return b.append('\'').toString();
    }
}
