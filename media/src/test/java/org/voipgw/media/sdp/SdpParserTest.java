package org.voipgw.media.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SdpParserTest {

    static String resource(String name) {
        try (InputStream in = SdpParserTest.class.getResourceAsStream("/sdp/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static SessionDescription parsed(String text) {
        SdpResult r = SdpParser.parse(text);
        return assertInstanceOf(SdpResult.Parsed.class, r, () -> r.toString()).description();
    }

    @ParameterizedTest
    @ValueSource(strings = {"baresip-offer.sdp", "rfc4566-example.sdp", "carrier-video-and-audio.sdp",
            "ipv6-rejected-then-inactive.sdp"})
    void validDescriptionsParseAndSurviveFormatting(String name) {
        SessionDescription d = parsed(resource(name));
        assertEquals(d, parsed(d.format()), "format() and parse() agree");
    }

    @Test
    void baresipOfferIsTyped() {
        SessionDescription d = parsed(resource("baresip-offer.sdp"));
        MediaDescription audio = d.media().get(0);
        assertEquals("audio", audio.media());
        assertEquals(40000, audio.port());
        assertEquals(List.of("0", "8", "101"), audio.formats());
        assertEquals("192.0.2.10", d.connectionOf(audio).address().getHostAddress());
        assertEquals(new RtpMap(101, "telephone-event", 8000, 1), audio.rtpMap(101));
        assertNull(audio.rtpMap(18));
        assertEquals(20, audio.ptime().orElseThrow());
        assertEquals(Direction.SENDRECV, d.directionOf(audio));
    }

    @Test
    void rfc4566ExampleInheritsSessionConnectionAndDirection() {
        SessionDescription d = parsed(resource("rfc4566-example.sdp"));
        assertEquals(2, d.media().size());
        assertEquals("224.2.17.12", d.connectionOf(d.media().get(1)).address().getHostAddress());
        assertEquals(Direction.RECVONLY, d.directionOf(d.media().get(0)));
        assertEquals("SDP Seminar", d.sessionName());
    }

    record Bad(String why, SdpProblem problem, int line, String text) {
        @Override
        public String toString() {
            return why;
        }
    }

    static final String HEAD = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\n";

    static List<Bad> badDescriptions() {
        return List.of(
                new Bad("empty", SdpProblem.EMPTY, 0, ""),
                new Bad("blank", SdpProblem.EMPTY, 0, " \r\n"),
                new Bad("garbage", SdpProblem.GARBAGE_LINE, 1, "hello, world"),
                new Bad("HTML", SdpProblem.GARBAGE_LINE, 1, "<html><body>404</body></html>"),
                new Bad("upper-case type", SdpProblem.GARBAGE_LINE, 1, "V=0\r\n"),
                new Bad("unknown type letter", SdpProblem.UNKNOWN_TYPE, 4, HEAD + "x=1\r\nm=audio 1 RTP/AVP 0\r\n"),
                new Bad("control character", SdpProblem.GARBAGE_LINE, 3, "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=\u0001\r\n"),
                new Bad("no v=", SdpProblem.MISSING_VERSION, 1, "o=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\n"),
                new Bad("v=1", SdpProblem.BAD_VERSION, 1, "v=1\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\n"),
                new Bad("no o=", SdpProblem.MISSING_ORIGIN, 2, "v=0\r\ns=-\r\n"),
                new Bad("short o=", SdpProblem.BAD_ORIGIN, 2, "v=0\r\no=- 1 IN IP4 192.0.2.1\r\ns=-\r\n"),
                new Bad("no s=", SdpProblem.MISSING_SESSION_NAME, 3, "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\nt=0 0\r\n"),
                new Bad("second v=", SdpProblem.OUT_OF_ORDER, 4, HEAD + "v=0\r\n"),
                new Bad("t= inside media", SdpProblem.OUT_OF_ORDER, 6, HEAD + "c=IN IP4 192.0.2.1\r\nm=audio 1 RTP/AVP 0\r\nt=0 0\r\n"),
                new Bad("missing m=", SdpProblem.MISSING_MEDIA, 0, HEAD + "c=IN IP4 192.0.2.1\r\nt=0 0\r\n"),
                new Bad("c= net type", SdpProblem.BAD_CONNECTION, 4, HEAD + "c=XX IP4 192.0.2.1\r\nm=audio 1 RTP/AVP 0\r\n"),
                new Bad("c= bad address", SdpProblem.BAD_CONNECTION, 4, HEAD + "c=IN IP4 192.0.2.256\r\nm=audio 1 RTP/AVP 0\r\n"),
                new Bad("c= host name", SdpProblem.BAD_CONNECTION, 4, HEAD + "c=IN IP4 carrier.example\r\nm=audio 1 RTP/AVP 0\r\n"),
                new Bad("c= IP6 garbage", SdpProblem.BAD_CONNECTION, 4, HEAD + "c=IN IP6 2001:zz::1\r\nm=audio 1 RTP/AVP 0\r\n"),
                new Bad("c= missing address", SdpProblem.BAD_CONNECTION, 4, HEAD + "c=IN IP4\r\nm=audio 1 RTP/AVP 0\r\n"),
                new Bad("no c= anywhere", SdpProblem.MISSING_CONNECTION, 4, HEAD + "m=audio 1 RTP/AVP 0\r\n"),
                new Bad("m= too short", SdpProblem.BAD_MEDIA, 5, HEAD + "c=IN IP4 192.0.2.1\r\nm=audio 1 RTP/AVP\r\n"),
                new Bad("m= port", SdpProblem.BAD_MEDIA, 5, HEAD + "c=IN IP4 192.0.2.1\r\nm=audio 70000 RTP/AVP 0\r\n"),
                new Bad("m= payload type", SdpProblem.BAD_MEDIA, 5, HEAD + "c=IN IP4 192.0.2.1\r\nm=audio 1 RTP/AVP PCMU\r\n"),
                new Bad("rtpmap", SdpProblem.BAD_ATTRIBUTE, 6, HEAD + "c=IN IP4 192.0.2.1\r\nm=audio 1 RTP/AVP 0\r\na=rtpmap:0 PCMU\r\n"),
                new Bad("ptime", SdpProblem.BAD_ATTRIBUTE, 6, HEAD + "c=IN IP4 192.0.2.1\r\nm=audio 1 RTP/AVP 0\r\na=ptime:fast\r\n"),
                new Bad("empty a=", SdpProblem.BAD_ATTRIBUTE, 6, HEAD + "c=IN IP4 192.0.2.1\r\nm=audio 1 RTP/AVP 0\r\na=\r\n"),
                new Bad("too large", SdpProblem.TOO_LARGE, 0, HEAD + "a=x\r\n".repeat(20_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDescriptions")
    void badDescriptionsSayWhatWasWrong(Bad bad) {
        SdpResult r = SdpParser.parse(bad.text());
        SdpError e = assertInstanceOf(SdpResult.Refused.class, r, () -> "parsed: " + r).error();
        assertEquals(bad.problem(), e.problem(), e.toString());
        assertEquals(bad.line(), e.line(), e.toString());
        assertFalse(e.detail().isBlank());
    }

    @Test
    void lfOnlyLinesAndMissingTimingAreTolerated() {
        SessionDescription d = parsed("v=0\no=- 1 1 IN IP4 192.0.2.1\ns=\nc=IN IP4 192.0.2.1\nm=audio 7000 RTP/AVP 8\n\n");
        assertEquals(7000, d.media().get(0).port());
        assertTrue(d.timing().isEmpty());
    }
}
