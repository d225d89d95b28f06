package org.voipgw.hal.time;

import java.time.Instant;

/**
 * The device's notion of "now". Device logic never reads the wall clock (DESIGN.md, Time):
 * live mode injects the system clock, scenarios and tests a {@link VirtualClock}.
 */
public interface Clock {
    /** Milliseconds since the epoch (virtual or real). */
    long millis();

    default Instant now() {
        return Instant.ofEpochMilli(millis());
    }
}
