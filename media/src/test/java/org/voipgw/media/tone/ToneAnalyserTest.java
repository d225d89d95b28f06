package org.voipgw.media.tone;

import java.util.Arrays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.voipgw.media.level.Dbm0;

class ToneAnalyserTest {
    private final ToneAnalyser analyser = new ToneAnalyser();

    /** The tone as a call would carry it: 20 ms packets, from {@code skipMs} into the tone. */
    private static short[] play(CallProgressTone tone, int skipMs, int ms) {
        ToneSource src = tone.source();
        src.render(skipMs);
        short[] out = new short[ms * 8];
        for (int off = 0; off < out.length; off += 160) {
            src.fill(out, off, Math.min(160, out.length - off));
        }
        return out;
    }

    @Test
    void dialToneIsFourHundredHertzContinuous() {
        ToneReport r = analyser.analyse(play(CallProgressTone.DIAL, 0, 2000));
        System.out.println("dial tone: " + r.describe());
        assertEquals(ToneReport.Kind.DIAL, r.kind());
        assertEquals(400, r.dominantHz(), 1);
        assertEquals(-19, r.levelDbm0(), 0.3);
        assertTrue(Double.isNaN(r.modulationHz()));
    }

    @Test
    void ringbackIsModulatedBySixteenHertzOneSecondOnTwoOff() {
        for (int skip : new int[] {0, 700, 1900}) {
            ToneReport r = analyser.analyse(play(CallProgressTone.RINGBACK, skip, 7000));
            System.out.println("ringback from " + skip + " ms: " + r.describe());
            assertEquals(ToneReport.Kind.RINGBACK, r.kind());
            assertEquals(400, r.dominantHz(), 2);
            assertEquals(16, r.modulationHz(), 0.5);
            assertEquals(0.8, r.modulationDepth(), 0.15);
            r.onRunsMs().forEach(ms -> assertEquals(1000, ms, 20));
            r.offRunsMs().forEach(ms -> assertEquals(2000, ms, 20));
        }
    }

    @Test
    void busyToneIsHalfASecondOnHalfOff() {
        ToneReport r = analyser.analyse(play(CallProgressTone.BUSY, 250, 3000));
        System.out.println("busy tone: " + r.describe());
        assertEquals(ToneReport.Kind.BUSY, r.kind());
        assertEquals(400, r.dominantHz(), 2);
        assertTrue(r.onRunsMs().size() + r.offRunsMs().size() >= 4);
        r.onRunsMs().forEach(ms -> assertEquals(500, ms, 20));
        r.offRunsMs().forEach(ms -> assertEquals(500, ms, 20));
    }

    @Test
    void theNamedTonesAreNotConfused() {
        ToneExpectation dial = ToneExpectation.parse("dial");
        ToneExpectation ringback = ToneExpectation.parse("ringback");
        ToneExpectation busy = ToneExpectation.parse("busy");
        ToneReport d = analyser.analyse(play(CallProgressTone.DIAL, 0, 6000));
        ToneReport rb = analyser.analyse(play(CallProgressTone.RINGBACK, 0, 6000));
        ToneReport b = analyser.analyse(play(CallProgressTone.BUSY, 0, 6000));
        assertTrue(dial.matches(d) && !dial.matches(rb) && !dial.matches(b));
        assertTrue(ringback.matches(rb) && !ringback.matches(d) && !ringback.matches(b));
        assertTrue(busy.matches(b) && !busy.matches(d) && !busy.matches(rb));
        // and every one of them is "400" to a frequency expectation
        assertTrue(ToneExpectation.parse("400").matches(rb));
    }

    @Test
    void aWrongCadenceOrFrequencyIsNotAJapaneseTone() {
        // 400 Hz at 0.25/0.25 s: not busy
        short[] fast = new short[3 * 8000];
        for (int i = 0; i < fast.length; i++) {
            fast[i] = (i / 2000) % 2 == 0 ? (short) (5000 * Math.sin(2 * Math.PI * 400 * i / 8000.0)) : 0;
        }
        assertEquals(ToneReport.Kind.TONE, analyser.analyse(fast).kind());
        // 425 Hz continuous (the European dial tone): 6 % off, not dial
        assertEquals(ToneReport.Kind.TONE, analyser.analyse(new SineOscillator(425, -19).render(2000)).kind());
        // unmodulated 400 Hz at 1 s / 2 s: not ringback
        short[] plain = new short[7 * 8000];
        for (int i = 0; i < plain.length; i++) {
            plain[i] = (i % 24000) < 8000 ? (short) (5000 * Math.sin(2 * Math.PI * 400 * i / 8000.0)) : 0;
        }
        ToneReport r = analyser.analyse(plain);
        assertFalse(ToneExpectation.parse("ringback").matches(r), r.describe());
    }

    @Test
    void frequencyMatchesWithinTwoPercent() {
        ToneReport r = analyser.analyse(new SineOscillator(1004, -10).render(1000));
        assertEquals(1004, r.dominantHz(), 1);
        assertTrue(ToneExpectation.parse("1004").matches(r));
        assertTrue(ToneExpectation.parse("1020").matches(r)); // 1.6 % away
        assertFalse(ToneExpectation.parse("1030").matches(r)); // 2.5 % away
        assertFalse(ToneExpectation.parse("silence").matches(r));
        // a 697 Hz tone, as baresip plays it
        assertTrue(ToneExpectation.parse("697").matches(analyser.analyse(new SineOscillator(697, -20).render(500))));
    }

    @Test
    void silenceAndLineNoiseAreSilence() {
        assertEquals(ToneReport.Kind.SILENCE, analyser.analyse(new short[8000]).kind());
        Random rnd = new Random(1);
        short[] noise = new short[8000];
        double sigma = Dbm0.ZERO_DBM0_RMS * Math.pow(10, -65 / 20.0);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (short) Math.round(rnd.nextGaussian() * sigma);
        }
        assertTrue(ToneExpectation.parse("silence").matches(analyser.analyse(noise)));
    }

    @Test
    void ringbackSurvivesNoiseAndALostPacket() {
        short[] audio = play(CallProgressTone.RINGBACK, 0, 7000);
        Random rnd = new Random(2);
        double sigma = Dbm0.ZERO_DBM0_RMS * Math.pow(10, -60 / 20.0);
        for (int i = 0; i < audio.length; i++) {
            audio[i] = (short) (audio[i] + Math.round(rnd.nextGaussian() * sigma));
        }
        Arrays.fill(audio, 3 * 8000 + 2000, 3 * 8000 + 2160, (short) 0); // 20 ms lost inside an on-period
        assertEquals(ToneReport.Kind.RINGBACK, analyser.analyse(audio).kind());
    }

    @Test
    void anExpectationJudgesTheEndOfARecording() {
        // 4 s of dial tone, then the far end rings: after 7 s of ringback the end of the recording is ringback
        short[] recording = new short[11 * 8000];
        System.arraycopy(play(CallProgressTone.DIAL, 0, 4000), 0, recording, 0, 4 * 8000);
        System.arraycopy(play(CallProgressTone.RINGBACK, 0, 7000), 0, recording, 4 * 8000, 7 * 8000);
        ToneExpectation ringback = ToneExpectation.parse("ringback");
        assertTrue(ringback.matches(ringback.judge(recording)));
        ToneExpectation dial = ToneExpectation.parse("dial");
        assertFalse(dial.matches(dial.judge(recording)));
        assertTrue(dial.matches(dial.judge(Arrays.copyOf(recording, 4 * 8000))));
    }

    @Test
    void badWordsGetAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ToneExpectation.parse("ring"));
        assertTrue(e.getMessage().contains("dial, ringback, busy, silence"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ToneExpectation.parse("5000"));
        assertThrows(IllegalArgumentException.class, () -> analyser.analyse(new short[10]));
    }
}
