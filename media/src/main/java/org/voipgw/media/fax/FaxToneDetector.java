package org.voipgw.media.fax;

import java.util.ArrayList;
import java.util.List;
import org.voipgw.media.level.Dbm0;
import org.voipgw.media.tone.Goertzel;

/**
 * Finds CNG and CED/ANS in a stream of 8 kHz audio, judging 10 ms frames through {@link Goertzel}.
 *
 * <p>A frame holds a tone when that tone carries {@link #MIN_ENERGY_RATIO} of the frame's energy at
 * {@link #MIN_LEVEL_DBM0} or more; a run of such frames is the tone's on-period.
 * <ul>
 * <li>CNG (ITU-T T.30, calling tone: 1100 Hz ± 38 Hz, 0.5 s on, 3 s off): reported when an 1100 Hz burst of
 *     {@link #CNG_MIN_MS}–{@link #CNG_MAX_MS} ends — one burst suffices, as a gateway must switch before the
 *     handshake; speech or a held 1100 Hz tone does not match that cadence.
 * <li>CED (T.30 called station identification tone and V.25 ANS: 2100 Hz ± 15 Hz, 2.6–4 s): reported after {@link #CED_MIN_MS} of continuous
 *     2100 Hz with no phase reversal.
 * <li>ANS with phase reversals (V.25: 180° every 450 ± 25 ms): reported at the first reversal seen after
 *     {@link #REVERSAL_MIN_TONE_MS} of tone, so before the CED verdict (which comes later, at 600 ms).
 *     Reversals are found from the Goertzel phase: 2100 Hz advances exactly 21 cycles per 80-sample frame, so
 *     frame-to-frame phase stays still except for the drift of a frequency offset (≤ 54° at 15 Hz); a reversal
 *     turns the phase between frames two apart by 180° beyond twice that drift.
 * </ul>
 * Chosen figures: the energy ratio 0.7 and the level −43 dBm0 (far below what a FAX machine sends, above
 * line noise), the CNG burst window 400–650 ms around the 500 ms of T.30, 600 ms of CED.
 */
public final class FaxToneDetector {
    public static final double CNG_HZ = 1100;
    public static final double CED_HZ = 2100;
    public static final double MIN_ENERGY_RATIO = 0.7;
    public static final double MIN_LEVEL_DBM0 = -43;
    public static final int CNG_MIN_MS = 400;
    public static final int CNG_MAX_MS = 650;
    public static final int CED_MIN_MS = 600;
    public static final int REVERSAL_MIN_TONE_MS = 200;

    private static final int FRAME = 80;
    /** T.30's ±38 Hz exceeds a 10 ms frame's flat top: three bins 25 Hz apart cover it. */
    private static final Goertzel[] CNG = {new Goertzel(CNG_HZ - 25), new Goertzel(CNG_HZ), new Goertzel(CNG_HZ + 25)};
    private static final Goertzel CED = new Goertzel(CED_HZ);

    private final short[] frame = new short[FRAME];
    private int filled;
    private int cngFrames;
    private int cedFrames;
    private boolean cedReported;
    private final double[] phases = new double[3];

    /** Feeds samples; returns the tones recognised during them. */
    public List<FaxTone> accept(short[] x, int off, int len) {
        List<FaxTone> found = new ArrayList<>();
        for (int i = off; i < off + len; i++) {
            frame[filled++] = x[i];
            if (filled == FRAME) {
                filled = 0;
                judge(found);
            }
        }
        return found;
    }

    public List<FaxTone> accept(short[] x) {
        return accept(x, 0, x.length);
    }

    private void judge(List<FaxTone> found) {
        double energy = 0;
        for (short s : frame) {
            energy += (double) s * s;
        }
        boolean loud = energy > 0 && Dbm0.ofRms(Math.sqrt(energy / FRAME)) >= MIN_LEVEL_DBM0;
        boolean cng = loud && holds(CNG, energy);
        Goertzel.Complex ced = CED.run(frame, 0, FRAME);
        boolean cedOn = loud && 2 * ced.normSquared() / FRAME >= MIN_ENERGY_RATIO * energy;

        if (cng) {
            cngFrames++;
        } else {
            int ms = cngFrames * 10;
            if (ms >= CNG_MIN_MS && ms <= CNG_MAX_MS) {
                found.add(FaxTone.CNG);
            }
            cngFrames = 0;
        }

        if (!cedOn) {
            cedFrames = 0;
            cedReported = false;
            driftKnown = false;
            return;
        }
        phases[0] = phases[1];
        phases[1] = phases[2];
        phases[2] = ced.phase();
        cedFrames++;
        if (cedReported) {
            return;
        }
        boolean reversal = cedFrames >= 2 && reversed();
        if (cedFrames >= 4 && cedFrames * 10 >= REVERSAL_MIN_TONE_MS && reversal) {
            found.add(FaxTone.ANS_PHASE_REVERSAL);
            cedReported = true;
            return;
        }
        if (cedFrames * 10 >= CED_MIN_MS) {
            found.add(FaxTone.CED);
            cedReported = true;
        }
    }

    /**
     * Whether the phase turned by about 180° between the frames two apart, beyond twice the drift per frame.
     * The drift is learnt only from frame-to-frame steps that agree with it (within 30°), so the step into
     * or out of a frame that straddles a reversal never spoils it.
     */
    private boolean reversed() {
        double step = Goertzel.wrap(phases[2] - phases[1]);
        if (!driftKnown) {
            driftPerFrame = step;
            driftKnown = true;
            return false;
        }
        double disagreement = Goertzel.wrap(step - driftPerFrame);
        if (Math.abs(disagreement) < Math.PI / 6) {
            driftPerFrame += 0.3 * disagreement;
        }
        return Math.abs(Goertzel.wrap(phases[2] - phases[0] - 2 * driftPerFrame)) > 2 * Math.PI / 3;
    }

    private double driftPerFrame;
    private boolean driftKnown;

    private boolean holds(Goertzel[] bins, double energy) {
        double best = 0;
        for (Goertzel g : bins) {
            best = Math.max(best, g.run(frame, 0, FRAME).normSquared());
        }
        return 2 * best / FRAME >= MIN_ENERGY_RATIO * energy;
    }
}
