package org.voipgw.media.tone;

import java.util.Locale;
import java.util.List;

/**
 * What {@link ToneAnalyser} found in a stretch of audio.
 *
 * @param kind            the verdict
 * @param dominantHz      the strongest frequency while the signal was on; NaN when silent
 * @param levelDbm0       the level while on; −∞ when silent
 * @param modulationHz    the frequency of the amplitude modulation found; NaN when none
 * @param modulationDepth the measured modulation depth (0 when none)
 * @param onFraction      the share of the window during which a signal was on
 * @param onRunsMs        durations of the on-periods wholly inside the window
 * @param offRunsMs       durations of the off-periods wholly inside the window
 */
public record ToneReport(Kind kind, double dominantHz, double levelDbm0, double modulationHz, double modulationDepth,
        double onFraction, List<Integer> onRunsMs, List<Integer> offRunsMs) {

    /** The verdicts, the words of {@code expect tone}. */
    public enum Kind {
        SILENCE, DIAL, RINGBACK, BUSY, TONE
    }

    public ToneReport {
        onRunsMs = List.copyOf(onRunsMs);
        offRunsMs = List.copyOf(offRunsMs);
    }

    /** A one-line description for a failed expectation, e.g. "busy: 400.1 Hz −19.0 dBm0, on 500/500 ms, off 500 ms". */
    public String describe() {
        if (kind == Kind.SILENCE) {
            return "silence";
        }
        StringBuilder s = new StringBuilder(kind.name().toLowerCase(Locale.ROOT));
        s.append(String.format(Locale.ROOT, ": %.1f Hz %.1f dBm0", dominantHz, levelDbm0));
        if (!Double.isNaN(modulationHz)) {
            s.append(String.format(Locale.ROOT, ", modulated %.1f Hz (depth %.2f)", modulationHz, modulationDepth));
        }
        if (!onRunsMs.isEmpty() || !offRunsMs.isEmpty()) {
            s.append(", on ").append(onRunsMs).append(" ms, off ").append(offRunsMs).append(" ms");
        } else {
            s.append(String.format(Locale.ROOT, ", on %.0f %% of the time", onFraction * 100));
        }
        return s.toString();
    }
}
