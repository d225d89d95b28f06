package org.voipgw.media.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** RFC 3550 Appendix A.1 (sequence), A.3 (loss), A.8 (jitter). */
class ReceptionStatisticsTest {

    @Test
    void lossIsCumulativeAndFractionIsPerInterval() {
        ReceptionStatistics s = new ReceptionStatistics();
        // 100 packets, every 4th lost: 75 received of 100 expected
        for (int i = 0; i < 100; i++) {
            if (i % 4 != 3) {
                s.update(1000 + i, 160L * i, 160L * i);
            }
        }
        assertEquals(99, s.expected(), "A.3: highest - base + 1 = 1098 - 1000 + 1");
        assertEquals(75, s.received());
        assertEquals(24, s.cumulativeLost());
        assertEquals(24 * 256 / 99, s.takeFractionLost());
        // next interval: 10 more packets; #99, lost, now falls inside it: 1 of 11
        for (int i = 100; i < 110; i++) {
            s.update(1000 + i, 160L * i, 160L * i);
        }
        assertEquals(256 / 11, s.takeFractionLost());
        assertEquals(25, s.cumulativeLost());
        s.update(1110, 0, 0);
        assertEquals(0, s.takeFractionLost(), "nothing lost in the third interval");
    }

    @Test
    void sequenceWrapCountsACycle() {
        ReceptionStatistics s = new ReceptionStatistics();
        for (int i = 0; i < 20; i++) {
            s.update((65530 + i) & 0xFFFF, 0, 0);
        }
        assertEquals(65536 + 13, s.extendedHighestSequence());
        assertEquals(20, s.expected());
        assertEquals(0, s.cumulativeLost());
    }

    @Test
    void aBigJumpIsBadUntilTheNextPacketConfirmsARestart() {
        ReceptionStatistics s = new ReceptionStatistics();
        s.update(100, 0, 0);
        s.update(101, 160, 160);
        assertFalse(s.update(40_000, 320, 320));
        assertTrue(s.update(40_001, 480, 480), "A.1: two sequential packets after a jump restart the count");
        assertEquals(40_001, s.extendedHighestSequence());
        assertEquals(1, s.received(), "A.1 init_seq resets the counts; the confirming packet counts");
    }

    @Test
    void jitterFollowsA8() {
        ReceptionStatistics s = new ReceptionStatistics();
        s.update(1, 0, 1000);
        s.update(2, 160, 1160);
        assertEquals(0, s.jitter(), "constant transit: no jitter");
        s.update(3, 320, 1320 + 160); // 20 ms late: D = 160
        assertEquals(10, s.jitter(), "J += (|D| - J) / 16 = 160 / 16");
        for (int i = 4; i < 1000; i++) { // transit alternating ±80: |D| = 160 each time
            s.update(i, 160L * i, 160L * i + 1000 + (i % 2 == 0 ? 80 : -80));
        }
        assertTrue(Math.abs(s.jitter() - 160) <= 1, "converges to |D|: " + s.jitter());
    }

    @Test
    void telephoneEventsCountForLossButNotForJitter() {
        ReceptionStatistics s = new ReceptionStatistics();
        for (int i = 0; i < 50; i++) { // steady audio: no jitter
            s.update(i, 160L * i, 160L * i + 500);
        }
        for (int i = 50; i < 60; i++) { // a digit: its packets keep the start timestamp 8000
            s.update(i, 8000, 160L * i + 500, false);
        }
        for (int i = 60; i < 70; i++) {
            s.update(i, 160L * i, 160L * i + 500);
        }
        assertEquals(0, s.jitter());
        assertEquals(70, s.received());
        assertEquals(0, s.cumulativeLost());
        s.update(70, 160L * 70, 160L * 70 + 500 + 160, false);
        assertEquals(0, s.jitter(), "an event packet does not move it");
    }
}
