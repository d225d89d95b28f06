package org.voipgw.media.echo;

import java.util.Arrays;

/**
 * A line echo canceller: it learns the echo path from what goes toward the line (R<sub>in</sub>, the far
 * end's voice) to what comes back (S<sub>in</sub>, the near end's voice plus the hybrid's echo of R<sub>in</sub>),
 * and subtracts its estimate (S<sub>out</sub> = S<sub>in</sub> − ŷ). Terms as in ITU-T G.168.
 *
 * <p>Design and figures:
 * <ul>
 * <li>NLMS (normalised least mean squares) over {@link #DEFAULT_TAIL_MS} = 64 ms (512 taps at 8 kHz). Chosen:
 *     G.168 tests tails of 32, 64 and 128 ms; the guide recommends 32 ms for Ⅷ (guide 4878) and 自動設定 for the
 *     FXS family, and an FXS port's echo path is a local hybrid with only a few ms of delay, so 64 ms covers it with
 *     room for a PBX or a second hybrid behind the phone.
 * <li>Step size {@link #STEP} = 0.5 (chosen: fast convergence; NLMS is stable for 0 &lt; μ &lt; 2).
 * <li>Geigel double-talk detection: when |S<sub>in</sub>| ≥ ½·max|R<sub>in</sub>| over the tail, the near end is
 *     talking (G.168 assumes an echo return loss of at least 6 dB, so echo alone stays below half the far
 *     signal); adaptation then stops for a {@link #HANGOVER_MS} hangover, so the filter does not learn the near
 *     voice as echo. Geigel misses the quiet parts of a near voice, so once the filter has converged (10 dB of
 *     ERLE) a second test holds adaptation while S<sub>in</sub>'s short-term power is 3 dB above the echo
 *     estimate's; if that alone lasts a second, the echo path has changed and the filter relearns.
 * <li>Adaptation also stops while R<sub>in</sub> is below {@link #SILENCE_FLOOR} (nothing to learn from).
 * </ul>
 * One instance per port and direction pair; not thread-safe (the port's audio thread owns it).
 */
public final class EchoCanceller {
    /** The tail length (chosen, see class comment). */
    public static final int DEFAULT_TAIL_MS = 64;
    /** NLMS step size (chosen). */
    public static final double STEP = 0.5;
    /** Adaptation hold after double talk (chosen: a syllable's tail). */
    public static final int HANGOVER_MS = 30;
    /** Geigel threshold: ½, from G.168's 6 dB minimum echo return loss. */
    public static final double GEIGEL_RATIO = 0.5;
    /** R<sub>in</sub> amplitude below which nothing is learnt (about −60 dBm0; chosen). */
    public static final double SILENCE_FLOOR = 25;

    private final int taps;
    private final double[] weights;
    /** R<sub>in</sub> history, written twice (at i and i + taps) so a window is always contiguous. */
    private final double[] history;
    private int head;
    private double power;
    private final int hangoverSamples;
    private int hold;
    private boolean adapting = true;
    private final MaxTracker farPeak;
    private double sinShort;
    private double estimateShort;
    private double sinLong;
    private double errorLong;
    private int quietDoubleTalk;

    /** Short-term power smoothing: 10 ms. */
    private static final double SHORT_ALPHA = 1.0 / 80;
    /** Long-term (convergence) smoothing: 250 ms. */
    private static final double LONG_ALPHA = 1.0 / 2000;
    /** The filter counts as converged from 10 dB of ERLE (chosen). */
    private static final double CONVERGED_ERLE = 10;
    /** Energy double-talk test: S_in 3 dB above the echo estimate (chosen). */
    private static final double ENERGY_RATIO = 2;
    /** One second of unconfirmed double talk means the echo path changed (chosen). */
    private static final int PATH_CHANGE_SAMPLES = 8000;

    /** A canceller with the default 64 ms tail. */
    public EchoCanceller() {
        this(DEFAULT_TAIL_MS);
    }

    public EchoCanceller(int tailMs) {
        if (tailMs < 4 || tailMs > 128) {
            throw new IllegalArgumentException("echo tail must be 4 to 128 ms (G.168 tests up to 128 ms), got " + tailMs);
        }
        this.taps = tailMs * 8;
        this.weights = new double[taps];
        this.history = new double[2 * taps];
        this.hangoverSamples = HANGOVER_MS * 8;
        this.farPeak = new MaxTracker(taps);
    }

    /** Tail length in samples. */
    public int taps() {
        return taps;
    }

    /** Stops or resumes learning; FAX mode disables the canceller altogether instead ({@link #cancel}'s caller). */
    public void setAdapting(boolean adapting) {
        this.adapting = adapting;
    }

    /** Forgets the learnt echo path (a new call, a new path). */
    public void reset() {
        Arrays.fill(weights, 0);
        Arrays.fill(history, 0);
        power = 0;
        hold = 0;
        farPeak.reset();
        sinShort = 0;
        estimateShort = 0;
        sinLong = 0;
        errorLong = 0;
        quietDoubleTalk = 0;
    }

    /**
     * One sample: {@code rin} went toward the line, {@code sin} came back; returns S<sub>out</sub>, the echo
     * removed. Call once per sample, in time order, both directions aligned as they are on the line.
     */
    public short cancel(short rin, short sin) {
        double old = history[head];
        power += (double) rin * rin - old * old;
        if (power < 0) {
            power = 0; // rounding drift
        }
        history[head] = rin;
        history[head + taps] = rin;
        double peak = farPeak.push(Math.abs(rin));
        // the window, newest first, is history[head + taps - k] for k = 0 .. taps-1
        int base = head + taps;
        double estimate = 0;
        for (int k = 0; k < taps; k++) {
            estimate += weights[k] * history[base - k];
        }
        double error = sin - estimate;
        sinShort += SHORT_ALPHA * ((double) sin * sin - sinShort);
        estimateShort += SHORT_ALPHA * (estimate * estimate - estimateShort);
        boolean geigel = Math.abs(sin) >= GEIGEL_RATIO * peak && Math.abs(sin) > SILENCE_FLOOR;
        boolean converged = sinLong > CONVERGED_ERLE * errorLong;
        // S_in well above the learnt echo's estimate: a near voice the Geigel test misses in its quiet parts
        boolean louderThanEcho = converged && sinShort > ENERGY_RATIO * estimateShort + SILENCE_FLOOR * SILENCE_FLOOR;
        if (geigel) {
            quietDoubleTalk = 0;
        } else if (louderThanEcho && ++quietDoubleTalk > PATH_CHANGE_SAMPLES) {
            // a second of "double talk" the Geigel test never confirms is an echo path that changed: relearn
            sinLong = 0;
            errorLong = 0;
            quietDoubleTalk = 0;
            louderThanEcho = false;
        }
        if (geigel || louderThanEcho) {
            hold = hangoverSamples;
        } else if (hold > 0) {
            hold--;
        }
        if (hold == 0 && peak > SILENCE_FLOOR) {
            sinLong += LONG_ALPHA * ((double) sin * sin - sinLong);
            errorLong += LONG_ALPHA * (error * error - errorLong);
        }
        if (adapting && hold == 0 && peak > SILENCE_FLOOR) {
            double mu = STEP * error / (power + 1e3);
            for (int k = 0; k < taps; k++) {
                weights[k] += mu * history[base - k];
            }
        }
        head = head + 1 == taps ? 0 : head + 1;
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(error)));
    }

    /** Block form: {@code sout[i] = cancel(rin[i], sin[i])} for {@code len} samples. */
    public void cancel(short[] rin, short[] sin, short[] sout, int len) {
        for (int i = 0; i < len; i++) {
            sout[i] = cancel(rin[i], sin[i]);
        }
    }

    /** Running maximum of the last n values (monotonic deque), for the Geigel detector. */
    private static final class MaxTracker {
        private final int n;
        private final double[] values;
        private final long[] times;
        private int first;
        private int count;
        private long now;

        MaxTracker(int n) {
            this.n = n;
            this.values = new double[n + 1];
            this.times = new long[n + 1];
        }

        void reset() {
            first = 0;
            count = 0;
            now = 0;
        }

        double push(double v) {
            int cap = values.length;
            while (count > 0 && values[(first + count - 1) % cap] <= v) {
                count--;
            }
            values[(first + count) % cap] = v;
            times[(first + count) % cap] = now;
            count++;
            while (times[first] <= now - n) {
                first = (first + 1) % cap;
                count--;
            }
            now++;
            return values[first];
        }
    }
}
