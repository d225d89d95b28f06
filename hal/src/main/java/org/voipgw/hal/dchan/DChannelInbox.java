package org.voipgw.hal.dchan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.voipgw.hal.time.Scheduler;

/**
 * The hand-over from a transport's I/O thread to the device's event loop: received frames and
 * layer-1 signal changes. Frames wait in a bounded queue; at most one drain task is pending on the
 * loop at a time and it delivers at most {@link #BATCH} frames before yielding, so a peer flooding
 * frames costs a fixed amount of memory (the rest are dropped and counted) and timers and other
 * events still run between batches.
 */
public final class DChannelInbox {
    /**
     * Frames that may wait for the loop. Chosen: a PRI link has at most k = 7 unacknowledged I frames
     * (Q.921 §5.9.5) plus a few supervisory frames in flight; a passive bus eight terminals' worth.
     * 128 is well above both and bounds memory at 128 × 264 octets.
     */
    public static final int DEFAULT_CAPACITY = 128;

    /** Frames delivered per event-loop task before other events get their turn. Chosen. */
    static final int BATCH = 16;

    private final Scheduler loop;
    private final DChannelCounters counters;
    private final ArrayBlockingQueue<byte[]> queue;
    private final AtomicBoolean drainPending = new AtomicBoolean();
    private final List<Consumer<Boolean>> signalListeners = new ArrayList<>();
    private Consumer<byte[]> receiver = f -> { };
    private volatile boolean signal;

    public DChannelInbox(Scheduler loop, DChannelCounters counters, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.loop = loop;
        this.counters = counters;
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    public DChannelInbox(Scheduler loop, DChannelCounters counters) {
        this(loop, counters, DEFAULT_CAPACITY);
    }

    /**
     * A frame from the line (any thread). Frames longer than {@link DChannel#MAX_FRAME_OCTETS} are
     * dropped and counted as oversize; when the queue is full the frame is dropped and counted.
     *
     * @return whether the frame was queued
     */
    public boolean offer(byte[] frame) {
        if (frame.length > DChannel.MAX_FRAME_OCTETS) {
            counters.oversize();
            return false;
        }
        if (!queue.offer(frame)) {
            counters.overflow();
            return false;
        }
        if (drainPending.compareAndSet(false, true)) {
            loop.execute(this::drain);
        }
        return true;
    }

    /** The layer-1 signal appeared or was lost (any thread); listeners are told on the loop. */
    public void signal(boolean present) {
        loop.execute(() -> {
            if (present != signal) {
                signal = present;
                signalListeners.forEach(l -> l.accept(present));
            }
        });
    }

    /** The signal as last reported on the loop. */
    public boolean signal() {
        return signal;
    }

    public void onReceive(Consumer<byte[]> r) {
        receiver = r;
    }

    public void onSignal(Consumer<Boolean> listener) {
        signalListeners.add(listener);
    }

    /** Frames waiting for the loop. */
    public int waiting() {
        return queue.size();
    }

    private void drain() {
        for (int i = 0; i < BATCH; i++) {
            byte[] f = queue.poll();
            if (f == null) {
                break;
            }
            counters.received();
            receiver.accept(f);
        }
        drainPending.set(false);
        // a frame offered between the last poll and the reset above saw a drain pending: re-check
        if (!queue.isEmpty() && drainPending.compareAndSet(false, true)) {
            loop.execute(this::drain);
        }
    }
}
