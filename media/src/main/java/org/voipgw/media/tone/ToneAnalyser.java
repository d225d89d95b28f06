package org.voipgw.media.tone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.voipgw.media.level.Dbm0;

/**
 * Judges a stretch of 8 kHz audio the way scenario expectations do: is it silence, the Japanese dial tone,
 * ringback or busy tone, or some other tone, and at which frequency.
 *
 * <p>How (all spectral figures through {@link Goertzel}):
 * <ol>
 * <li>10 ms frames are "on" at {@link #ON_THRESHOLD_DBM0} or more. On/off runs shorter than {@link #GLITCH_MS}
 *     are merged into their neighbours: no cadence of 別表第5号 has a part that short, and a packet lost or a
 *     modulation trough must not split an on-period.
 * <li>The dominant frequency is the peak of a 5 Hz scan of 100 ms blocks taken inside on-periods, refined to
 *     0.25 Hz; the median over up to 10 blocks is reported.
 * <li>The modulation is the peak of the envelope spectrum (5 ms mean of |x|, 5–40 Hz) of the longest on-period,
 *     with its depth; it counts as modulation from a depth of {@link #MIN_MODULATION_DEPTH}.
 * <li>Cadences are judged on the runs wholly inside the window, within {@link #CADENCE_TOLERANCE} (±20 %, the
 *     tolerance 別表第4号 allows the ringing cadence; chosen for the tones too).
 * </ol>
 * Windows: a ringback verdict needs a whole on- and a whole off-period, so give it ≥ 6 s; busy ≥ 2.5 s; dial
 * and plain frequencies ≥ 0.5 s ({@link ToneExpectation#windowMs()}).
 */
public final class ToneAnalyser {
    /** Below this a frame is silence: 20 dB under the −19 dBm0 tones less the −12 dB FXS receive gain. Chosen. */
    public static final double ON_THRESHOLD_DBM0 = -50;
    /** Runs shorter than this are glitches. Chosen: a fifth of the shortest cadence part (500 ms). */
    public static final int GLITCH_MS = 100;
    /** Modulation depth from which a tone counts as modulated. Chosen: well below our 0.8, above noise. */
    public static final double MIN_MODULATION_DEPTH = 0.2;
    /** Relative cadence tolerance (±20 %, as 別表第4号 allows the ringing cadence). */
    public static final double CADENCE_TOLERANCE = 0.2;
    /** Frequency tolerance of a match, ±2 % (issue 10: "a frequency matches within ±2 %"). */
    public static final double FREQUENCY_TOLERANCE = 0.02;
    /** 別表第5号: the modulation of 呼出音 is 15–20 Hz. */
    public static final double MODULATION_MIN_HZ = 15;
    public static final double MODULATION_MAX_HZ = 20;

    private static final int FRAME = 80;
    private static final int BLOCK = 800;
    private static final int ENVELOPE_STEP = 40;

    /** Analyses a whole buffer. */
    public ToneReport analyse(short[] samples) {
        return analyse(samples, 0, samples.length);
    }

    /** Analyses {@code len} samples from {@code off}. */
    public ToneReport analyse(short[] x, int off, int len) {
        int frames = len / FRAME;
        if (frames == 0) {
            throw new IllegalArgumentException("need at least 10 ms of audio to judge a tone, got " + len + " samples");
        }
        boolean[] on = new boolean[frames];
        for (int f = 0; f < frames; f++) {
            on[f] = Dbm0.measure(x, off + f * FRAME, FRAME) >= ON_THRESHOLD_DBM0;
        }
        List<Run> runs = mergeGlitches(runsOf(on));
        int onFrames = 0;
        Run longestOn = null;
        for (Run r : runs) {
            if (r.on) {
                onFrames += r.length;
                if (longestOn == null || r.length > longestOn.length) {
                    longestOn = r;
                }
            }
        }
        if (longestOn == null) {
            return new ToneReport(ToneReport.Kind.SILENCE, Double.NaN, Double.NEGATIVE_INFINITY, Double.NaN, 0, 0,
                    List.of(), List.of());
        }
        double level = levelOfOn(x, off, runs);
        double dominant = dominantFrequency(x, off, runs);
        double[] modulation = modulation(x, off + longestOn.start * FRAME, longestOn.length * FRAME);
        List<Integer> onMs = new ArrayList<>();
        List<Integer> offMs = new ArrayList<>();
        for (int i = 1; i < runs.size() - 1; i++) {
            Run r = runs.get(i);
            (r.on ? onMs : offMs).add(r.length * FRAME * 1000 / Goertzel.SAMPLE_RATE);
        }
        double onFraction = (double) onFrames / frames;
        boolean modulated = modulation[1] >= MIN_MODULATION_DEPTH;
        double modHz = modulated ? modulation[0] : Double.NaN;
        ToneReport.Kind kind = classify(dominant, modHz, onFraction, onMs, offMs, runs.size());
        return new ToneReport(kind, dominant, level, modHz, modulated ? modulation[1] : 0, onFraction, onMs, offMs);
    }

    private static ToneReport.Kind classify(double hz, double modHz, double onFraction, List<Integer> onMs,
            List<Integer> offMs, int runCount) {
        if (!within(hz, CallProgressTone.DIAL.hz(), FREQUENCY_TOLERANCE)) {
            return ToneReport.Kind.TONE;
        }
        boolean modulated = !Double.isNaN(modHz);
        if (modulated) {
            boolean sixteen = modHz >= MODULATION_MIN_HZ && modHz <= MODULATION_MAX_HZ;
            if (sixteen && fits(onMs, CallProgressTone.RINGBACK.onMs()) && fits(offMs, CallProgressTone.RINGBACK.offMs())) {
                return ToneReport.Kind.RINGBACK;
            }
            return ToneReport.Kind.TONE;
        }
        if (runCount == 1 && onFraction == 1.0) {
            return ToneReport.Kind.DIAL;
        }
        if (onMs.size() + offMs.size() >= 2 && fitsOrNone(onMs, CallProgressTone.BUSY.onMs())
                && fitsOrNone(offMs, CallProgressTone.BUSY.offMs())) {
            return ToneReport.Kind.BUSY;
        }
        return ToneReport.Kind.TONE;
    }

    private static boolean fits(List<Integer> runs, int nominalMs) {
        return !runs.isEmpty() && fitsOrNone(runs, nominalMs);
    }

    private static boolean fitsOrNone(List<Integer> runs, int nominalMs) {
        return runs.stream().allMatch(ms -> within(ms, nominalMs, CADENCE_TOLERANCE));
    }

    static boolean within(double value, double nominal, double tolerance) {
        return Math.abs(value - nominal) <= tolerance * nominal;
    }

    private record Run(boolean on, int start, int length) {
    }

    private static List<Run> runsOf(boolean[] on) {
        List<Run> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= on.length; i++) {
            if (i == on.length || on[i] != on[start]) {
                runs.add(new Run(on[start], start, i - start));
                start = i;
            }
        }
        return runs;
    }

    /** Flips interior runs shorter than {@link #GLITCH_MS}, shortest first, and joins the neighbours. */
    private static List<Run> mergeGlitches(List<Run> runs) {
        int glitch = GLITCH_MS * Goertzel.SAMPLE_RATE / 1000 / FRAME;
        List<Run> list = new ArrayList<>(runs);
        while (true) {
            int victim = -1;
            for (int i = 1; i < list.size() - 1; i++) {
                if (list.get(i).length < glitch && (victim < 0 || list.get(i).length < list.get(victim).length)) {
                    victim = i;
                }
            }
            if (victim < 0) {
                return list;
            }
            Run before = list.get(victim - 1);
            Run after = list.get(victim + 1);
            Run joined = new Run(before.on, before.start, before.length + list.get(victim).length + after.length);
            list.subList(victim - 1, victim + 2).clear();
            list.add(victim - 1, joined);
        }
    }

    private static double levelOfOn(short[] x, int off, List<Run> runs) {
        double sum = 0;
        long n = 0;
        for (Run r : runs) {
            if (!r.on) {
                continue;
            }
            for (int i = off + r.start * FRAME; i < off + (r.start + r.length) * FRAME; i++) {
                sum += (double) x[i] * x[i];
            }
            n += (long) r.length * FRAME;
        }
        return Dbm0.ofRms(Math.sqrt(sum / n));
    }

    private static double dominantFrequency(short[] x, int off, List<Run> runs) {
        List<Integer> blockStarts = new ArrayList<>();
        for (Run r : runs) {
            if (!r.on) {
                continue;
            }
            // skip 20 ms at each end of a run: the frames there may be part silence
            for (int s = r.start * FRAME + 160; s + BLOCK <= (r.start + r.length) * FRAME - 160; s += BLOCK) {
                blockStarts.add(off + s);
            }
        }
        if (blockStarts.isEmpty()) {
            // a short tone: one block from the longest run, as long as it has
            Run longest = runs.stream().filter(Run::on).max((a, b) -> Integer.compare(a.length, b.length)).orElseThrow();
            return peakFrequency(x, off + longest.start * FRAME, longest.length * FRAME);
        }
        int use = Math.min(10, blockStarts.size());
        double[] estimates = new double[use];
        for (int i = 0; i < use; i++) {
            int pick = blockStarts.get((int) ((long) i * blockStarts.size() / use));
            estimates[i] = peakFrequency(x, pick, BLOCK);
        }
        Arrays.sort(estimates);
        return estimates[use / 2];
    }

    /** The frequency of the spectral peak of one block: a 5 Hz scan, then 0.25 Hz steps around the best. */
    static double peakFrequency(short[] x, int off, int len) {
        double best = 0;
        double bestPower = -1;
        for (double f = 100; f <= 3800; f += 5) {
            double p = new Goertzel(f).run(x, off, len).normSquared();
            if (p > bestPower) {
                bestPower = p;
                best = f;
            }
        }
        double center = best;
        for (double f = center - 5; f <= center + 5; f += 0.25) {
            double p = new Goertzel(f).run(x, off, len).normSquared();
            if (p > bestPower) {
                bestPower = p;
                best = f;
            }
        }
        return best;
    }

    /** {frequency, depth} of the strongest envelope component between 5 and 40 Hz. */
    private static double[] modulation(short[] x, int off, int len) {
        int trim = 160;
        int usable = Math.min(len - 2 * trim, Goertzel.SAMPLE_RATE);
        if (usable < 4 * ENVELOPE_STEP * 10) {
            return new double[] {Double.NaN, 0};
        }
        int n = usable / ENVELOPE_STEP;
        double[] env = new double[n];
        double mean = 0;
        for (int k = 0; k < n; k++) {
            double s = 0;
            for (int i = 0; i < ENVELOPE_STEP; i++) {
                s += Math.abs(x[off + trim + k * ENVELOPE_STEP + i]);
            }
            env[k] = s / ENVELOPE_STEP;
            mean += env[k];
        }
        mean /= n;
        if (mean == 0) {
            return new double[] {Double.NaN, 0};
        }
        for (int k = 0; k < n; k++) {
            env[k] -= mean;
        }
        double envelopeRate = (double) Goertzel.SAMPLE_RATE / ENVELOPE_STEP;
        double bestHz = Double.NaN;
        double bestAmp = 0;
        for (double f = 5; f <= 40; f += 0.5) {
            // the envelope is sampled at 200 Hz: scale the frequency onto Goertzel's 8 kHz grid
            Goertzel g = new Goertzel(f * Goertzel.SAMPLE_RATE / envelopeRate);
            double amp = 2 * Math.sqrt(g.run(env, 0, n).normSquared()) / n;
            if (amp > bestAmp) {
                bestAmp = amp;
                bestHz = f;
            }
        }
        return new double[] {bestHz, bestAmp / mean};
    }
}
