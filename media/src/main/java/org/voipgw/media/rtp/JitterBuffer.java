package org.voipgw.media.rtp;

import java.util.Arrays;

/**
 * The receive jitter buffer of one call: packets go in as they arrive, and one 160-sample frame
 * (20 ms at 8 kHz) comes out on every tick of the 20 ms media clock.
 *
 * <h2>Playout delay: fixed</h2>
 * We chose a fixed buffer: the first frame of a stream is held for {@link #PREFILL_FRAMES} ticks,
 * so it plays 40–60 ms after it arrived (depending on where it fell between two ticks). Fixed, not
 * adaptive, because the box talks to one carrier network whose jitter is small and stable; a
 * fixed delay is predictable for echo cancelling on the PBX side and simple to test. The delay is
 * re-established at every talkspurt start (marker bit) that finds the buffer empty, which also
 * takes up clock drift between the far end and us.
 *
 * <h2>Storage</h2>
 * A ring of {@link #CAPACITY} samples (1.024 s) indexed by RTP timestamp, with a flag per sample,
 * so any packet size (10, 20, 30 ms …) and reordering within the ring fit without bookkeeping.
 * Packets older than the playout point are counted late and dropped; packets beyond the ring, or
 * more than the ring behind (the sender restarted), re-anchor the stream.
 *
 * <h2>Loss concealment</h2>
 * Repeat-with-attenuation, modelled on ITU-T G.711 Appendix I's schedule: a lost frame is filled
 * by repeating the last good 20 ms, at full level for the first 10 ms of the erasure, then fading
 * (Appendix I attenuates after the first 10 ms and is silent at 60 ms; we fade linearly, 20 % per
 * 10 ms, which meets both), silent from 60 ms on. (Appendix I also repeats by pitch period and overlaps
 * the edges; we repeat whole frames — our simplification, cheaper and good enough for voice.)
 */
public final class JitterBuffer {
    /** 20 ms at 8000 Hz. */
    public static final int FRAME = 160;
    /** Ticks of silence before the first frame: 2 → 40–60 ms playout delay. */
    public static final int PREFILL_FRAMES = 2;
    /** Ring size in samples: a power of two so 32-bit timestamp wrap maps onto it evenly. */
    public static final int CAPACITY = 8192;
    private static final int MASK = CAPACITY - 1;
    /** Appendix I: full level for the first 10 ms (80 samples) of an erasure. */
    private static final int FULL_LEVEL_SAMPLES = 80;
    /** Appendix I: silent after 60 ms (480 samples). */
    private static final int SILENT_AFTER_SAMPLES = 480;

    private final short[] ring = new short[CAPACITY];
    private final boolean[] present = new boolean[CAPACITY];
    private final short[] lastGood = new short[FRAME];
    private int stored;
    private boolean anchored;
    private long playout;
    private int prefill;
    private int erasureSamples;
    private boolean haveGood;

    private long framesPlayed;
    private long framesConcealed;
    private long framesSilent;
    private long latePackets;
    private long resyncs;

    /**
     * Puts {@code count} samples that start at RTP timestamp {@code timestamp}. {@code marker}
     * is the RTP marker bit (a talkspurt starts).
     */
    public void put(long timestamp, short[] pcm, int count, boolean marker) {
        if (count < 0 || count > pcm.length || count > CAPACITY / 2) {
            throw new IllegalArgumentException("a packet holds 0-" + Math.min(pcm.length, CAPACITY / 2)
                    + " samples here, not " + count);
        }
        timestamp &= 0xFFFF_FFFFL;
        if (!anchored || (marker && stored == 0)) {
            anchor(timestamp);
        }
        int offset = (int) (timestamp - playout);
        if (offset < -CAPACITY || offset + count > CAPACITY) {
            resyncs++;
            anchor(timestamp);
            offset = 0;
        } else if (offset < 0) {
            latePackets++;
            return;
        }
        for (int i = 0; i < count; i++) {
            int at = (int) ((timestamp + i) & MASK);
            ring[at] = pcm[i];
            if (!present[at]) {
                present[at] = true;
                stored++;
            }
        }
    }

    private void anchor(long timestamp) {
        if (anchored) {
            Arrays.fill(present, false);
            stored = 0;
        }
        anchored = true;
        playout = timestamp;
        prefill = PREFILL_FRAMES;
    }

    /** The next 20 ms to play, into {@code out[0..160)}; call once per 20 ms tick. */
    public void take(short[] out) {
        if (!anchored || prefill > 0) {
            if (anchored) {
                prefill--;
            }
            Arrays.fill(out, 0, FRAME, (short) 0);
            framesSilent++;
            return;
        }
        int missing = 0;
        for (int i = 0; i < FRAME; i++) {
            int at = (int) ((playout + i) & MASK);
            if (present[at]) {
                out[i] = ring[at];
                present[at] = false;
                stored--;
            } else {
                missing++;
                out[i] = concealed(i);
            }
        }
        playout = (playout + FRAME) & 0xFFFF_FFFFL;
        if (missing == 0) {
            System.arraycopy(out, 0, lastGood, 0, FRAME);
            haveGood = true;
            erasureSamples = 0;
            framesPlayed++;
        } else {
            erasureSamples += FRAME;
            framesConcealed++;
        }
    }

    /** Sample {@code i} of a lost frame: the last good frame repeated, faded per Appendix I. */
    private short concealed(int i) {
        if (!haveGood) {
            return 0;
        }
        int t = erasureSamples + i; // samples into the erasure
        if (t >= SILENT_AFTER_SAMPLES) {
            return 0;
        }
        // 20 % per 10 ms (80 samples) after the first 10 ms: gain = 1 - (t - 80) / 400
        int fade = Math.max(0, t - FULL_LEVEL_SAMPLES);
        int gainPer400 = 400 - fade;
        return (short) (lastGood[i] * gainPer400 / 400);
    }

    /** Frames played from received audio. */
    public long framesPlayed() {
        return framesPlayed;
    }

    /** Frames (wholly or partly) filled by concealment. */
    public long framesConcealed() {
        return framesConcealed;
    }

    /** Ticks that played silence because no stream had started or the buffer was filling. */
    public long framesSilent() {
        return framesSilent;
    }

    public long latePackets() {
        return latePackets;
    }

    public long resyncs() {
        return resyncs;
    }

    /** Samples waiting to be played. */
    public int bufferedSamples() {
        return stored;
    }
}
