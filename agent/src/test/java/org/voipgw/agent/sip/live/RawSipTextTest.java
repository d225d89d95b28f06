package org.voipgw.agent.sip.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RawSipTextTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theRequestLinesVersionIsReadAsSentWhichJainSipDoesNot() {
        assertEquals(Optional.of("SIP/3.0"), RawSipText.requestVersion(b("\r\nOPTIONS sip:a SIP/3.0\r\nVia: x\r\n\r\n")));
        assertEquals(Optional.of("sip/2.0"), RawSipText.requestVersion(b("OPTIONS sip:a sip/2.0\r\n\r\n")));
        assertEquals(Optional.empty(), RawSipText.requestVersion(b("SIP/2.0 200 OK\r\n\r\n")), "a response");
        assertEquals(Optional.empty(), RawSipText.requestVersion(b("")));
    }

    @Test
    void singleValuedHeadersAreCountedInLongAndCompactFormAnyCaseButNotInTheBodyOrAFoldedLine() {
        assertEquals(Optional.of("Content-Length"),
                RawSipText.repeatedSingleHeader(b("OPTIONS sip:a SIP/2.0\r\nContent-Length: 0\r\nl : 4\r\n\r\n")));
        assertEquals(Optional.empty(), RawSipText.repeatedSingleHeader(b("OPTIONS sip:a SIP/2.0\r\ncontent-LENGTH: 9\r\n"
                + "Subject: x\r\n l: folded\r\n\r\nContent-Length: 1")));
        assertEquals(Optional.of("Call-ID"), RawSipText.repeatedSingleHeader(b("BYE sip:a SIP/2.0\r\ni: 1\r\nCall-ID: 2\r\n\r\n")));
        assertEquals(Optional.empty(), RawSipText.repeatedSingleHeader(b("BYE sip:a SIP/2.0\r\nVia: 1\r\nv: 2\r\n\r\n")),
                "Via may repeat");
    }

    @Test
    void aRequestLineIsThreeElementsWithOneSpaceBetween() {
        assertEquals(true, RawSipText.wellFormedRequestLine(b("OPTIONS sip:a SIP/2.0\r\n\r\n")));
        assertEquals(false, RawSipText.wellFormedRequestLine(b("OPTIONS  sip:a SIP/2.0\r\n\r\n")));
        assertEquals(false, RawSipText.wellFormedRequestLine(b("OPTIONS sip:a SIP/2.0  \r\n\r\n")));
        assertEquals(false, RawSipText.wellFormedRequestLine(b("INVITE sip:a; lr SIP/2.0\r\n\r\n")));
        assertEquals(true, RawSipText.wellFormedRequestLine(b("SIP/2.0 100 \r\n\r\n")), "a response is not a request line");
    }

    @Test
    void headersOnlyKeepsEveryOtherHeaderAndOneZeroLength() {
        assertEquals("OPTIONS sip:a SIP/2.0\r\nVia: v\r\nTo: t\r\nContent-Length: 0\r\n\r\n",
                new String(RawSipText.headersOnly(b("OPTIONS sip:a SIP/2.0\r\nVia: v\r\nl: 4\r\nTo: t\r\nContent-Length: 0\r\n\r\nbody")),
                        StandardCharsets.ISO_8859_1));
    }
}
