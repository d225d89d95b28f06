package org.voipgw.media.tone;

import java.util.function.IntToDoubleFunction;

/**
 * The Goertzel algorithm: one DFT coefficient of a block of samples at any frequency (not only a bin
 * centre). Every detector in the media module (tone analyser, DTMF, FAX tones) measures through this one
 * class.
 *
 * <p>{@link #run} returns y = s[N−1] − e<sup>−jω</sup>·s[N−2], which equals e<sup>jω(N−1)</sup>·X(ω): the
 * magnitude is the DFT's, and the phase differs from the DFT's by a term that depends only on ω and N, so
 * phase differences between two blocks of the same length are true phase differences.
 */
public final class Goertzel {
    private final double omega;
    private final double coeff;
    private final double cos;
    private final double sin;

    /** A detector for {@code hz} at the 8 kHz sample rate. */
    public Goertzel(double hz) {
        if (!(hz > 0 && hz < SAMPLE_RATE / 2.0)) {
            throw new IllegalArgumentException("frequency must be between 0 and 4000 Hz, got " + hz);
        }
        this.omega = 2 * Math.PI * hz / SAMPLE_RATE;
        this.cos = Math.cos(omega);
        this.sin = Math.sin(omega);
        this.coeff = 2 * cos;
    }

    /** The sample rate of all media audio. */
    public static final int SAMPLE_RATE = 8000;

    /** The complex coefficient y (see class comment) of {@code len} samples from {@code off}. */
    public Complex run(short[] x, int off, int len) {
        return run(i -> x[i], off, len);
    }

    /** The same for a block of real values (e.g. an envelope). */
    public Complex run(double[] x, int off, int len) {
        return run(i -> x[i], off, len);
    }

    private Complex run(IntToDoubleFunction sample, int off, int len) {
        double s1 = 0;
        double s2 = 0;
        for (int i = off; i < off + len; i++) {
            double s0 = sample.applyAsDouble(i) + coeff * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        return new Complex(s1 - cos * s2, sin * s2);
    }

    /**
     * The squared peak amplitude of a sine at this frequency that would give the measured coefficient:
     * 4|y|²/N². A sine exactly at the frequency, filling the block, gives its own amplitude squared.
     */
    public double amplitudeSquared(short[] x, int off, int len) {
        Complex y = run(x, off, len);
        return 4 * y.normSquared() / ((double) len * len);
    }

    /** One-shot {@link #amplitudeSquared} at {@code hz}. */
    public static double amplitudeSquared(double hz, short[] x, int off, int len) {
        return new Goertzel(hz).amplitudeSquared(x, off, len);
    }

    /** The angular frequency per sample, ω. */
    public double omega() {
        return omega;
    }

    /** A complex number, as the Goertzel filter returns it. */
    public record Complex(double re, double im) {
        public double normSquared() {
            return re * re + im * im;
        }

        public double phase() {
            return Math.atan2(im, re);
        }
    }

    /** Wraps an angle into (−π, π]. */
    public static double wrap(double angle) {
        double a = angle % (2 * Math.PI);
        if (a > Math.PI) {
            a -= 2 * Math.PI;
        } else if (a <= -Math.PI) {
            a += 2 * Math.PI;
        }
        return a;
    }
}
