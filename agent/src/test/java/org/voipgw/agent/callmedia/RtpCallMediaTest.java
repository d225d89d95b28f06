package org.voipgw.agent.callmedia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.sip.invite.CallMedia;
import org.voipgw.hal.time.VirtualClock;

/** Two call media on the simulated network, on virtual time: offer/answer, then a tone each way. */
class RtpCallMediaTest {
    private final VirtualClock clock = new VirtualClock();
    private final SimulatedRtpNetwork net = new SimulatedRtpNetwork(clock);

    /** A sine at {@code hz} out, and everything heard kept. */
    private static final class Tone implements AudioPath {
        final double hz;
        long n;
        final List<Short> heard = new ArrayList<>();

        Tone(double hz) {
            this.hz = hz;
        }

        @Override
        public void fromPbx(short[] frame) {
            for (int i = 0; i < frame.length; i++) {
                frame[i] = (short) Math.round(8000 * Math.sin(2 * Math.PI * hz * n++ / 8000.0));
            }
        }

        @Override
        public void toPbx(short[] frame) {
            for (short s : frame) {
                heard.add(s);
            }
        }

        /** Dominant frequency of the last second by zero crossings (good enough for one pure tone). */
        double frequencyHeard() {
            int from = heard.size() - 8000;
            int crossings = 0;
            for (int i = from + 1; i < heard.size(); i++) {
                if ((heard.get(i - 1) < 0) != (heard.get(i) < 0)) {
                    crossings++;
                }
            }
            return crossings / 2.0;
        }
    }

    @Test
    void aToneCrossesBothWays() {
        RtpCallMedia gw = new RtpCallMedia(clock, net.open("192.0.2.1"),
                RandomGeneratorFactory.of("L64X128MixRandom").create(1), "gw@192.0.2.1");
        RtpCallMedia far = new RtpCallMedia(clock, net.open("198.51.100.7"),
                RandomGeneratorFactory.of("L64X128MixRandom").create(2), "far@198.51.100.7");
        Tone pbx = new Tone(1004);
        Tone phone = new Tone(697);
        gw.bridge(pbx);
        far.bridge(phone);
        String offer = gw.offer();
        assertTrue(offer.contains("m=audio 10000 RTP/AVP 0 8 101"), offer);
        CallMedia.Negotiation answer = far.answer(offer);
        String sdp = assertInstanceOf(CallMedia.Negotiation.Agreed.class, answer).localSdp();
        assertInstanceOf(CallMedia.Negotiation.Agreed.class, gw.accept(sdp));
        clock.advance(Duration.ofSeconds(3));
        assertEquals(1004, phone.frequencyHeard(), 1004 * 0.02);
        assertEquals(697, pbx.frequencyHeard(), 697 * 0.02);
        MediaStats s = gw.stats();
        assertEquals("PCMU", s.codec());
        assertTrue(s.packetsSent() >= 149 && s.packetsReceived() >= 145, s.toString());
        assertEquals(0, s.lost());
        gw.close();
        far.close();
        assertEquals(0, net.boundPairs(), "closing frees the pairs");
    }

    @Test
    void anOfferWithoutG711OrGarbageIsNotAcceptable() {
        RtpCallMedia gw = new RtpCallMedia(clock, net.open("192.0.2.1"),
                RandomGeneratorFactory.of("L64X128MixRandom").create(1), "gw");
        String g729 = "v=0\r\no=x 1 1 IN IP4 198.51.100.7\r\ns=-\r\nc=IN IP4 198.51.100.7\r\nt=0 0\r\n"
                + "m=audio 4000 RTP/AVP 18\r\na=rtpmap:18 G729/8000\r\n";
        assertInstanceOf(CallMedia.Negotiation.NotAcceptable.class, gw.answer(g729));
        assertInstanceOf(CallMedia.Negotiation.NotAcceptable.class, gw.answer("garbage"));
        assertInstanceOf(CallMedia.Negotiation.NotAcceptable.class, gw.answer("v=0\r\n"));
        assertEquals(0, gw.stats().packetsSent());
    }

    @Test
    void packetsFromAStrangerAreDroppedAndCounted() {
        RtpCallMedia gw = new RtpCallMedia(clock, net.open("192.0.2.1"),
                RandomGeneratorFactory.of("L64X128MixRandom").create(1), "gw");
        RtpCallMedia far = new RtpCallMedia(clock, net.open("198.51.100.7"),
                RandomGeneratorFactory.of("L64X128MixRandom").create(2), "far");
        RtpCallMedia stranger = new RtpCallMedia(clock, net.open("203.0.113.9"),
                RandomGeneratorFactory.of("L64X128MixRandom").create(3), "x");
        far.bridge(new Tone(440));
        gw.accept(far.answer(gw.offer()) instanceof CallMedia.Negotiation.Agreed a ? a.localSdp() : "");
        stranger.answer(gw.offer()); // it aims at the gateway too, from an address the SDP did not give
        clock.advance(Duration.ofSeconds(1));
        assertTrue(gw.stats().dropped() > 0, gw.stats().toString());
        assertTrue(gw.stats().packetsReceived() > 40);
    }
}
