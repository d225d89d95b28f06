package org.voipgw.agent.sip.live;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.voipgw.hal.time.Clock;

/**
 * The flash log's view of dropped SIP datagrams (issue 13 finding 6): 49,000 oversize datagrams used to
 * write 49,000 WARN lines and push the real history off the 5 × 1 MB log. Now the first drop after an
 * hour of quiet is told at once ("… further drops are summarised"), and later drops only as summaries
 * ("N SIP datagrams dropped in the last M min: from X (n) …") whose period doubles from 1 minute up to 1 hour
 * while the drops go on. So an outsider, whatever it sends and from however many spoofed addresses, gets
 * at most about 50 lines (≈ 10 KB) a day into the log: the 5 MB history would last over a year of attack.
 * These figures are our choice (the guide says nothing on log volume). One instance per stack; thread-safe.
 */
final class SipDropLog {
    static final long FIRST_WINDOW_MILLIS = 60_000;
    static final long LONGEST_WINDOW_MILLIS = 3_600_000;
    /** A new attack (a line at once) only after this much quiet. */
    static final long QUIET_MILLIS = 3_600_000;
    /** Sources named in a summary; the rest are counted together, so spoofed addresses cannot lengthen a line. */
    static final int NAMED_SOURCES = 4;

    private final Clock clock;
    private final Consumer<String> log;
    private long windowStart = -1;
    private long windowLength = FIRST_WINDOW_MILLIS;
    private long lastDrop = Long.MIN_VALUE / 2;
    private long lastImmediate = Long.MIN_VALUE / 2;
    private int total;
    private int fromOthers;
    private final Map<String, Integer> bySource = new LinkedHashMap<>();
    private final Map<String, Integer> byReason = new TreeMap<>();

    SipDropLog(Clock clock, Consumer<String> log) {
        this.clock = clock;
        this.log = log;
    }

    /** One datagram dropped: {@code source} the peer's address (may be null), {@code reason} a fixed word. */
    synchronized void dropped(String source, String reason) {
        long now = clock.millis();
        String from = source == null ? "?" : source;
        roll(now);
        lastDrop = now;
        if (windowStart < 0) {
            windowStart = now;
            if (now - lastImmediate >= QUIET_MILLIS) {
                lastImmediate = now;
                log.accept("dropped a SIP datagram from " + from + " (" + reason + "); further drops are summarised");
                return;
            }
        }
        total++;
        byReason.merge(reason, 1, Integer::sum);
        if (bySource.containsKey(from) || bySource.size() < NAMED_SOURCES) {
            bySource.merge(from, 1, Integer::sum);
        } else {
            fromOthers++;
        }
    }

    /** Called every minute by the port, so the last window of an attack is summarised even when drops stop. */
    synchronized void tick() {
        roll(clock.millis());
    }

    private void roll(long now) {
        if (windowStart < 0 || now < windowStart + windowLength) {
            return;
        }
        summarise(now);
        if (now - lastDrop >= QUIET_MILLIS) {
            windowStart = -1;
            windowLength = FIRST_WINDOW_MILLIS;
        } else {
            windowStart = now;
            windowLength = Math.min(2 * windowLength, LONGEST_WINDOW_MILLIS);
        }
    }

    private void summarise(long now) {
        if (total == 0) {
            return;
        }
        StringBuilder b = new StringBuilder().append(total).append(total == 1 ? " SIP datagram" : " SIP datagrams")
                .append(" dropped in the last ").append(Math.max(1, (now - windowStart + 59_999) / 60_000)).append(" min (");
        b.append(String.join(", ", byReason.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()));
        b.append("): from ");
        b.append(String.join(", ", bySource.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList()));
        if (fromOthers > 0) {
            b.append(" and ").append(fromOthers).append(" from other addresses");
        }
        log.accept(b.toString());
        total = 0;
        fromOthers = 0;
        bySource.clear();
        byReason.clear();
    }
}
