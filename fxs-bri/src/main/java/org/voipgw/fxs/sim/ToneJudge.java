package org.voipgw.fxs.sim;

/**
 * Judges recorded audio the way {@code expect tone phone N …} asks (implemented with the {@code media}
 * module's tone analyser by {@link AnalyserToneJudge}: frequency within ±2 %, 16 Hz modulation and Japanese cadences).
 */
@FunctionalInterface
public interface ToneJudge {
    /**
     * @param heard the last {@link PhoneWords#TONE_WINDOW} of what the phone heard, 8 kHz
     * @param expected {@code dial}, {@code ringback}, {@code busy}, {@code silence} or a frequency in Hz
     */
    boolean matches(short[] heard, String expected);
}
