package org.voipgw.media.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.media.SpandspJudge;

/**
 * An outside analyser on our Japanese tones: spandsp's supervisory tone detector, set up with the cadences of
 * 別表第5号, must recognise each tone, measure its segments, and not mistake one for another.
 */
class CallProgressToneSpandspTest {

    private static SpandspJudge.Tones judge(CallProgressTone tone, Path dir) throws Exception {
        SpandspJudge.Tones j = SpandspJudge.tones(tone.source().render(8000), dir);
        System.out.println("spandsp on " + tone + ": " + j);
        return j;
    }

    @Test
    void spandspRecognisesDialTone(@TempDir Path dir) throws Exception {
        SpandspJudge.Tones j = judge(CallProgressTone.DIAL, dir);
        assertEquals(List.of("dial"), j.tones());
        assertTrue(j.interior(0).isEmpty(), "no silent segment in a continuous tone");
    }

    @Test
    void spandspRecognisesAndMeasuresBusyTone(@TempDir Path dir) throws Exception {
        SpandspJudge.Tones j = judge(CallProgressTone.BUSY, dir);
        assertEquals(List.of("busy"), j.tones());
        assertTrue(j.interior(400).size() >= 5, j.interior(400).toString());
        j.interior(400).forEach(ms -> assertEquals(500, ms, 25));
        j.interior(0).forEach(ms -> assertEquals(500, ms, 25));
    }

    @Test
    void spandspRecognisesAndMeasuresRingback(@TempDir Path dir) throws Exception {
        SpandspJudge.Tones j = judge(CallProgressTone.RINGBACK, dir);
        assertEquals(List.of("ringback"), j.tones());
        assertTrue(j.interior(400).size() >= 2 && j.interior(0).size() >= 2, j.segments().size() + " segments");
        j.interior(400).forEach(ms -> assertEquals(1000, ms, 25));
        j.interior(0).forEach(ms -> assertEquals(2000, ms, 25));
    }
}
