package org.voipgw.media.tone;

import java.util.Locale;

/**
 * One {@code expect tone …} word: {@code dial}, {@code ringback}, {@code busy}, {@code silence} or a frequency
 * in Hz, and whether a {@link ToneReport} meets it. A frequency matches the dominant frequency within ±2 %
 * (issue 10), whatever the cadence; the named tones match by their Japanese cadence ({@link ToneAnalyser}).
 *
 * @param kind the named tone, or {@link ToneReport.Kind#TONE} for a frequency
 * @param hz   the frequency for {@code TONE}, else NaN
 */
public record ToneExpectation(ToneReport.Kind kind, double hz) {
    /** The lowest frequency an expectation may name (chosen: the bottom of the telephone band's usable range). */
    public static final double MIN_HZ = 50;
    /** The highest: 3,900 Hz (chosen: 100 Hz under 8 kHz sampling's 4 kHz Nyquist limit). */
    public static final double MAX_HZ = 3900;

    /** Parses the word of a scenario; a clear error (Japanese and English) for anything else. */
    public static ToneExpectation parse(String word) {
        String w = word == null ? "" : word.trim().toLowerCase(Locale.ROOT);
        switch (w) {
            case "dial":
                return new ToneExpectation(ToneReport.Kind.DIAL, Double.NaN);
            case "ringback":
                return new ToneExpectation(ToneReport.Kind.RINGBACK, Double.NaN);
            case "busy":
                return new ToneExpectation(ToneReport.Kind.BUSY, Double.NaN);
            case "silence":
                return new ToneExpectation(ToneReport.Kind.SILENCE, Double.NaN);
            default:
                break;
        }
        try {
            double hz = Double.parseDouble(w);
            if (hz >= MIN_HZ && hz <= MAX_HZ) {
                return new ToneExpectation(ToneReport.Kind.TONE, hz);
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new IllegalArgumentException("トーン '" + word + "' は指定できません: dial, ringback, busy, silence または周波数 50〜3900 (Hz)"
                + " / unknown tone '" + word + "': use dial, ringback, busy, silence or a frequency of 50 to 3900 Hz");
    }

    /** Whether the analysed audio meets this expectation. */
    public boolean matches(ToneReport report) {
        if (kind == ToneReport.Kind.TONE) {
            return report.kind() != ToneReport.Kind.SILENCE
                    && ToneAnalyser.within(report.dominantHz(), hz, ToneAnalyser.FREQUENCY_TOLERANCE);
        }
        return report.kind() == kind;
    }

    /**
     * Judges the end of a recording (what a line or B channel carried so far): analyses its last {@link #windowMs()}
     * (all of it when shorter) and returns the report; {@link #matches} on it gives the verdict, {@link
     * ToneReport#describe()} the words for a failed expectation.
     */
    public ToneReport judge(short[] recording) {
        int want = windowMs() * Goertzel.SAMPLE_RATE / 1000;
        int from = Math.max(0, recording.length - want);
        return new ToneAnalyser().analyse(recording, from, recording.length - from);
    }

    /** How much audio the analyser needs to judge this expectation (see {@link ToneAnalyser}). */
    public int windowMs() {
        return switch (kind) {
            case RINGBACK -> 6000;
            case BUSY -> 2500;
            default -> 1000;
        };
    }

    @Override
    public String toString() {
        return kind == ToneReport.Kind.TONE ? String.format(Locale.ROOT, "%.0f Hz", hz) : kind.name().toLowerCase(Locale.ROOT);
    }
}
