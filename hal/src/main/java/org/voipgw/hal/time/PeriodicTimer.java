package org.voipgw.hal.time;

import java.time.Duration;

/**
 * A task re-armed after each run; built on one-shot timers so every scheduler gets it for free.
 *
 * <p>It keeps its own deadlines — the n-th run is due at start + n × period on the scheduler's clock — and
 * arms each one-shot timer for what is left until the next deadline. Re-arming for a whole period after each
 * run instead would add every run's lateness to all later ones: under a real clock a 20 ms audio tick then
 * comes every 20.x ms, so a line's or an RTP stream's 8 kHz slowly slips against real time (seen live: a
 * loaded machine's FXS line carried a 400 Hz dial tone with a quarter of it missing). Under a virtual clock
 * every run is exactly on time and nothing changes.
 *
 * <p>A run that comes late is followed at once by the runs that fell due meanwhile, so a stream keeps its
 * rate; but a run more than {@link #MAX_CATCH_UP_MILLIS} late (a stall: the machine suspended, the clock set
 * forward) starts the deadlines again from now rather than firing a burst of stale runs. The figure is our
 * choice: 200 ms is 10 frames of 20 ms audio, about what a jitter buffer absorbs; timers of a longer period
 * (lamp blinking, LCP echoes, polls) are then never run twice in a row.
 */
final class PeriodicTimer implements Scheduler.Timer {
    /** How late a run may be and still have the runs due meanwhile made up at once; later, the deadlines restart. */
    static final long MAX_CATCH_UP_MILLIS = 200;

    private final Scheduler scheduler;
    private final long periodMillis;
    private final Runnable task;
    private long deadline;
    private Scheduler.Timer next;
    private volatile boolean cancelled;

    PeriodicTimer(Scheduler scheduler, Duration period, Runnable task) {
        this.scheduler = scheduler;
        this.periodMillis = period.toMillis();
        this.task = task;
        if (periodMillis <= 0) {
            throw new IllegalArgumentException("period must be at least 1 ms: " + period);
        }
    }

    PeriodicTimer start() {
        deadline = scheduler.clock().millis() + periodMillis;
        next = scheduler.schedule(Duration.ofMillis(periodMillis), this::fire);
        return this;
    }

    private void fire() {
        if (cancelled) {
            return;
        }
        long now = scheduler.clock().millis();
        if (now - deadline > MAX_CATCH_UP_MILLIS) {
            deadline = now; // a stall: start the deadlines again from now
        }
        deadline += periodMillis;
        next = scheduler.schedule(Duration.ofMillis(Math.max(0, deadline - now)), this::fire);
        task.run();
    }

    @Override
    public void cancel() {
        cancelled = true;
        Scheduler.Timer n = next;
        if (n != null) {
            n.cancel();
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }
}
