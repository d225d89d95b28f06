package org.voipgw.media.callerid;

import java.io.ByteArrayOutputStream;
import org.voipgw.media.level.Dbm0;
import org.voipgw.media.tone.Goertzel;

/**
 * Receives the V.23-style FSK of {@link FskModulator} (1200 bit/s, mark 1300 Hz, space 2100 Hz) and its
 * asynchronous characters (start bit, eight bits LSB first, stop bit) — what a Number Display phone does, so
 * the simulated phones of scenarios read caller ID from the line's audio rather than from our own objects.
 *
 * <p>Each sample, the power at each frequency over the last {@link #WINDOW} samples (about one bit, measured
 * with the media module's one {@link Goertzel}) is compared: the larger one is the bit. A start bit is a mark→space edge while a carrier is present (power at
 * {@link #MIN_LEVEL_DBM0} or more); each bit is then sampled at its middle on the 1200 bit/s grid from that edge,
 * and a character counts only when its stop bit is a mark (a framing error drops it and resynchronises).
 */
public final class FskDemodulator {
    /** Correlation window: 7 samples ≈ 0.84 bit. */
    static final int WINDOW = 7;
    /** Carrier threshold (chosen: as spandsp's receiver, −30 dBm0 less a margin). */
    public static final double MIN_LEVEL_DBM0 = -35;

    private static final double SAMPLES_PER_BIT = (double) Goertzel.SAMPLE_RATE / FskModulator.BIT_RATE;
    private static final Goertzel MARK = new Goertzel(FskModulator.MARK_HZ);
    private static final Goertzel SPACE = new Goertzel(FskModulator.SPACE_HZ);
    /** The last {@link #WINDOW} samples, oldest first. */
    private final short[] window = new short[WINDOW];
    private final double minEnergy = WINDOW * Math.pow(Dbm0.ZERO_DBM0_RMS * Math.pow(10, MIN_LEVEL_DBM0 / 20), 2);
    private long n;
    private boolean lastBit = true;
    /** Sample index of the current character's start edge, or −1 when idle. */
    private long start = -1;
    private int bitsTaken;
    private int shift;
    private final ByteArrayOutputStream chars = new ByteArrayOutputStream();

    /** Feeds samples; returns the characters completed during them (8-bit, parity bits as received). */
    public byte[] accept(short[] x, int off, int len) {
        chars.reset();
        for (int i = off; i < off + len; i++) {
            sample(x[i]);
        }
        return chars.toByteArray();
    }

    private void sample(short s) {
        System.arraycopy(window, 1, window, 0, WINDOW - 1);
        window[WINDOW - 1] = s;
        double m = MARK.run(window, 0, WINDOW).normSquared();
        double sp = SPACE.run(window, 0, WINDOW).normSquared();
        double energy = 0;
        for (short v : window) {
            energy += (double) v * v;
        }
        boolean carrier = energy >= minEnergy;
        boolean bit = !carrier || m >= sp;
        if (start < 0) {
            if (carrier && lastBit && !bit) {
                start = n;
                bitsTaken = 0;
                shift = 0;
            }
        } else {
            // bit k (0 = start) is sampled at its middle
            long due = start + Math.round((bitsTaken + 0.5) * SAMPLES_PER_BIT);
            if (n == due) {
                if (bitsTaken == 0 && bit) {
                    start = -1; // a glitch, not a start bit
                } else if (bitsTaken >= 1 && bitsTaken <= 8) {
                    shift |= (bit ? 1 : 0) << (bitsTaken - 1);
                } else if (bitsTaken == 9) {
                    if (bit) {
                        chars.write(shift);
                    }
                    start = -1;
                }
                bitsTaken++;
            }
        }
        lastBit = bit;
        n++;
    }
}
