package org.voipgw.hal.time;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;

/**
 * Virtual time for scenarios and tests: nothing happens until the owner advances the clock, and
 * then every due timer runs in time order (ties in the order they were scheduled), so a run is
 * deterministic and 24 simulated hours take milliseconds. Single-threaded: call it from one thread.
 */
public final class VirtualClock implements Clock, Scheduler {
    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private long now;
    private long sequence;

    public VirtualClock() {
        this(Instant.parse("2026-01-01T00:00:00Z"));
    }

    public VirtualClock(Instant start) {
        this.now = start.toEpochMilli();
    }

    @Override
    public long millis() {
        return now;
    }

    @Override
    public Clock clock() {
        return this;
    }

    @Override
    public Timer schedule(Duration delay, Runnable task) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        Entry e = new Entry(now + delay.toMillis(), sequence++, task);
        queue.add(e);
        return e;
    }

    /** Runs every timer due up to and including {@code target}, then sets the clock to it. */
    public void advanceTo(long targetMillis) {
        if (targetMillis < now) {
            throw new IllegalArgumentException("time cannot go backwards: " + targetMillis + " < " + now);
        }
        while (true) {
            Entry e = queue.peek();
            if (e == null || e.due > targetMillis) {
                break;
            }
            queue.poll();
            if (!e.cancelled) {
                now = e.due;
                e.cancelled = true; // ran: a later cancel() is a no-op
                e.task.run();
            }
        }
        now = targetMillis;
    }

    public void advance(Duration d) {
        advanceTo(now + d.toMillis());
    }

    /** Runs what is due now (tasks posted with {@link #execute}). */
    public void runDue() {
        advanceTo(now);
    }

    /** When the next live timer is due, or -1 when none is pending. */
    public long nextDue() {
        while (!queue.isEmpty() && queue.peek().cancelled) {
            queue.poll();
        }
        return queue.isEmpty() ? -1 : queue.peek().due;
    }

    public int pending() {
        return (int) queue.stream().filter(e -> !e.cancelled).count();
    }

    private static final class Entry implements Timer, Comparable<Entry> {
        final long due;
        final long seq;
        final Runnable task;
        boolean cancelled;

        Entry(long due, long seq, Runnable task) {
            this.due = due;
            this.seq = seq;
            this.task = task;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public int compareTo(Entry o) {
            int c = Long.compare(due, o.due);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }
}
