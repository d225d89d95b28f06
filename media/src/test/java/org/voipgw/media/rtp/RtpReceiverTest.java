package org.voipgw.media.rtp;

import java.time.Duration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.time.VirtualClock;

class RtpReceiverTest {
    private static final InetSocketAddress SDP = new InetSocketAddress("203.0.113.5", 40000);
    private static final InetSocketAddress SDP_OTHER_PORT = new InetSocketAddress("203.0.113.5", 40002);
    private static final InetSocketAddress STRANGER = new InetSocketAddress("198.51.100.9", 40000);
    private final VirtualClock clock = new VirtualClock();

    private static byte[] packet(int pt, int seq, long ts, long ssrc) {
        return RtpCodec.encode(RtpPacket.audio(false, pt, seq, ts, ssrc, new byte[160]));
    }

    private RtpReceiver receiver(InetSocketAddress sdp) {
        return new RtpReceiver(clock, sdp, Set.of(0, 101), RtpReceiver.DEFAULT_MAX_DATAGRAM);
    }

    private static RtpReceiver.Reception give(RtpReceiver r, InetSocketAddress from, byte[] b) {
        return r.receive(from, b, b.length);
    }

    @Test
    void latchesOnTheFirstValidPacketFromTheSdpAddressAndAnyPort() {
        RtpReceiver r = receiver(SDP);
        assertEquals(SDP, r.sendTarget());
        assertInstanceOf(RtpReceiver.Reception.Dropped.class, give(r, STRANGER, packet(0, 1, 0, 9)));
        assertFalse(r.latched());
        assertInstanceOf(RtpReceiver.Reception.Accepted.class, give(r, SDP_OTHER_PORT, packet(0, 1, 0, 7)));
        assertTrue(r.latched());
        assertEquals(SDP_OTHER_PORT, r.sendTarget(), "symmetric RTP: we answer where it came from");
        // after the latch even the SDP's own port is another source
        assertEquals(RtpDrop.WRONG_SOURCE, ((RtpReceiver.Reception.Dropped) give(r, SDP, packet(0, 2, 160, 7))).reason());
        assertEquals(2, r.dropped(RtpDrop.WRONG_SOURCE));
    }

    @Test
    void eachDropHasItsCounter() {
        RtpReceiver r = receiver(SDP);
        give(r, SDP, packet(0, 1, 0, 7)); // latch
        assertEquals(RtpDrop.WRONG_SSRC, ((RtpReceiver.Reception.Dropped) give(r, SDP, packet(0, 2, 160, 8))).reason());
        assertEquals(RtpDrop.WRONG_PAYLOAD_TYPE, ((RtpReceiver.Reception.Dropped) give(r, SDP, packet(18, 2, 160, 7))).reason());
        byte[] big = new byte[RtpReceiver.DEFAULT_MAX_DATAGRAM + 1];
        assertEquals(RtpDrop.OVERSIZED, ((RtpReceiver.Reception.Dropped) r.receive(SDP, big, big.length)).reason());
        assertEquals(RtpDrop.MALFORMED, ((RtpReceiver.Reception.Dropped) r.receive(SDP, new byte[5], 5)).reason());
        assertEquals(RtpDrop.BAD_SEQUENCE, ((RtpReceiver.Reception.Dropped) give(r, SDP, packet(0, 30_000, 320, 7))).reason());
        for (RtpDrop d : new RtpDrop[] {RtpDrop.WRONG_SSRC, RtpDrop.WRONG_PAYLOAD_TYPE, RtpDrop.OVERSIZED,
                RtpDrop.MALFORMED, RtpDrop.BAD_SEQUENCE}) {
            assertEquals(1, r.dropped(d), d.name());
        }
        assertEquals(0, r.dropped(RtpDrop.WRONG_SOURCE));
        assertEquals(1, r.accepted());
    }

    @Test
    void aWrongPayloadTypeDoesNotLatch() {
        RtpReceiver r = receiver(SDP);
        give(r, SDP, packet(18, 1, 0, 5));
        assertFalse(r.latched());
        give(r, SDP, packet(0, 1, 0, 7));
        assertTrue(r.latched());
        assertEquals(7, r.remoteSsrc());
    }

    @Test
    void privateOrUnspecifiedSdpAddressLatchesOnAnySource() {
        RtpReceiver nat = receiver(new InetSocketAddress("192.168.1.20", 5004));
        assertInstanceOf(RtpReceiver.Reception.Accepted.class, give(nat, STRANGER, packet(0, 1, 0, 3)));
        assertEquals(STRANGER, nat.sendTarget());
        RtpReceiver hold = receiver(new InetSocketAddress("0.0.0.0", 5004));
        assertInstanceOf(RtpReceiver.Reception.Accepted.class, give(hold, STRANGER, packet(0, 1, 0, 3)));
    }

    @Test
    void newSdpStartsTheLatchOver() {
        RtpReceiver r = receiver(SDP);
        give(r, SDP, packet(0, 1, 0, 7));
        r.expect(STRANGER, Set.of(8));
        assertFalse(r.latched());
        assertInstanceOf(RtpReceiver.Reception.Accepted.class, give(r, STRANGER, packet(8, 9, 0, 11)));
        assertEquals(11, r.remoteSsrc());
    }

    @Test
    void theNegotiatedEventTypeStaysOutOfTheJitter() {
        RtpReceiver r = receiver(SDP);
        r.expect(SDP, Set.of(0, 101), 101);
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMillis(20));
            give(r, SDP, packet(i < 10 ? 0 : 101, i, i < 10 ? 160L * i : 1600, 7));
        }
        assertEquals(20, r.accepted());
        assertEquals(0, r.statistics().jitter());
    }
}
