package org.voipgw.media.echo;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.voipgw.media.level.Dbm0;
import org.voipgw.media.level.Gain;

/** The canceller against a simulated hybrid: a delayed, decaying random echo path with a set echo return loss. */
class EchoCancellerTest {

    /** Speech-like far-end signal: noise through a 1 kHz-ish resonance, with a 3 Hz syllabic envelope, around {@code dbm0}. */
    private static short[] talker(long seed, int samples, double dbm0) {
        Random rnd = new Random(seed);
        double sigma = Dbm0.ZERO_DBM0_RMS * Math.pow(10, dbm0 / 20);
        short[] out = new short[samples];
        double y1 = 0;
        double y2 = 0;
        double r = 0.95;
        double a1 = 2 * r * Math.cos(2 * Math.PI * 900 / 8000);
        for (int i = 0; i < samples; i++) {
            double y = rnd.nextGaussian() + a1 * y1 - r * r * y2;
            y2 = y1;
            y1 = y;
            double envelope = 0.6 + 0.4 * Math.sin(2 * Math.PI * 3 * i / 8000.0);
            out[i] = Gain.saturate(Math.round(y * 0.12 * sigma * envelope));
        }
        return out;
    }

    /** A hybrid: {@code delay} samples of flat delay, then a random decaying response of {@code length} taps, scaled to {@code erlDb}. */
    private static double[] echoPath(long seed, int delay, int length, double erlDb) {
        Random rnd = new Random(seed);
        double[] h = new double[delay + length];
        double energy = 0;
        for (int i = 0; i < length; i++) {
            h[delay + i] = rnd.nextGaussian() * Math.exp(-i / (length / 5.0));
            energy += h[delay + i] * h[delay + i];
        }
        double k = Math.pow(10, -erlDb / 20) / Math.sqrt(energy);
        for (int i = 0; i < h.length; i++) {
            h[i] *= k;
        }
        return h;
    }

    private static short[] convolve(short[] x, double[] h, short[] near) {
        short[] y = new short[x.length];
        for (int n = 0; n < x.length; n++) {
            double s = near == null ? 0 : near[n];
            for (int k = 0; k < h.length && k <= n; k++) {
                s += h[k] * x[n - k];
            }
            y[n] = Gain.saturate(Math.round(s));
        }
        return y;
    }

    private static double erle(short[] sin, short[] sout, int from, int to) {
        double in = 0;
        double out = 0;
        for (int i = from; i < to; i++) {
            in += (double) sin[i] * sin[i];
            out += (double) sout[i] * sout[i];
        }
        return 10 * Math.log10(in / out);
    }

    @Test
    void convergesToMoreThanTwentyDecibelsOfErle() {
        int n = 6 * 8000;
        short[] rin = talker(1, n, -15);
        short[] noise = talker(2, n, -70);
        for (int[] path : new int[][] {{40, 120}, {240, 200}}) {
            short[] sin = convolve(rin, echoPath(3, path[0], path[1], 10), noise);
            short[] sout = new short[n];
            EchoCanceller ec = new EchoCanceller();
            ec.cancel(rin, sin, sout, n);
            double afterHalf = erle(sin, sout, 4000, 8000);
            double converged = erle(sin, sout, 3 * 8000, n);
            System.out.printf("echo canceller, path %d ms delay + %d ms response, ERL 10 dB: ERLE %.1f dB at 0.5-1 s, %.1f dB after 3 s%n",
                    path[0] / 8, path[1] / 8, afterHalf, converged);
            assertTrue(converged >= 20, "ERLE after convergence " + converged + " dB");
        }
    }

    @Test
    void doubleTalkDoesNotUndoTheConvergence() {
        int n = 8 * 8000;
        short[] rin = talker(4, n, -15);
        short[] near = talker(5, n, -15);
        // the near end talks from 3 s to 4.5 s only
        for (int i = 0; i < n; i++) {
            if (i < 3 * 8000 || i >= 4.5 * 8000) {
                near[i] = (short) (near[i] / 3000);
            }
        }
        double[] h = echoPath(6, 40, 120, 10);
        short[] echoOnly = convolve(rin, h, null);
        short[] sin = convolve(rin, h, near);
        short[] sout = new short[n];
        new EchoCanceller().cancel(rin, sin, sout, n);
        // residual echo while the near end talks: S_out minus the near voice
        short[] residual = new short[n];
        for (int i = 0; i < n; i++) {
            residual[i] = (short) (sout[i] - near[i]);
        }
        double during = erle(echoOnly, residual, (int) (3.2 * 8000), (int) (4.5 * 8000));
        double after = erle(sin, sout, 5 * 8000, n);
        System.out.printf("echo canceller, double talk 3-4.5 s: ERLE %.1f dB during, %.1f dB after%n", during, after);
        assertTrue(during >= 15, "double talk must not make the filter diverge: " + during + " dB");
        assertTrue(after >= 20, "after double talk: " + after + " dB");
    }

    @Test
    void aChangedEchoPathIsLearntAgain() {
        int n = 9 * 8000;
        short[] rin = talker(10, n, -15);
        short[] noise = talker(11, n, -70);
        short[] before = convolve(rin, echoPath(12, 40, 120, 10), noise);
        short[] after = convolve(rin, echoPath(13, 160, 120, 8), noise);
        short[] sin = new short[n];
        for (int i = 0; i < n; i++) {
            sin[i] = i < 3 * 8000 ? before[i] : after[i];
        }
        short[] sout = new short[n];
        new EchoCanceller().cancel(rin, sin, sout, n);
        double relearnt = erle(sin, sout, 7 * 8000, n);
        System.out.printf("echo canceller, echo path changed at 3 s: ERLE %.1f dB at 7-9 s%n", relearnt);
        assertTrue(relearnt >= 20, "after a path change: " + relearnt + " dB");
    }

    @Test
    void anEchoBeyondTheTailIsNotCancelled() {
        int n = 5 * 8000;
        short[] rin = talker(7, n, -15);
        short[] sin = convolve(rin, echoPath(8, 80 * 8, 80, 10), talker(9, n, -70));
        short[] sout = new short[n];
        new EchoCanceller().cancel(rin, sin, sout, n);
        double erle = erle(sin, sout, 3 * 8000, n);
        System.out.printf("echo canceller, echo at 80 ms (beyond the 64 ms tail): ERLE %.1f dB%n", erle);
        assertTrue(erle < 6, "a 64 ms tail cannot reach an 80 ms echo: " + erle);
    }

    @Test
    void badTailsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EchoCanceller(0));
        assertThrows(IllegalArgumentException.class, () -> new EchoCanceller(256));
    }
}
