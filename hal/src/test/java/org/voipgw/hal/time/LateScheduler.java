package org.voipgw.hal.time;

import java.time.Duration;

/**
 * A scheduler over a {@link VirtualClock} whose one-shot timers fire late, as a loaded machine's real clock
 * does: each {@code lateness} ms after it was due, the next one armed {@code nextLate} ms more.
 */
public final class LateScheduler implements Scheduler {
    private final VirtualClock clock;
    /** How late every timer fires (ms). */
    public long lateness;
    /** How much later the next timer armed fires (ms), once. */
    public long nextLate;

    public LateScheduler(VirtualClock clock) {
        this.clock = clock;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Timer schedule(Duration delay, Runnable task) {
        long extra = nextLate;
        nextLate = 0;
        return clock.schedule(delay.plusMillis(lateness + extra), task);
    }
}
