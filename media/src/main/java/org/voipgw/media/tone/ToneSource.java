package org.voipgw.media.tone;

import org.voipgw.media.level.Dbm0;
import org.voipgw.media.level.Gain;

/**
 * Plays one {@link CallProgressTone} as a stream of samples: its cadence counted in samples from the start
 * (so 20 ms packets and one long buffer give the same audio), the carrier phase-continuous, and the
 * modulation an amplitude modulation (1 + m·sin 2πf<sub>m</sub>t)·sin 2πf<sub>c</sub>t scaled so the average
 * power is the tone's level.
 */
public final class ToneSource {
    private final CallProgressTone tone;
    private final double peak;
    private final double carrierStep;
    private final double modulationStep;
    private final long onSamples;
    private final long periodSamples;
    private long position;

    ToneSource(CallProgressTone tone) {
        this.tone = tone;
        double m = tone.modulationDepth();
        // mean power of the AM signal is (A²/2)(1 + m²/2): scale A so it equals the sine's at the level
        this.peak = Dbm0.sinePeak(CallProgressTone.LEVEL_DBM0) / Math.sqrt(1 + m * m / 2);
        this.carrierStep = 2 * Math.PI * tone.hz() / Goertzel.SAMPLE_RATE;
        this.modulationStep = 2 * Math.PI * tone.modulationHz() / Goertzel.SAMPLE_RATE;
        this.onSamples = (long) tone.onMs() * Goertzel.SAMPLE_RATE / 1000;
        this.periodSamples = (long) (tone.onMs() + tone.offMs()) * Goertzel.SAMPLE_RATE / 1000;
    }

    public CallProgressTone tone() {
        return tone;
    }

    /** Writes the next {@code len} samples into {@code out} from {@code off}. */
    public void fill(short[] out, int off, int len) {
        double m = tone.modulationDepth();
        for (int i = off; i < off + len; i++, position++) {
            boolean on = tone.continuous() || position % periodSamples < onSamples;
            if (!on) {
                out[i] = 0;
                continue;
            }
            double envelope = 1 + m * Math.sin(modulationStep * position);
            out[i] = Gain.saturate(Math.round(peak * envelope * Math.sin(carrierStep * (position % Goertzel.SAMPLE_RATE))));
        }
    }

    /** The next {@code ms} milliseconds. */
    public short[] render(int ms) {
        short[] out = new short[ms * Goertzel.SAMPLE_RATE / 1000];
        fill(out, 0, out.length);
        return out;
    }
}
