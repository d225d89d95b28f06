package org.voipgw.hal.line.sim;

/**
 * One change the line logic made on a simulated line, with its (virtual) time: what a test measures a
 * ring cadence or a polarity reversal from.
 *
 * @param atMillis when, in the scheduler's clock
 * @param kind what changed
 */
public record LineSignal(long atMillis, Kind kind) {
    /** The changes recorded. */
    public enum Kind {
        RING_ON,
        RING_OFF,
        POLARITY_NORMAL,
        POLARITY_REVERSED,
        PCM_ON,
        PCM_OFF
    }
}
