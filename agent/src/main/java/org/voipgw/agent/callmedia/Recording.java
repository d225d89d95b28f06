package org.voipgw.agent.callmedia;

import java.util.Arrays;
import org.voipgw.hal.time.Clock;

/**
 * What one end of a simulated call heard, on the scenario clock: the last {@link #SECONDS} s, with the time
 * nothing arrived filled with silence (so a cadence's off-time is there to be measured), and — when asked
 * for, e.g. {@code scenario run --audio} — everything from the start.
 */
public final class Recording {
    /** Enough for the longest judgement (ringback: two 3 s cycles) with a margin. */
    public static final int SECONDS = 8;
    private static final int RATE = 8000;
    private static final int FRAME = 160;

    private final Clock clock;
    private final short[] ring = new short[SECONDS * RATE];
    private int head;
    private long samples;
    private long lastMillis = -1;
    private long nextAtMillis = -1;
    private short[] all;
    private int allLength;

    public Recording(Clock clock) {
        this.clock = clock;
    }

    /** Keep everything from now on (for a WAV file). */
    public void keepAll() {
        if (all == null) {
            all = new short[RATE * 10];
        }
    }

    /** One frame heard now. */
    public void add(short[] frame) {
        padToNow(FRAME);
        for (short s : frame) {
            put(s);
        }
        lastMillis = clock.millis();
    }

    /**
     * One frame that started at {@code atMillis} on its sender's own sample clock (a line's PCM highway): silence
     * fills only a real gap in that clock since the previous such frame (the PCM stopped, then started again),
     * never how late the frame was delivered. Under a real-time scheduler frames come a little late, some at once
     * to catch up; filling by arrival time would cut silence into a continuous signal, such as the caller-ID
     * FSK a decoder must read bit by bit.
     */
    public void add(long atMillis, short[] frame) {
        if (nextAtMillis >= 0 && atMillis > nextAtMillis) {
            long gap = (atMillis - nextAtMillis) * RATE / 1000;
            for (long i = 0; i < Math.min(gap, ring.length); i++) {
                put((short) 0);
            }
        }
        for (short s : frame) {
            put(s);
        }
        nextAtMillis = atMillis + (long) frame.length * 1000 / RATE;
        lastMillis = clock.millis();
    }

    /** The last {@code ms} of what was heard, up to now (silence where nothing came). */
    public short[] last(int ms) {
        padToNow(0);
        int n = (int) Math.min(Math.min(samples, ring.length), (long) ms * RATE / 1000);
        short[] out = new short[n];
        for (int i = 0; i < n; i++) {
            out[i] = ring[Math.floorMod(head - n + i, ring.length)];
        }
        return out;
    }

    /** Everything kept since {@link #keepAll} (empty when not asked for). */
    public short[] all() {
        return all == null ? new short[0] : Arrays.copyOf(all, allLength);
    }

    /** Silence for the time since the last frame, less {@code slack} samples (a frame may be due now). */
    private void padToNow(int slack) {
        long now = clock.millis();
        if (lastMillis < 0) {
            lastMillis = now;
            return;
        }
        long missing = (now - lastMillis) * RATE / 1000 - FRAME - slack;
        for (long i = 0; i < Math.min(missing, ring.length); i++) {
            put((short) 0);
        }
        if (missing > 0) {
            lastMillis = now - (FRAME + slack) * 1000L / RATE;
        }
    }

    private void put(short s) {
        ring[head] = s;
        head = (head + 1) % ring.length;
        samples++;
        if (all != null) {
            if (allLength == all.length) {
                all = Arrays.copyOf(all, all.length * 2);
            }
            all[allLength++] = s;
        }
    }
}
