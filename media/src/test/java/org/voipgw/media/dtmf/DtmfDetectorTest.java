package org.voipgw.media.dtmf;

import org.voipgw.media.tone.CallProgressTone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.voipgw.media.level.Dbm0;

/** Measures the detector's acceptance edges by sweeps, and its talk-off on generated speech and music. */
class DtmfDetectorTest {
    private static final String ALL = "0123456789*#ABCD";

    /** 100 ms of silence, the signal, 100 ms of silence: what the detector saw. */
    private static String detectPadded(short[] signal, int lead) {
        short[] audio = new short[800 + lead + signal.length + 800];
        System.arraycopy(signal, 0, audio, 800 + lead, signal.length);
        return DtmfDetector.detect(audio);
    }

    private static short[] pair(double lowHz, double highHz, double lowDbm0, double highDbm0, int ms) {
        short[] s = new short[ms * 8];
        DtmfGenerator.renderPair(s, 0, s.length, lowHz, highHz, lowDbm0, highDbm0);
        return s;
    }

    @Test
    void everyKeyIsDetected() {
        assertEquals(ALL, DtmfDetector.detect(DtmfGenerator.DEFAULT.render(ALL)));
        assertEquals("0312345678#", DtmfDetector.detect(DtmfGenerator.DEFAULT.render("0312345678#")));
    }

    @Test
    void frequencyOffsetsAreAcceptedWithinOnePointFiveAndRejectedBeyondThreePointFivePercent() {
        StringBuilder report = new StringBuilder("DTMF frequency edges (largest accepted offset, smallest rejected):\n");
        for (int group = 0; group < 2; group++) {
            for (int i = 0; i < 4; i++) {
                double nominal = group == 0 ? DtmfKey.LOW_HZ[i] : DtmfKey.HIGH_HZ[i];
                for (int sign = -1; sign <= 1; sign += 2) {
                    double lastAccepted = -1;
                    double firstRejected = -1;
                    for (int tenth = 0; tenth <= 50; tenth++) {
                        double offset = sign * tenth / 1000.0;
                        double f = nominal * (1 + offset);
                        double low = group == 0 ? f : DtmfKey.LOW_HZ[1];
                        double high = group == 1 ? f : DtmfKey.HIGH_HZ[1];
                        boolean accepted = detectPadded(pair(low, high, -9, -7, 100), 37).length() == 1;
                        if (accepted && firstRejected < 0) {
                            lastAccepted = tenth / 10.0;
                        }
                        if (!accepted && firstRejected < 0) {
                            firstRejected = tenth / 10.0;
                        }
                        if (tenth <= 15) {
                            assertTrue(accepted, nominal + " Hz at " + (offset * 100) + " % must be accepted (Q.24)");
                        }
                        if (tenth >= 35) {
                            assertTrue(!accepted, nominal + " Hz at " + (offset * 100) + " % must be rejected (Q.24)");
                        }
                    }
                    report.append(String.format("  %6.0f Hz %s: accepted to %.1f %%, rejected from %.1f %%%n", nominal,
                            sign < 0 ? "low " : "high", lastAccepted, firstRejected));
                }
            }
        }
        System.out.print(report);
    }

    @Test
    void tonesOfFortyMillisecondsAreAcceptedAndShorterThanThirtyRejected() {
        int alwaysFrom = -1;
        int neverUpTo = -1;
        for (int ms = 15; ms <= 50; ms++) {
            int hits = 0;
            for (int lead = 0; lead < 80; lead += 7) {
                hits += detectPadded(pair(770, 1336, -9, -7, ms), lead).length();
            }
            if (hits == 0) {
                neverUpTo = ms;
            }
            if (hits == 12 && alwaysFrom < 0) {
                alwaysFrom = ms;
            }
            if (hits != 12) {
                alwaysFrom = -1;
            }
            if (ms >= 40) {
                assertEquals(12, hits, ms + " ms tones must always be accepted");
            }
            if (ms <= 29) {
                assertEquals(0, hits, ms + " ms tones must be rejected");
            }
        }
        System.out.printf("DTMF duration: rejected at every alignment up to %d ms, accepted at every alignment from %d ms%n",
                neverUpTo, alwaysFrom);
    }

    @Test
    void pausesOfThirtyMillisecondsSeparatePressesAndTenMillisecondBreaksDoNot() {
        int separatesFrom = -1;
        for (int pause = 0; pause <= 50; pause += 2) {
            int presses = 0;
            for (int lead = 0; lead < 80; lead += 10) {
                short[] tone = pair(852, 1477, -9, -7, 60);
                short[] two = new short[tone.length * 2 + pause * 8];
                System.arraycopy(tone, 0, two, 0, tone.length);
                System.arraycopy(tone, 0, two, tone.length + pause * 8, tone.length);
                presses += detectPadded(two, lead).length();
            }
            if (pause <= 10) {
                assertEquals(8, presses, "a " + pause + " ms break is one press");
            }
            if (pause >= 30) {
                assertEquals(16, presses, "a " + pause + " ms pause separates two presses");
            }
            if (presses == 16 && separatesFrom < 0) {
                separatesFrom = pause;
            }
        }
        System.out.println("DTMF pause: two presses at every alignment from " + separatesFrom + " ms");
    }

    @Test
    void twistIsAcceptedFromMinusFourToPlusEightDecibels() {
        double lowestAccepted = 99;
        double highestAccepted = -99;
        for (double twist = -10; twist <= 12; twist += 0.5) {
            double low = -12 - twist / 2;
            double high = -12 + twist / 2;
            boolean accepted = detectPadded(pair(941, 1209, low, high, 80), 11).length() == 1;
            if (accepted) {
                lowestAccepted = Math.min(lowestAccepted, twist);
                highestAccepted = Math.max(highestAccepted, twist);
            }
            if (twist >= -3.5 && twist <= 7.5) {
                assertTrue(accepted, "twist " + twist + " dB must be accepted");
            }
            if (twist <= -4.5 || twist >= 8.5) {
                assertTrue(!accepted, "twist " + twist + " dB must be rejected");
            }
        }
        System.out.printf("DTMF twist (high minus low): accepted from %.1f to %.1f dB%n", lowestAccepted, highestAccepted);
    }

    @Test
    void levelsDownToMinusThirtyDbm0PerToneAreAccepted() {
        double lowest = 99;
        for (double level = -40; level <= -3; level += 0.5) {
            boolean accepted = detectPadded(pair(697, 1633, level, level, 80), 3).length() == 1;
            if (accepted) {
                lowest = Math.min(lowest, level);
            }
            if (level >= -29.5) {
                assertTrue(accepted, level + " dBm0 per tone must be accepted");
            }
            if (level <= -30.5) {
                assertTrue(!accepted, level + " dBm0 per tone must be rejected");
            }
        }
        System.out.printf("DTMF level: accepted from %.1f dBm0 per tone%n", lowest);
    }

    @Test
    void digitsSurviveNoiseTwentyDecibelsDown() {
        short[] audio = new DtmfGenerator(60, 60, -20, -18).render(ALL);
        Random rnd = new Random(3);
        double sigma = Dbm0.ZERO_DBM0_RMS * Math.pow(10, -40 / 20.0);
        for (int i = 0; i < audio.length; i++) {
            audio[i] = (short) (audio[i] + Math.round(rnd.nextGaussian() * sigma));
        }
        assertEquals(ALL, DtmfDetector.detect(audio));
    }

    @Test
    void digitsAreReadOverTheDialTone() {
        // the first digit arrives while the line still sends 発信音 (400 Hz, −19 dBm0)
        short[] keys = DtmfGenerator.DEFAULT.render("0312345678");
        short[] dial = CallProgressTone.DIAL.source().render(keys.length / 8);
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (short) (keys[i] + dial[i]);
        }
        assertEquals("0312345678", DtmfDetector.detect(keys));
    }

    @Test
    void speechLikeVowelsDoNotTalkOff() {
        short[] vowels = TalkOffMaterial.vowels(7);
        String hits = DtmfDetector.detect(vowels);
        System.out.printf("DTMF talk-off: %d digits in %.0f s of synthetic vowels (%s)%n", hits.length(), vowels.length / 8000.0, hits);
        assertEquals("", hits);
    }

    @Test
    void musicLikeNotesRarelyTalkOff() {
        short[] music = TalkOffMaterial.music(11, 600);
        String hits = DtmfDetector.detect(music);
        System.out.printf("DTMF talk-off: %d digits in %d s of synthetic music (%s)%n", hits.length(), music.length / 8000, hits);
        // chosen bound: fewer than one false digit a minute of continuous music
        assertTrue(hits.length() < 10, hits);
    }

    @Test
    void badKeysAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DtmfGenerator.DEFAULT.render("12x"));
        assertTrue(e.getMessage().contains("0-9, *, #, A-D"), e.getMessage());
    }
}
