package org.voipgw.media.net;

import org.voipgw.media.rtp.RtpCodec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.media.g711.G711;
import org.voipgw.media.rtp.JitterBuffer;
import org.voipgw.media.rtp.RtcpCodec;
import org.voipgw.media.rtp.RtcpPacket;
import org.voipgw.media.rtp.RtcpReporter;
import org.voipgw.media.rtp.RtpDrop;
import org.voipgw.media.rtp.RtpPacket;
import org.voipgw.media.rtp.RtpReceiver;
import org.voipgw.media.rtp.RtpSender;
import org.voipgw.media.rtp.TelephoneEvent;
import org.voipgw.media.rtp.TelephoneEventReceiver;
import org.voipgw.media.rtp.TelephoneEventSender;

/**
 * The building blocks together over real UDP on loopback: a 1004 Hz tone in PCMU, a DTMF digit
 * and an RTCP BYE from A reach B's receiver on B's event loop; a stranger's packets are counted
 * and dropped. Waits are bounded (5 s) and end when their condition holds.
 */
class LoopbackCallTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    void toneDigitAndByeCrossAndAStrangerIsDropped() throws Exception {
        // above the ephemeral ports and apart from RtpSocketTest's ranges (see there)
        int base = 63100 + 2 * (int) (ProcessHandle.current().pid() % 1000);
        RtpPortPool pool = new RtpPortPool(base, base + 7);
        ExecutorService loopB = Executors.newSingleThreadExecutor();
        VirtualClock clockB = new VirtualClock(); // read on B's loop only
        JitterBuffer bufferB = new JitterBuffer();
        TelephoneEventReceiver digitsB = new TelephoneEventReceiver();
        List<Character> digits = new ArrayList<>();
        List<RtcpPacket> rtcpB = new ArrayList<>();
        RtpReceiver[] receiverB = new RtpReceiver[1];
        short[] decoded = new short[160];
        try (RtpSocket a = RtpSocket.open(pool, LOOPBACK, Runnable::run, 1500, 64, (c, s, d) -> { });
             RtpSocket b = RtpSocket.open(pool, LOOPBACK, loopB, 1500, 64, (channel, source, data) -> {
                 if (channel == RtpSocket.Channel.RTCP) {
                     rtcpB.addAll(RtcpCodec.decode(data).value());
                     return;
                 }
                 if (receiverB[0].receive(source, data, data.length) instanceof RtpReceiver.Reception.Accepted ok) {
                     RtpPacket p = ok.packet();
                     if (p.payloadType() == 101) {
                         digitsB.accept(p.timestamp(), TelephoneEvent.decode(p.payload()).value()).ifPresent(change -> {
                             if (change instanceof TelephoneEventReceiver.Change.Began began) {
                                 digits.add(began.digit());
                             }
                         });
                     } else {
                         G711.PCMU.decode(p.payload(), 0, decoded, 0, p.payloadLength());
                         bufferB.put(p.timestamp(), decoded, p.payloadLength(), p.marker());
                     }
                 }
             })) {
            InetSocketAddress aRtp = new InetSocketAddress(LOOPBACK, a.ports().rtp());
            loopB.submit(() -> receiverB[0] = new RtpReceiver(clockB, aRtp, Set.of(0, 101), 1500)).get();
            InetSocketAddress bRtp = new InetSocketAddress(LOOPBACK, b.ports().rtp());

            RtpSender senderA = new RtpSender(new SplittableRandom(1));
            byte[] coded = new byte[160];
            short[] pcm = new short[160];
            int frames = 50; // 1 s of tone
            for (int f = 0; f < frames; f++) {
                for (int i = 0; i < 160; i++) {
                    pcm[i] = (short) (10000 * Math.sin(2 * Math.PI * 1004 * (160 * f + i) / 8000.0));
                }
                G711.PCMU.encode(pcm, 0, coded, 0, 160);
                a.sendRtp(RtpCodec.encode(senderA.g711(0, coded, false)), bRtp);
            }
            long eventTs = senderA.nextTimestamp();
            List<TelephoneEventSender.EventPacket> dtmf = TelephoneEventSender.packets('5', 10, 800, 160);
            for (TelephoneEventSender.EventPacket e : dtmf) {
                a.sendRtp(RtpCodec.encode(
                        senderA.withTimestamp(101, e.event().encode(), eventTs, e.marker())), bRtp);
            }
            try (DatagramChannel stranger = DatagramChannel.open().bind(new InetSocketAddress(LOOPBACK, 0))) {
                stranger.send(ByteBuffer.wrap(RtpCodec.encode(
                        RtpPacket.audio(false, 0, 1, 0, 99, new byte[160]))), bRtp);
            }
            RtcpReporter reporterA = new RtcpReporter(new VirtualClock(), senderA,
                    new RtpReceiver(new VirtualClock(), bRtp, Set.of(0), 1500), "a@loopback",
                    bytes -> a.sendRtcp(bytes, new InetSocketAddress(LOOPBACK, b.ports().rtcp())), new SplittableRandom(2));
            reporterA.stop("test over");

            int expected = frames + dtmf.size() + 1;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (true) {
                long done = loopB.submit(() -> receiverB[0].accepted() + receiverB[0].dropped(RtpDrop.WRONG_SOURCE)
                        + (rtcpB.isEmpty() ? 0 : 1)).get();
                if (done == expected + 1) {
                    break;
                }
                assertTrue(System.nanoTime() < deadline, "B got " + done + " of " + (expected + 1) + " within 5 s");
                Thread.onSpinWait();
            }
            loopB.submit(() -> {
                assertEquals(1, receiverB[0].dropped(RtpDrop.WRONG_SOURCE), "the stranger");
                assertEquals(List.of('5'), digits);
                RtcpPacket.SenderReport sr = assertInstanceOf(RtcpPacket.SenderReport.class, rtcpB.get(0));
                assertEquals(senderA.ssrc(), sr.ssrc());
                assertEquals(frames + dtmf.size(), sr.packetCount());
                assertInstanceOf(RtcpPacket.Goodbye.class, rtcpB.get(rtcpB.size() - 1));
                // play the tone out and measure it by zero crossings
                short[] out = new short[160];
                int crossings = 0;
                short previous = 0;
                for (int f = 0; f < frames + JitterBuffer.PREFILL_FRAMES; f++) {
                    bufferB.take(out);
                    for (short s : out) {
                        if ((previous < 0) != (s < 0) && f >= JitterBuffer.PREFILL_FRAMES) {
                            crossings++;
                        }
                        previous = s;
                    }
                }
                double hz = crossings / 2.0; // one second of audio
                assertEquals(1004, hz, 1004 * 0.02, "tone at B: " + hz + " Hz");
                assertEquals(0, bufferB.framesConcealed());
                return null;
            }).get();
        } finally {
            loopB.shutdownNow();
        }
        assertEquals(0, pool.inUse(), "both pairs freed on close");
    }
}
