package org.voipgw.hal.time;

import java.time.Duration;

/** A task re-armed after each run; built on one-shot timers so every scheduler gets it for free. */
final class PeriodicTimer implements Scheduler.Timer {
    private final Scheduler scheduler;
    private final Duration period;
    private final Runnable task;
    private Scheduler.Timer next;
    private volatile boolean cancelled;

    PeriodicTimer(Scheduler scheduler, Duration period, Runnable task) {
        this.scheduler = scheduler;
        this.period = period;
        this.task = task;
    }

    PeriodicTimer start() {
        next = scheduler.schedule(period, this::fire);
        return this;
    }

    private void fire() {
        if (cancelled) {
            return;
        }
        next = scheduler.schedule(period, this::fire);
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
