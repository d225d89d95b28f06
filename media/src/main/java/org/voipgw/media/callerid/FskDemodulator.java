package org.voipgw.media.callerid;

import java.io.ByteArrayOutputStream;
import org.voipgw.media.level.Dbm0;
import org.voipgw.media.tone.Goertzel;

/**
 * Receives the V.23-style FSK of {@link FskModulator} (1200 bit/s, mark 1300 Hz, space 2100 Hz) and its
 * asynchronous characters (start bit, eight bits LSB first, stop bit) — what a Number Display phone does, so
 * the simulated phones of scenarios read caller ID from the line's audio rather than from our own objects.
 *
 * <p>Each sample, the power at each frequency over the last {@link #WINDOW} samples (about one bit) is
 * compared: the larger one is the bit. A start bit is a mark→space edge while a carrier is present (power at
 * {@link #MIN_LEVEL_DBM0} or more); each bit is then sampled at its middle on the 1200 bit/s grid from that edge,
 * and a character counts only when its stop bit is a mark (a framing error drops it and resynchronises).
 */
public final class FskDemodulator {
    /** Correlation window: 7 samples ≈ 0.84 bit. */
    static final int WINDOW = 7;
    /** Carrier threshold (chosen: as spandsp's receiver, −30 dBm0 less a margin). */
    public static final double MIN_LEVEL_DBM0 = -35;

    private static final double SAMPLES_PER_BIT = (double) Goertzel.SAMPLE_RATE / FskModulator.BIT_RATE;
    private final Correlator mark = new Correlator(FskModulator.MARK_HZ);
    private final Correlator space = new Correlator(FskModulator.SPACE_HZ);
    private final double[] energyRing = new double[WINDOW];
    private double energy;
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
        double m = mark.push(s, n);
        double sp = space.push(s, n);
        int slot = (int) (n % WINDOW);
        energy += (double) s * s - energyRing[slot];
        energyRing[slot] = (double) s * s;
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

    /** The power at one frequency over the last {@link #WINDOW} samples, by a sliding complex correlation. */
    private static final class Correlator {
        private final double omega;
        private final double[] re = new double[WINDOW];
        private final double[] im = new double[WINDOW];
        private double sumRe;
        private double sumIm;

        Correlator(double hz) {
            this.omega = 2 * Math.PI * hz / Goertzel.SAMPLE_RATE;
        }

        double push(short s, long n) {
            int slot = (int) (n % WINDOW);
            double phase = omega * (n % Goertzel.SAMPLE_RATE);
            double r = s * Math.cos(phase);
            double i = -s * Math.sin(phase);
            sumRe += r - re[slot];
            sumIm += i - im[slot];
            re[slot] = r;
            im[slot] = i;
            return sumRe * sumRe + sumIm * sumIm;
        }
    }
}
