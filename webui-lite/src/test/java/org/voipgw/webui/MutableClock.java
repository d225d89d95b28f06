package org.voipgw.webui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A device clock tests move by hand, so lock and idle timeouts are tested without waiting. */
final class MutableClock {
    private final AtomicLong millis;
    final MillisClock clock;

    MutableClock(Instant start) {
        millis = new AtomicLong(start.toEpochMilli());
        clock = new MillisClock(millis::get, ZoneOffset.UTC);
    }

    void advance(Duration d) {
        millis.addAndGet(d.toMillis());
    }
}
