package org.voipgw.webui.http;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.tinylog.Logger;

/**
 * Counts what a client did to a connection that is not our error — went away mid-request, ran out of
 * time, was over a connection cap, sent a malformed request — and writes one summary line per minute
 * at most ("web UI, last 60 s: 1000 closed by the client, 3 timed out"), never a stack trace: a
 * thousand broken-off posts must not flood the console or the flash log (issue 13 finding 6).
 */
public final class QuietLog {
    static final Duration PERIOD = Duration.ofMinutes(1);

    private final LongSupplier nanoTime;
    private final Map<String, AtomicLong> sinceSummary = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> totals = new ConcurrentHashMap<>();
    private long lastSummary;

    public QuietLog(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.lastSummary = nanoTime.getAsLong();
    }

    /** Counts one event of {@code kind}; writes the summary when a minute has passed since the last. */
    public void count(String kind) {
        sinceSummary.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        totals.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        long now = nanoTime.getAsLong();
        synchronized (this) {
            if (now - lastSummary >= PERIOD.toNanos()) {
                lastSummary = now;
                flush();
            }
        }
    }

    /** Events of {@code kind} since start (for tests and the benchmark). */
    public long total(String kind) {
        AtomicLong n = totals.get(kind);
        return n == null ? 0 : n.get();
    }

    /** Writes what was counted and not yet reported (also at shutdown). */
    public synchronized void flush() {
        Map<String, Long> counts = new TreeMap<>();
        sinceSummary.forEach((k, v) -> {
            long n = v.getAndSet(0);
            if (n > 0) {
                counts.put(k, n);
            }
        });
        if (!counts.isEmpty()) {
            StringBuilder b = new StringBuilder("web UI connections, last minute:");
            counts.forEach((k, n) -> b.append(' ').append(n).append(' ').append(k).append(';'));
            Logger.info(b.substring(0, b.length() - 1));
        }
    }
}
