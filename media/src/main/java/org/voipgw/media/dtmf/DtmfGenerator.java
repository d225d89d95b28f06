package org.voipgw.media.dtmf;

import org.voipgw.media.tone.Goertzel;
import org.voipgw.media.tone.SineOscillator;

/**
 * Makes DTMF audio: each key's two sines for a tone time, then a pause.
 *
 * <p>Defaults are chosen to sit well inside 事業用電気通信設備規則 別表第3号 (the receiving exchange's
 * conditions: tone ≥ 50 ms, pause ≥ 30 ms, cycle ≥ 120 ms, the two frequencies within 5 dB of each other
 * with the low group never above the high group): 100 ms tone, 100 ms pause, low group −9 dBm0, high group
 * −7 dBm0.
 *
 * @param toneMs    tone duration per key
 * @param pauseMs   pause after each key
 * @param lowDbm0   level of the low-group sine
 * @param highDbm0  level of the high-group sine
 */
public record DtmfGenerator(int toneMs, int pauseMs, double lowDbm0, double highDbm0) {
    /** The chosen defaults (see class comment). */
    public static final DtmfGenerator DEFAULT = new DtmfGenerator(100, 100, -9, -7);

    public DtmfGenerator {
        if (toneMs <= 0 || pauseMs < 0) {
            throw new IllegalArgumentException("tone time must be positive and pause not negative, got " + toneMs + "/" + pauseMs + " ms");
        }
    }

    /** Audio for a string of keys, e.g. "0312345678#". */
    public short[] render(String keys) {
        int per = (toneMs + pauseMs) * Goertzel.SAMPLE_RATE / 1000;
        short[] out = new short[per * keys.length()];
        for (int i = 0; i < keys.length(); i++) {
            DtmfKey k = DtmfKey.of(keys.charAt(i));
            renderPair(out, i * per, toneMs * Goertzel.SAMPLE_RATE / 1000, k.lowHz(), k.highHz(), lowDbm0, highDbm0);
        }
        return out;
    }

    /** Writes {@code samples} of the two sines {@code lowHz}+{@code highHz} at the given levels into {@code out}. */
    public static void renderPair(short[] out, int off, int samples, double lowHz, double highHz, double lowDbm0, double highDbm0) {
        new SineOscillator(lowHz, lowDbm0).fill(out, off, samples);
        new SineOscillator(highHz, highDbm0).add(out, off, samples);
    }
}
