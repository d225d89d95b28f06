package org.voipgw.media.fax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.voipgw.media.level.Dbm0;
import org.voipgw.media.level.Gain;
import org.voipgw.media.tone.SineOscillator;

class FaxToneDetectorTest {

    /** CNG as T.30 sends it: 1100 Hz 0.5 s on, 3 s off, at {@code hz}. */
    private static short[] cng(double hz, int bursts, double dbm0) {
        short[] out = new short[bursts * 28000];
        for (int b = 0; b < bursts; b++) {
            new SineOscillator(hz, dbm0).fill(out, b * 28000, 4000);
        }
        return out;
    }

    /** 2100 Hz for {@code ms}, its phase reversed every 450 ms when asked. */
    private static short[] answerTone(double hz, int ms, boolean reversals, double dbm0) {
        short[] out = new short[ms * 8];
        double peak = Dbm0.sinePeak(dbm0);
        for (int i = 0; i < out.length; i++) {
            double flip = reversals && (i / 3600) % 2 == 1 ? Math.PI : 0;
            out[i] = Gain.saturate(Math.round(peak * Math.sin(2 * Math.PI * hz * i / 8000 + flip)));
        }
        return out;
    }

    /** Feeds 20 ms packets, as the call core will. */
    private static List<FaxTone> feed(short[] audio) {
        FaxToneDetector d = new FaxToneDetector();
        List<FaxTone> found = new ArrayList<>();
        for (int off = 0; off < audio.length; off += 160) {
            found.addAll(d.accept(audio, off, Math.min(160, audio.length - off)));
        }
        return found;
    }

    @Test
    void cngIsFoundAtEachBurst() {
        assertEquals(List.of(FaxTone.CNG, FaxTone.CNG), feed(cng(1100, 2, -15)));
        // T.30 allows ±38 Hz
        assertEquals(List.of(FaxTone.CNG), feed(cng(1138, 1, -15)));
        assertEquals(List.of(FaxTone.CNG), feed(cng(1062, 1, -40)));
    }

    @Test
    void aHeldElevenHundredHertzOrAShortBlipIsNotCng() {
        assertEquals(List.of(), feed(new SineOscillator(1100, -15).render(3000)));
        assertEquals(List.of(), feed(new SineOscillator(1100, -15).render(200)));
        assertEquals(List.of(), feed(cng(1250, 1, -15)));
    }

    @Test
    void cedWithoutReversalsIsCed() {
        assertEquals(List.of(FaxTone.CED), feed(answerTone(2100, 3000, false, -12)));
        assertEquals(List.of(FaxTone.CED), feed(answerTone(2115, 3000, false, -12)));
    }

    @Test
    void ansWithPhaseReversalsIsRecognisedAsSuch() {
        for (double hz : new double[] {2085, 2100, 2115}) {
            assertEquals(List.of(FaxTone.ANS_PHASE_REVERSAL), feed(answerTone(hz, 3300, true, -12)), hz + " Hz");
        }
    }

    @Test
    void speechLikeNoiseIsNoFaxTone() {
        Random rnd = new Random(5);
        short[] noise = new short[10 * 8000];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (short) Math.round(rnd.nextGaussian() * 3000);
        }
        assertTrue(feed(noise).isEmpty());
        assertTrue(feed(new short[8000]).isEmpty());
    }
}
