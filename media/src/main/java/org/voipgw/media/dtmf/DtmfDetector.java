package org.voipgw.media.dtmf;

import java.util.ArrayList;
import java.util.List;
import org.voipgw.media.level.Dbm0;
import org.voipgw.media.tone.Goertzel;

/**
 * A streaming DTMF receiver to ITU-T Q.24 practice.
 *
 * <p>Every 10 ms it judges the last 25 ms (200 samples) of audio:
 * <ol>
 * <li>the strongest of the four low-group and of the four high-group frequencies (Goertzel over the last
 *     160 samples);
 * <li>each one's true frequency, from the phase advance of its Goertzel coefficient between two 160-sample
 *     windows 40 samples apart (unambiguous for offsets up to ±100 Hz; accurate to a fraction of a hertz
 *     where a 20 ms block's own resolution is 50 Hz) — accepted within {@link #ACCEPT_OFFSET};
 * <li>the level of each tone at its measured frequency, at least {@link #MIN_LEVEL_DBM0};
 * <li>the twist, the high group's level over the low group's, between −{@link #MAX_REVERSE_TWIST_DB} and
 *     +{@link #MAX_FORWARD_TWIST_DB} dB;
 * <li>talk-off: the two tones must carry {@link #MIN_ENERGY_RATIO} of the window's energy (speech and music
 *     spread theirs over many partials), and each tone's second harmonic must stay below the limits
 *     {@link #LOW_HARMONIC_LIMIT_DB} / {@link #HIGH_HARMONIC_LIMIT_DB} (a vowel's partials come in harmonic
 *     series; a DTMF sender's do not).
 * </ol>
 * A key is accepted after {@link #FRAMES_TO_ACCEPT} consecutive frames agree, and released after
 * {@link #FRAMES_TO_RELEASE} frames that do not, so a second press of the same key needs a pause.
 *
 * <p>Figures and sources. ITU-T Q.24 tabulates each administration's receiver limits; the
 * values the issue quotes from it are: accept frequencies within ±1.5 %, reject beyond ±3.5 %, accept tones of
 * 40 ms. The Japanese sending side (事業用電気通信設備規則 別表第3号) sends within ±1.5 %, tones ≥ 50 ms,
 * pauses ≥ 30 ms, the two levels within 5 dB with the low group never above the high group. Chosen here:
 * the frequency edge at ±2.5 % (midway between the must-accept and must-reject limits, measured by the sweep
 * test); tones shorter than 30 ms are always rejected and 40 ms always accepted (by the 0.75 energy ratio
 * and three frames: a frame needs ≥ 15 ms of tone in its last 20 ms); pauses of 30 ms and more always
 * separate two presses and interruptions of 10 ms never do; forward twist up to 8 dB (the sender's 5 dB plus
 * 3 dB of line slope) and reverse twist up to 4 dB (a compliant Japanese sender never sends reverse twist;
 * only the line can make it); −30 dBm0 per tone as the lowest level.
 */
public final class DtmfDetector {
    /** Largest accepted relative frequency offset per tone (chosen between Q.24's 1.5 % and 3.5 %). */
    public static final double ACCEPT_OFFSET = 0.025;
    /** Lowest accepted level of each tone (chosen). */
    public static final double MIN_LEVEL_DBM0 = -30;
    /** Largest accepted forward twist: high group above low group (chosen: 別表第3号's 5 dB + 3 dB). */
    public static final double MAX_FORWARD_TWIST_DB = 8;
    /** Largest accepted reverse twist: low group above high group (chosen). */
    public static final double MAX_REVERSE_TWIST_DB = 4;
    /** Share of the window's energy the two tones must carry (chosen, talk-off). */
    public static final double MIN_ENERGY_RATIO = 0.75;
    /**
     * Second harmonic of the low tone relative to the tone (chosen). Only 0 dB: 2f of the low group (1394–1882 Hz)
     * lies within 60–75 Hz of the high group's 1336/1477/1633 Hz, whose leakage in a 20 ms window reaches −17 dB,
     * or −9 dB at 8 dB of forward twist.
     */
    public static final double LOW_HARMONIC_LIMIT_DB = 0;
    /** Second harmonic of the high tone relative to the tone (chosen; 2418–3266 Hz is clear of DTMF). */
    public static final double HIGH_HARMONIC_LIMIT_DB = -10;
    /** Consecutive agreeing frames that accept a key. */
    public static final int FRAMES_TO_ACCEPT = 3;
    /** Consecutive other frames that release it. */
    public static final int FRAMES_TO_RELEASE = 4;

    static final int WINDOW = 160;
    static final int HOP = 80;
    static final int LAG = 40;
    private static final int SPAN = WINDOW + LAG;

    private static final Goertzel[] LOW = goertzels(DtmfKey.LOW_HZ);
    private static final Goertzel[] HIGH = goertzels(DtmfKey.HIGH_HZ);
    private static final double MIN_AMPLITUDE_SQUARED = Math.pow(Dbm0.sinePeak(MIN_LEVEL_DBM0), 2);

    private final short[] span = new short[SPAN];
    private final short[] staged = new short[HOP];
    private int stagedCount;
    private long samples;
    private DtmfKey candidate;
    private int candidateFrames;
    private DtmfKey held;
    private int otherFrames;

    /** Feeds {@code len} samples from {@code off}; returns the keys accepted during them. */
    public List<DtmfEvent> accept(short[] x, int off, int len) {
        List<DtmfEvent> events = new ArrayList<>();
        int i = off;
        int end = off + len;
        while (i < end) {
            int n = Math.min(HOP - stagedCount, end - i);
            System.arraycopy(x, i, staged, stagedCount, n);
            stagedCount += n;
            i += n;
            if (stagedCount == HOP) {
                System.arraycopy(span, HOP, span, 0, SPAN - HOP);
                System.arraycopy(staged, 0, span, SPAN - HOP, HOP);
                stagedCount = 0;
                samples += HOP;
                if (samples >= SPAN) {
                    frame(judge(span).key(), events);
                }
            }
        }
        return events;
    }

    /** Feeds a whole buffer. */
    public List<DtmfEvent> accept(short[] x) {
        return accept(x, 0, x.length);
    }

    /** Convenience: the symbols a whole buffer yields from a fresh detector. */
    public static String detect(short[] audio) {
        StringBuilder s = new StringBuilder();
        for (DtmfEvent e : new DtmfDetector().accept(audio)) {
            s.append(e.symbol());
        }
        return s.toString();
    }

    private void frame(DtmfKey key, List<DtmfEvent> events) {
        if (key != null && key == candidate) {
            candidateFrames++;
        } else {
            candidate = key;
            candidateFrames = key == null ? 0 : 1;
        }
        if (held != null) {
            if (key == held) {
                otherFrames = 0;
                return;
            }
            if (++otherFrames < FRAMES_TO_RELEASE) {
                return;
            }
            held = null;
        }
        if (candidate != null && candidateFrames >= FRAMES_TO_ACCEPT) {
            held = candidate;
            otherFrames = 0;
            events.add(new DtmfEvent(held, samples));
        }
    }

    /**
     * The verdict on one 200-sample span: a key, or why none.
     *
     * @param key       the key, or null
     * @param rejection why not, or null when a key was found
     */
    public record Verdict(DtmfKey key, String rejection) {
        static Verdict no(String why) {
            return new Verdict(null, why);
        }
    }

    /** Judges the last 200 samples of {@code span} (public for diagnostics and tests). */
    public static Verdict judge(short[] span) {
        if (span.length != SPAN) {
            throw new IllegalArgumentException("a DTMF frame is " + SPAN + " samples, got " + span.length);
        }
        double energy = 0;
        for (int i = LAG; i < SPAN; i++) {
            energy += (double) span[i] * span[i];
        }
        if (energy == 0) {
            return Verdict.no("silence");
        }
        int row = strongest(LOW, span);
        int column = strongest(HIGH, span);
        double lowHz = measuredFrequency(LOW[row], DtmfKey.LOW_HZ[row], span);
        double highHz = measuredFrequency(HIGH[column], DtmfKey.HIGH_HZ[column], span);
        double low = Goertzel.amplitudeSquared(lowHz, span, LAG, WINDOW);
        double high = Goertzel.amplitudeSquared(highHz, span, LAG, WINDOW);
        if (low < MIN_AMPLITUDE_SQUARED || high < MIN_AMPLITUDE_SQUARED) {
            return Verdict.no("level");
        }
        if (Math.abs(lowHz / DtmfKey.LOW_HZ[row] - 1) > ACCEPT_OFFSET
                || Math.abs(highHz / DtmfKey.HIGH_HZ[column] - 1) > ACCEPT_OFFSET) {
            return Verdict.no("frequency");
        }
        // the twist through a Hann window: the louder group's leakage into the other's bin, ±1 dB in a plain
        // 20 ms block at 8 dB of twist, drops below 0.1 dB
        double twist = 10 * Math.log10(hannPower(highHz, span) / hannPower(lowHz, span));
        if (twist > MAX_FORWARD_TWIST_DB || twist < -MAX_REVERSE_TWIST_DB) {
            return Verdict.no("twist");
        }
        // a sine of amplitude A carries N·A²/2 of energy in the window
        if ((low + high) * WINDOW / 2 < MIN_ENERGY_RATIO * energy) {
            return Verdict.no("energy ratio");
        }
        if (harmonicTooStrong(lowHz, low, LOW_HARMONIC_LIMIT_DB, span) || harmonicTooStrong(highHz, high, HIGH_HARMONIC_LIMIT_DB, span)) {
            return Verdict.no("second harmonic");
        }
        return new Verdict(DtmfKey.at(row, column), null);
    }

    private static final double[] HANN = new double[WINDOW];

    static {
        for (int i = 0; i < WINDOW; i++) {
            HANN[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * (i + 0.5) / WINDOW);
        }
    }

    private static double hannPower(double hz, short[] span) {
        double[] w = new double[WINDOW];
        for (int i = 0; i < WINDOW; i++) {
            w[i] = span[LAG + i] * HANN[i];
        }
        return new Goertzel(hz).run(w, 0, WINDOW).normSquared();
    }

    private static boolean harmonicTooStrong(double hz, double power, double limitDb, short[] span) {
        if (2 * hz >= Goertzel.SAMPLE_RATE / 2.0 - 100) {
            return false;
        }
        return Goertzel.amplitudeSquared(2 * hz, span, LAG, WINDOW) > power * Math.pow(10, limitDb / 10);
    }

    private static int strongest(Goertzel[] bank, short[] span) {
        int best = 0;
        double bestPower = -1;
        for (int i = 0; i < bank.length; i++) {
            double p = bank[i].run(span, LAG, WINDOW).normSquared();
            if (p > bestPower) {
                bestPower = p;
                best = i;
            }
        }
        return best;
    }

    /** The tone's frequency from the phase advance of the coefficient at {@code nominalHz} over {@link #LAG} samples. */
    private static double measuredFrequency(Goertzel g, double nominalHz, short[] span) {
        double early = g.run(span, 0, WINDOW).phase();
        double late = g.run(span, LAG, WINDOW).phase();
        double excess = Goertzel.wrap(late - early - g.omega() * LAG);
        return nominalHz + excess * Goertzel.SAMPLE_RATE / (2 * Math.PI * LAG);
    }

    private static Goertzel[] goertzels(double[] hz) {
        Goertzel[] g = new Goertzel[hz.length];
        for (int i = 0; i < hz.length; i++) {
            g[i] = new Goertzel(hz[i]);
        }
        return g;
    }
}
