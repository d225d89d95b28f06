package org.voipgw.led.status;

/** The selected clock source and whether a clock signal is being received from it. */
public record ClockStatus(ClockSource source, boolean locked) {
    public static final ClockStatus FREE_RUNNING = new ClockStatus(ClockSource.INTERNAL, false);
}
