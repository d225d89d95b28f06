package org.voipgw.hal.line;

/**
 * The PCM format of a line: 8,000 samples per second (ITU-T G.711 §1, the 8 kHz sampling of the
 * telephone channel), linear 16-bit, exchanged in 20 ms frames (160 samples) — the packetisation the
 * call path uses end to end (ptime 20, issue 10), so one frame in equals one RTP payload out.
 */
public final class Pcm {
    /** Samples per second (ITU-T G.711 §1). */
    public static final int SAMPLE_RATE = 8000;
    /** One frame lasts 20 ms (our choice, matching the call path's ptime 20). */
    public static final int FRAME_MILLIS = 20;
    /** Samples in one frame: 8,000 × 0.020. */
    public static final int FRAME_SAMPLES = SAMPLE_RATE * FRAME_MILLIS / 1000;

    private Pcm() {
    }

    /** A frame of silence. */
    public static short[] silentFrame() {
        return new short[FRAME_SAMPLES];
    }

    /** Refuses a frame of the wrong size with a message saying what is valid. */
    public static short[] checkFrame(short[] frame) {
        if (frame == null || frame.length != FRAME_SAMPLES) {
            throw new IllegalArgumentException("a PCM frame must hold " + FRAME_SAMPLES + " samples (20 ms at 8 kHz), got "
                    + (frame == null ? "none" : frame.length));
        }
        return frame;
    }
}
