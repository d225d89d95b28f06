package org.voipgw.media.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.time.VirtualClock;

class RtcpReporterTest {
    private static final InetSocketAddress FAR = new InetSocketAddress("203.0.113.5", 40000);

    @Test
    void reportsAtLeastEveryFiveSecondsSrWhileSendingRrWhenNotAndByeAtTheEnd() {
        VirtualClock clock = new VirtualClock();
        RtpSender sender = new RtpSender(new SplittableRandom(1));
        RtpReceiver receiver = new RtpReceiver(clock, FAR, Set.of(0), 1500);
        List<Long> sentAt = new ArrayList<>();
        List<List<RtcpPacket>> sent = new ArrayList<>();
        RtcpReporter reporter = new RtcpReporter(clock, sender, receiver, "gw@192.0.2.1", bytes -> {
            sentAt.add(clock.millis());
            sent.add(RtcpCodec.decode(bytes).value());
        }, new SplittableRandom(2));
        reporter.start();
        long start = clock.millis();
        // 30 s of a call, far end losing every 10th packet; we send for the first 12 s only
        for (int tick = 0; tick < 1500; tick++) {
            if (tick < 600) {
                sender.g711(0, new byte[160], false);
            }
            if (tick % 10 != 9) {
                byte[] b = RtpCodec.encode(RtpPacket.audio(false, 0, tick, 160L * tick, 77, new byte[160]));
                receiver.receive(FAR, b, b.length);
            }
            clock.advance(Duration.ofMillis(20));
        }
        assertTrue(sentAt.size() >= 6, "30 s at least every 5 s: " + sentAt.size());
        long previous = start;
        for (long t : sentAt) {
            assertTrue(t - previous <= 5000, "gap of " + (t - previous) + " ms");
            previous = t;
        }
        RtcpPacket.SenderReport sr = assertInstanceOf(RtcpPacket.SenderReport.class, sent.get(0).get(0));
        assertEquals(sender.ssrc(), sr.ssrc());
        RtcpPacket.SourceDescription sdes = assertInstanceOf(RtcpPacket.SourceDescription.class, sent.get(0).get(1));
        assertEquals("gw@192.0.2.1", sdes.chunks().get(0).items().get(0).text());
        RtcpPacket.ReceiverReport rr = assertInstanceOf(RtcpPacket.ReceiverReport.class, sent.get(sent.size() - 1).get(0));
        ReportBlock block = rr.reports().get(0);
        assertEquals(77, block.ssrc());
        assertTrue(Math.abs(block.fractionLost() - 26) <= 2, "10 % loss is about 26/256: " + block.fractionLost());
        assertTrue(block.cumulativeLost() > 100, "cumulative loss " + block.cumulativeLost());

        reporter.stop("hangup");
        List<RtcpPacket> last = sent.get(sent.size() - 1);
        RtcpPacket.Goodbye bye = assertInstanceOf(RtcpPacket.Goodbye.class, last.get(last.size() - 1));
        assertEquals(List.of(sender.ssrc()), bye.ssrcs());
        int count = sent.size();
        clock.advance(Duration.ofSeconds(20));
        assertEquals(count, sent.size(), "nothing after BYE");
    }

    @Test
    void theFarEndsSrFillsLsrAndDlsr() {
        VirtualClock clock = new VirtualClock();
        RtpSender sender = new RtpSender(new SplittableRandom(1));
        RtpReceiver receiver = new RtpReceiver(clock, FAR, Set.of(0), 1500);
        byte[] b = RtpCodec.encode(RtpPacket.audio(false, 0, 1, 0, 77, new byte[160]));
        receiver.receive(FAR, b, b.length);
        List<List<RtcpPacket>> sent = new ArrayList<>();
        RtcpReporter reporter = new RtcpReporter(clock, sender, receiver, "gw", x -> sent.add(RtcpCodec.decode(x).value()),
                new SplittableRandom(3));
        long farNtp = 0x1234_5678_9abc_def0L;
        reporter.received(List.of(new RtcpPacket.SenderReport(77, farNtp, 0, 1, 160, List.of(
                new ReportBlock(sender.ssrc(), 5, 3, 100, 7, 0, 0)))));
        clock.advance(Duration.ofMillis(500));
        reporter.report();
        ReportBlock block = ((RtcpPacket.ReceiverReport) sent.get(0).get(0)).reports().get(0);
        assertEquals(0x5678_9abcL, block.lastSr());
        assertEquals(32768, block.delaySinceLastSr(), "0.5 s in 1/65536 s");
        assertEquals(3, reporter.lastReportAboutUs().cumulativeLost());
    }

    @Test
    void ntpTimestampOfTheUnixEpoch() {
        assertEquals(2_208_988_800L << 32, RtcpReporter.ntp(0));
        assertEquals((2_208_988_801L << 32) | 0x8000_0000L, RtcpReporter.ntp(1500));
    }
}
