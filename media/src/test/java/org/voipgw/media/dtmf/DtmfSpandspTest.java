package org.voipgw.media.dtmf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.media.SpandspJudge;
import org.voipgw.media.wav.WavFile;

/** Our detector against spandsp's generator, and our generator against spandsp's detector. */
class DtmfSpandspTest {
    private static final String KEYS = "0123456789*#ABCD0312345678#";

    @Test
    void ourDetectorReadsSpandspsDtmf(@TempDir Path dir) throws Exception {
        Path wav = dir.resolve("spandsp-dtmf.wav");
        SpandspJudge.run("dtmf-tx", KEYS, wav.toString());
        assertEquals(KEYS, DtmfDetector.detect(WavFile.read(wav)));
    }

    @Test
    void spandspReadsOurDtmf(@TempDir Path dir) throws Exception {
        String out = SpandspJudge.judge("dtmf", DtmfGenerator.DEFAULT.render(KEYS), dir);
        assertEquals("digits " + KEYS, out.trim());
        // and at the Japanese minimum timing (別表第3号: 50 ms tone, 30 ms pause... we send 50/50)
        String fast = SpandspJudge.judge("dtmf", new DtmfGenerator(50, 50, -9, -7).render(KEYS), dir);
        assertEquals("digits " + KEYS, fast.trim());
    }
}
