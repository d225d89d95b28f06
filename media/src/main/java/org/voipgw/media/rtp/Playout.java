package org.voipgw.media.rtp;

import java.time.Duration;
import java.util.function.Consumer;
import org.voipgw.hal.time.Scheduler;

/**
 * The 20 ms media clock of one call's receive side: on every tick of the device scheduler it takes
 * one 160-sample frame from the {@link JitterBuffer} and hands it to the B channel (or whatever
 * plays it). Being on the scheduler, it runs on virtual time in scenarios and tests.
 *
 * <p>The consumer gets the same array every tick (no garbage at 50 frames/s × 23 calls); it must
 * copy what it keeps.
 */
public final class Playout {
    /** 160 samples at 8000 Hz. */
    public static final Duration TICK = Duration.ofMillis(20);

    private final JitterBuffer buffer;
    private final Consumer<short[]> sink;
    private final short[] frame = new short[JitterBuffer.FRAME];
    private Scheduler.Timer timer;

    public Playout(JitterBuffer buffer, Consumer<short[]> sink) {
        this.buffer = buffer;
        this.sink = sink;
    }

    public void start(Scheduler scheduler) {
        if (timer != null) {
            throw new IllegalStateException("playout already started");
        }
        timer = scheduler.every(TICK, this::tick);
    }

    private void tick() {
        buffer.take(frame);
        sink.accept(frame);
    }

    public void stop() {
        if (timer != null) {
            timer.cancel();
        }
    }
}
