package org.voipgw.media.dtmf;

import java.util.Random;
import org.voipgw.media.level.Dbm0;
import org.voipgw.media.level.Gain;

/**
 * Speech-like and music-like test material for talk-off: generated here, so the tests need no recordings.
 * Vowels: a glottal pulse train (with jitter and vibrato, and the source's −6 dB/octave tilt) through three formant resonators, for the five
 * Japanese vowels over voice pitches 80–300 Hz. Music: notes of a 12-tone scale with random harmonics, single
 * or in chords, 100–500 ms long.
 */
final class TalkOffMaterial {
    /** F1, F2, F3 (Hz) of あ い う え お, typical adult values. */
    private static final double[][] FORMANTS = {
        {800, 1200, 2500}, {300, 2300, 3000}, {350, 1300, 2500}, {500, 1900, 2500}, {500, 900, 2500},
    };

    private TalkOffMaterial() {
    }

    /** About 67 s of vowels: every vowel at every pitch from 80 to 300 Hz in 5 Hz steps, 300 ms each, at −15 dBm0. */
    static short[] vowels(long seed) {
        Random rnd = new Random(seed);
        int seg = 2400;
        int count = 0;
        for (double f0 = 80; f0 <= 300; f0 += 5) {
            count += FORMANTS.length;
        }
        double[] out = new double[count * seg];
        int pos = 0;
        for (double f0 = 80; f0 <= 300; f0 += 5) {
            for (double[] formants : FORMANTS) {
                double[] pulse = new double[seg];
                double phase = 0;
                for (int i = 0; i < seg; i++) {
                    double f = f0 * (1 + 0.02 * Math.sin(2 * Math.PI * 5 * i / 8000.0)) * (1 + 0.01 * rnd.nextGaussian());
                    phase += f / 8000;
                    if (phase >= 1) {
                        phase -= 1;
                        pulse[i] = 1;
                    }
                }
                // glottal flow falls 12 dB/octave, lip radiation lifts 6 dB/octave: a net −6 dB/octave tilt
                double[] v = tilt(pulse);
                for (int k = 0; k < 3; k++) {
                    v = resonate(v, formants[k], 60 + 40 * k);
                }
                System.arraycopy(v, 0, out, pos, seg);
                pos += seg;
            }
        }
        return normalise(out, -15, seg);
    }

    /** {@code seconds} of music-like notes and chords at −15 dBm0. */
    static short[] music(long seed, int seconds) {
        Random rnd = new Random(seed);
        double[] out = new double[seconds * 8000];
        int pos = 0;
        while (pos < out.length) {
            int len = Math.min(800 + rnd.nextInt(3200), out.length - pos);
            int notes = 1 + rnd.nextInt(3);
            for (int n = 0; n < notes; n++) {
                double f0 = 110 * Math.pow(2, rnd.nextInt(37) / 12.0);
                int partials = 1 + rnd.nextInt(6);
                for (int h = 1; h <= partials && f0 * h < 3800; h++) {
                    double a = rnd.nextDouble() / h;
                    double ph = rnd.nextDouble() * 2 * Math.PI;
                    for (int i = 0; i < len; i++) {
                        double env = Math.min(1, i / 80.0) * Math.exp(-3.0 * i / len);
                        out[pos + i] += a * env * Math.sin(2 * Math.PI * f0 * h * i / 8000 + ph);
                    }
                }
            }
            pos += len;
        }
        return normalise(out, -15, 4000);
    }

    private static double[] tilt(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] + 0.9 * (i > 0 ? y[i - 1] : 0);
        }
        return y;
    }

    private static double[] resonate(double[] x, double hz, double bandwidth) {
        double r = Math.exp(-Math.PI * bandwidth / 8000);
        double a1 = 2 * r * Math.cos(2 * Math.PI * hz / 8000);
        double a2 = -r * r;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] + a1 * (i > 0 ? y[i - 1] : 0) + a2 * (i > 1 ? y[i - 2] : 0);
        }
        return y;
    }

    /** Scales each segment of {@code seg} samples to {@code dbm0}. */
    private static short[] normalise(double[] x, double dbm0, int seg) {
        short[] out = new short[x.length];
        double target = Dbm0.ZERO_DBM0_RMS * Math.pow(10, dbm0 / 20);
        for (int s = 0; s < x.length; s += seg) {
            int end = Math.min(x.length, s + seg);
            double sum = 0;
            for (int i = s; i < end; i++) {
                sum += x[i] * x[i];
            }
            double k = sum == 0 ? 0 : target / Math.sqrt(sum / (end - s));
            for (int i = s; i < end; i++) {
                out[i] = Gain.saturate(Math.round(x[i] * k));
            }
        }
        return out;
    }
}
