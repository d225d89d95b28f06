package org.voipgw.media.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.media.SpandspJudge;

/**
 * An outside analyser on our Japanese tones: spandsp's supervisory tone detector, set up with the cadences of
 * 別表第5号, must recognise each tone, measure its segments, and not mistake one for another.
 */
class CallProgressToneSpandspTest {

    private record Judged(List<String> tones, List<int[]> segments) {
        /** Durations of the segments of {@code hz} (0 = silence), without the first and last (cut by the recording). */
        List<Integer> interior(int hz) {
            List<Integer> d = new ArrayList<>();
            for (int i = 1; i < segments.size() - 1; i++) {
                if (segments.get(i)[0] == hz) {
                    d.add(segments.get(i)[1]);
                }
            }
            return d;
        }
    }

    private static Judged judge(CallProgressTone tone, Path dir) throws Exception {
        String out = SpandspJudge.judge("tones", tone.source().render(8000), dir);
        List<String> tones = new ArrayList<>();
        List<int[]> segments = new ArrayList<>();
        for (String line : out.split("\n")) {
            String[] w = line.trim().split(" ");
            if (w[0].equals("tone")) {
                tones.add(w[1]);
            } else if (w[0].equals("segment")) {
                segments.add(new int[] {Integer.parseInt(w[1]), Integer.parseInt(w[2])});
            }
        }
        System.out.println("spandsp on " + tone + ": tones " + tones + ", 400 Hz segments " + new Judged(tones, segments).interior(400)
                + " ms, silent segments " + new Judged(tones, segments).interior(0) + " ms");
        return new Judged(tones, segments);
    }

    @Test
    void spandspRecognisesDialTone(@TempDir Path dir) throws Exception {
        Judged j = judge(CallProgressTone.DIAL, dir);
        assertEquals(List.of("dial"), j.tones());
        assertTrue(j.interior(0).isEmpty(), "no silent segment in a continuous tone");
    }

    @Test
    void spandspRecognisesAndMeasuresBusyTone(@TempDir Path dir) throws Exception {
        Judged j = judge(CallProgressTone.BUSY, dir);
        assertEquals(List.of("busy"), j.tones());
        assertTrue(j.interior(400).size() >= 5, j.interior(400).toString());
        j.interior(400).forEach(ms -> assertEquals(500, ms, 25));
        j.interior(0).forEach(ms -> assertEquals(500, ms, 25));
    }

    @Test
    void spandspRecognisesAndMeasuresRingback(@TempDir Path dir) throws Exception {
        Judged j = judge(CallProgressTone.RINGBACK, dir);
        assertEquals(List.of("ringback"), j.tones());
        assertTrue(j.interior(400).size() >= 2 && j.interior(0).size() >= 2, j.segments().size() + " segments");
        j.interior(400).forEach(ms -> assertEquals(1000, ms, 25));
        j.interior(0).forEach(ms -> assertEquals(2000, ms, 25));
    }
}
