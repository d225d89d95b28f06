package org.voipgw.webui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A {@link java.time.Clock} over any "milliseconds since the epoch" source, so the agent can hand the
 * web UI its own device clock (hal's {@code Clock::millis}, virtual in the simulator) without webui
 * depending on hal. The zone only decides how times are printed on pages.
 */
public final class MillisClock extends Clock {
    private final LongSupplier millis;
    private final ZoneId zone;

    public MillisClock(LongSupplier millis, ZoneId zone) {
        this.millis = Objects.requireNonNull(millis);
        this.zone = Objects.requireNonNull(zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new MillisClock(millis, z);
    }

    @Override
    public long millis() {
        return millis.getAsLong();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis.getAsLong());
    }
}
