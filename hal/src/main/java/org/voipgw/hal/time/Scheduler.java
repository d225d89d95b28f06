package org.voipgw.hal.time;

import java.time.Duration;

/**
 * Timers and the device event loop. Every protocol timer (Q.921 T200, Q.931 T303, SIP refresh,
 * PPPoE retry, lamp blink, switch hold) goes through this, so a virtual clock can fast-forward them.
 * All tasks of one scheduler run on one thread, one at a time: handlers need no locks.
 */
public interface Scheduler {
    Clock clock();

    /** Runs {@code task} once after {@code delay} (zero or positive). */
    Timer schedule(Duration delay, Runnable task);

    /** Runs {@code task} on the event loop as soon as possible (from any thread). */
    default void execute(Runnable task) {
        schedule(Duration.ZERO, task);
    }

    /** Runs {@code task} every {@code period}, first after one period, until cancelled. */
    default Timer every(Duration period, Runnable task) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive: " + period);
        }
        return new PeriodicTimer(this, period, task).start();
    }

    /** A scheduled task that may be cancelled; cancelling twice or after it ran does nothing. */
    interface Timer {
        void cancel();

        boolean isCancelled();
    }
}
