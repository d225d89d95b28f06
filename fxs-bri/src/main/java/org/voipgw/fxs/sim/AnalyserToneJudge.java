package org.voipgw.fxs.sim;

import org.voipgw.media.tone.ToneExpectation;

/**
 * {@code expect tone phone N …} judged by media's tone analyser ({@link ToneExpectation}: 400 Hz within
 * ±2 %, the 16 Hz modulation, the Japanese cadences within ±20 %), over the last stretch of what the phone
 * heard that the expectation needs (ringback 6 s, busy 2.5 s, the others 1 s).
 */
public final class AnalyserToneJudge implements ToneJudge {
    @Override
    public boolean matches(short[] heard, String expected) {
        ToneExpectation want = ToneExpectation.parse(expected);
        return want.matches(want.judge(heard));
    }

    /** What the phone heard, in words, for a failed expectation (e.g. "busy: 400.0 Hz −19.0 dBm0, on [500] ms …"). */
    public static String describe(short[] heard, String expected) {
        return ToneExpectation.parse(expected).judge(heard).describe();
    }
}
