package org.voipgw.media.callerid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.media.SpandspJudge;

/** Our ナンバー・ディスプレイ signal, judged by spandsp's JCLIP receiver (adsi_rx, ADSI_STANDARD_JCLIP). */
class JclipSpandspTest {

    /** The data phase with 300 ms of line silence either side, as the phone would hear it after its primary response. */
    private static short[] onTheLine(short[] fsk) {
        short[] audio = new short[2400 + fsk.length + 2400];
        System.arraycopy(fsk, 0, audio, 2400, fsk.length);
        return audio;
    }

    private static String judge(JclipMessage m, Path dir) throws Exception {
        return SpandspJudge.judge("jclip", onTheLine(JclipTiming.dataSignal(m)), dir);
    }

    @Test
    void spandspReadsTheCallersNumber(@TempDir Path dir) throws Exception {
        for (String number : new String[] {"0312345678", "09012345678", "0120123456", "117"}) {
            String out = judge(JclipMessage.presenting(number), dir);
            assertEquals("message 0x40\nfield 0x02 " + number + "\nmessages 1\n", out, number);
        }
    }

    @Test
    void spandspReadsTheReasonCodes(@TempDir Path dir) throws Exception {
        for (AbsenceReason reason : AbsenceReason.values()) {
            String out = judge(JclipMessage.absent(reason), dir);
            assertEquals("message 0x40\nfield 0x04 " + reason.code() + "\nmessages 1\n", out, reason.name());
        }
    }

    @Test
    void spandspReadsTheCalledNumberToo(@TempDir Path dir) throws Exception {
        String out = judge(JclipMessage.presenting("0312345678").withCalledNumber("0312340001"), dir);
        assertEquals("message 0x40\nfield 0x02 0312345678\nfield 0x09 0312340001\nmessages 1\n", out);
    }

    @Test
    void quietSignalsAreStillRead(@TempDir Path dir) throws Exception {
        short[] fsk = new FskModulator(-27).modulate(JclipFrame.encode(JclipMessage.presenting("0312345678")),
                JclipTiming.LEAD_MARK_BITS, JclipTiming.TRAIL_MARK_BITS);
        assertEquals("message 0x40\nfield 0x02 0312345678\nmessages 1\n", SpandspJudge.judge("jclip", onTheLine(fsk), dir));
    }

    @Test
    void aLengthOfSixteenIsSentAsNttSaysEvenThoughSpandspCannotReadIt(@TempDir Path dir) throws Exception {
        // PITFALLS.md: spandsp's receiver drops a frame whose length octet is 10h (doubled as DLE DLE). We send
        // the NTT format regardless (JclipFrameTest decodes it); spandsp must at least never report a wrong number.
        String out = judge(JclipMessage.presenting("01012345678901"), dir);
        assertFalse(out.contains("field 0x02") && !out.contains("field 0x02 01012345678901"), out);
    }
}
