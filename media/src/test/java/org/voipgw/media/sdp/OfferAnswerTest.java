package org.voipgw.media.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.voipgw.media.g711.G711;

class OfferAnswerTest {
    static final LocalMedia LOCAL = new LocalMedia(SdpParser.ipv4("192.0.2.1"), 10000, 42, 1);

    static OfferAnswer.Answer.Accepted accepted(String offer) {
        OfferAnswer.Answer a = OfferAnswer.answer(SdpParserTest.parsed(offer), LOCAL);
        return assertInstanceOf(OfferAnswer.Answer.Accepted.class, a, a::toString);
    }

    @Test
    void ourOfferIsPcmuPcmaAndTelephoneEventAtPtime20() {
        String text = OfferAnswer.offer(LOCAL).format();
        assertEquals("v=0\r\n"
                + "o=voipgw 42 1 IN IP4 192.0.2.1\r\n"
                + "s=voipgw\r\n"
                + "c=IN IP4 192.0.2.1\r\n"
                + "t=0 0\r\n"
                + "m=audio 10000 RTP/AVP 0 8 101\r\n"
                + "a=rtpmap:0 PCMU/8000\r\n"
                + "a=rtpmap:8 PCMA/8000\r\n"
                + "a=rtpmap:101 telephone-event/8000\r\n"
                + "a=fmtp:101 0-15\r\n"
                + "a=ptime:20\r\n"
                + "a=sendrecv\r\n", text);
    }

    @Test
    void answeringBaresipTakesPcmuAndTelephoneEvent() {
        OfferAnswer.Answer.Accepted a = accepted(SdpParserTest.resource("baresip-offer.sdp"));
        NegotiatedMedia m = a.media();
        assertEquals(G711.PCMU, m.codec());
        assertEquals(0, m.codecPayloadType());
        assertEquals(101, m.telephoneEventType());
        assertEquals(new InetSocketAddress("192.0.2.10", 40000), m.remoteRtp());
        assertEquals(Direction.SENDRECV, m.direction());
        MediaDescription answered = a.answer().media().get(0);
        assertEquals(List.of("0", "101"), answered.formats());
        assertEquals(10000, answered.port());
        assertEquals("192.0.2.1", a.answer().connectionOf(answered).address().getHostAddress());
    }

    @Test
    void theOfferersOrderWinsAndDynamicTypesAndOtherStreamsAreHandled() {
        OfferAnswer.Answer.Accepted a = accepted(SdpParserTest.resource("carrier-video-and-audio.sdp"));
        assertEquals(2, a.answer().media().size(), "one answer stream per offered stream");
        assertEquals(0, a.answer().media().get(0).port(), "video rejected");
        NegotiatedMedia m = a.media();
        assertEquals(G711.PCMA, m.codec(), "G729 skipped, 96 = PCMA comes before 8 and 0");
        assertEquals(96, m.codecPayloadType());
        assertEquals(97, m.telephoneEventType());
        assertEquals(Direction.RECVONLY, m.direction(), "sendonly offer → recvonly (hold)");
        assertEquals(30, m.sendPtimeMillis());
        assertFalse(m.weSend());
        assertTrue(a.answer().format().contains("a=recvonly"));
    }

    @Test
    void aRejectedStreamStaysRejectedAndInactiveAnswersInactive() {
        OfferAnswer.Answer.Accepted a = accepted(SdpParserTest.resource("ipv6-rejected-then-inactive.sdp"));
        assertEquals(0, a.answer().media().get(0).port());
        assertEquals(10000, a.answer().media().get(1).port());
        assertEquals(Direction.INACTIVE, a.media().direction());
        assertEquals(G711.PCMA, a.media().codec());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"sendrecv,SENDRECV", "sendonly,RECVONLY", "recvonly,SENDONLY", "inactive,INACTIVE"})
    void directionFollowsRfc3264Section6_1(String offered, Direction answered) {
        String offer = SdpParserTest.HEAD + "c=IN IP4 192.0.2.9\r\nm=audio 4000 RTP/AVP 0\r\na=" + offered + "\r\n";
        assertEquals(answered, accepted(offer).media().direction());
    }

    @Test
    void holdWithAddressZeroMeansWeDoNotSend() {
        String offer = SdpParserTest.HEAD + "c=IN IP4 0.0.0.0\r\nm=audio 4000 RTP/AVP 8\r\n";
        NegotiatedMedia m = accepted(offer).media();
        assertFalse(m.weSend());
        assertTrue(m.weReceive());
    }

    @Test
    void anOfferWithoutG711Is488() {
        String offer = SdpParserTest.HEAD + "c=IN IP4 192.0.2.9\r\nm=audio 4000 RTP/AVP 18 9\r\n"
                + "a=rtpmap:18 G729/8000\r\na=rtpmap:9 G722/8000\r\n";
        OfferAnswer.Answer a = OfferAnswer.answer(SdpParserTest.parsed(offer), LOCAL);
        OfferAnswer.Answer.NotAcceptable na = assertInstanceOf(OfferAnswer.Answer.NotAcceptable.class, a);
        assertEquals(488, na.status());
        // PCMU at 16 kHz is not G.711 either
        String wide = SdpParserTest.HEAD + "c=IN IP4 192.0.2.9\r\nm=audio 4000 RTP/AVP 96\r\na=rtpmap:96 PCMU/16000\r\n";
        assertInstanceOf(OfferAnswer.Answer.NotAcceptable.class, OfferAnswer.answer(SdpParserTest.parsed(wide), LOCAL));
    }

    @Test
    void readingTheAnswerToOurOffer() throws Exception {
        SessionDescription offer = OfferAnswer.offer(LOCAL);
        LocalMedia far = new LocalMedia(InetAddress.getByName("198.51.100.7"), 20000, 7, 1);
        OfferAnswer.Answer.Accepted farAnswer = assertInstanceOf(OfferAnswer.Answer.Accepted.class,
                OfferAnswer.answer(SdpParserTest.parsed(offer.format()), far));
        OfferAnswer.AnswerReading r = OfferAnswer.read(offer, SdpParserTest.parsed(farAnswer.answer().format()));
        NegotiatedMedia m = assertInstanceOf(OfferAnswer.AnswerReading.Agreed.class, r).media();
        assertEquals(G711.PCMU, m.codec());
        assertEquals(101, m.telephoneEventType());
        assertEquals(new InetSocketAddress("198.51.100.7", 20000), m.remoteRtp());
        // an answer that rejects our only stream fails
        String rejected = SdpParserTest.HEAD + "c=IN IP4 198.51.100.7\r\nm=audio 0 RTP/AVP 0\r\n";
        assertInstanceOf(OfferAnswer.AnswerReading.Failed.class, OfferAnswer.read(offer, SdpParserTest.parsed(rejected)));
    }

    @Test
    void reofferForHoldKeepsTheNegotiatedCodec() {
        NegotiatedMedia m = accepted(SdpParserTest.resource("baresip-offer.sdp")).media();
        LocalMedia next = new LocalMedia(LOCAL.address(), LOCAL.rtpPort(), 42, 2);
        String hold = OfferAnswer.reoffer(next, m, Direction.SENDONLY).format();
        assertTrue(hold.contains("o=voipgw 42 2 IN IP4"));
        assertTrue(hold.contains("m=audio 10000 RTP/AVP 0 101\r\n"));
        assertTrue(hold.contains("a=sendonly"));
    }
}
