package org.voipgw.media.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RtpSenderTest {

    @Test
    void initialValuesComeFromTheInjectedGenerator() {
        RtpSender a = new RtpSender(new SplittableRandom(7));
        RtpSender b = new RtpSender(new SplittableRandom(7));
        RtpSender c = new RtpSender(new SplittableRandom(8));
        assertEquals(a.ssrc(), b.ssrc());
        assertEquals(a.nextSequence(), b.nextSequence());
        assertEquals(a.nextTimestamp(), b.nextTimestamp());
        assertNotEquals(a.ssrc(), c.ssrc());
    }

    @Test
    void twentyMillisecondsOfG711Advance160AndOneSequence() {
        RtpSender s = new RtpSender(new SplittableRandom(1));
        long ts0 = s.nextTimestamp();
        int seq0 = s.nextSequence();
        RtpPacket first = s.g711(0, new byte[160], false);
        RtpPacket second = s.g711(0, new byte[160], false);
        assertTrue(first.marker(), "the first packet starts the first talkspurt");
        assertFalse(second.marker());
        assertEquals(ts0, first.timestamp());
        assertEquals((ts0 + 160) & 0xFFFF_FFFFL, second.timestamp());
        assertEquals(seq0, first.sequenceNumber());
        assertEquals((seq0 + 1) & 0xFFFF, second.sequenceNumber());
        assertEquals(first.ssrc(), second.ssrc());
        assertEquals(2, s.packetCount());
        assertEquals(320, s.octetCount());
    }

    @Test
    void silenceAdvancesTheTimestampOnlyAndTheNextTalkspurtIsMarked() {
        RtpSender s = new RtpSender(new SplittableRandom(2));
        RtpPacket a = s.g711(8, new byte[160], false);
        s.silence(800); // 100 ms without packets
        RtpPacket b = s.g711(8, new byte[160], true);
        assertTrue(b.marker());
        assertEquals((a.timestamp() + 960) & 0xFFFF_FFFFL, b.timestamp());
        assertEquals((a.sequenceNumber() + 1) & 0xFFFF, b.sequenceNumber());
    }

    @Test
    void sequenceAndTimestampWrap() {
        RtpSender s = new RtpSender(new SplittableRandom(3));
        int seen = 0;
        int lastSeq = -1;
        long lastTs = -1;
        for (int i = 0; i < 70_000; i++) {
            RtpPacket p = s.g711(0, new byte[160], false);
            if (lastSeq >= 0) {
                assertEquals((lastSeq + 1) & 0xFFFF, p.sequenceNumber());
                assertEquals((lastTs + 160) & 0xFFFF_FFFFL, p.timestamp());
            }
            lastSeq = p.sequenceNumber();
            lastTs = p.timestamp();
            seen++;
        }
        assertEquals(70_000, seen);
    }
}
