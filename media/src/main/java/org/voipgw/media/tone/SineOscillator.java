package org.voipgw.media.tone;

import org.voipgw.media.level.Dbm0;
import org.voipgw.media.level.Gain;

/**
 * A phase-continuous sine at a frequency and a level in dBm0 (0 dBm0 as {@link Dbm0} derives it from
 * ITU-T G.711). Phase continuity matters: a tone written 20 ms at a time must not click at each packet.
 */
public final class SineOscillator {
    private final double step;
    private final double peak;
    private double phase;

    public SineOscillator(double hz, double dbm0) {
        if (!(hz > 0 && hz < Goertzel.SAMPLE_RATE / 2.0)) {
            throw new IllegalArgumentException("周波数は 1〜3999 Hz で指定してください (frequency must be below 4000 Hz, got " + hz + ")");
        }
        if (!(dbm0 <= Dbm0.T_MAX_DBM0)) {
            throw new IllegalArgumentException("level must be at most +3.17 dBm0 (G.711 overload), got " + dbm0);
        }
        this.step = 2 * Math.PI * hz / Goertzel.SAMPLE_RATE;
        this.peak = Dbm0.sinePeak(dbm0);
    }

    /** The next sample. */
    public double next() {
        double v = peak * Math.sin(phase);
        phase += step;
        if (phase > 2 * Math.PI) {
            phase -= 2 * Math.PI;
        }
        return v;
    }

    /** Writes {@code len} samples from {@code off}. */
    public void fill(short[] out, int off, int len) {
        for (int i = off; i < off + len; i++) {
            out[i] = Gain.saturate(Math.round(next()));
        }
    }

    /** Adds {@code len} samples into {@code out} from {@code off} (for mixing two tones), saturating. */
    public void add(short[] out, int off, int len) {
        for (int i = off; i < off + len; i++) {
            out[i] = Gain.saturate(Math.round(out[i] + next()));
        }
    }

    /** {@code ms} milliseconds of this sine. */
    public short[] render(int ms) {
        short[] out = new short[ms * Goertzel.SAMPLE_RATE / 1000];
        fill(out, 0, out.length);
        return out;
    }
}
