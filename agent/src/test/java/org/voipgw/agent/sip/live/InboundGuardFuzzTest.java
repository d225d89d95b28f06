package org.voipgw.agent.sip.live;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.StringMsgParserFactory;
import java.text.ParseException;
import java.util.Set;

/**
 * Fuzzing the SIP inbound guard (issue 13): any datagram, through the guard's checks on the raw bytes and
 * jain-sip's parser, gives a message with every required header or null (dropped), never an exception; a
 * request it lets through gets a refusal or none, never an exception. Regression mode runs the committed
 * corpus (resources {@code InboundGuardFuzzTestInputs/anyDatagram}); {@code JAZZER_FUZZ=1} fuzzes.
 */
class InboundGuardFuzzTest {
    private static final MessageParser GUARD = GuardedParserFactory.guarded(
            new StringMsgParserFactory().createMessageParser(null),
            new InboundGuard(Set.of(), false, new SipDropLog(() -> 0L, line -> { })));

    @FuzzTest(maxDuration = "30s")
    void anyDatagram(byte[] datagram) throws ParseException {
        SIPMessage m = GUARD.parseSIPMessage(datagram, true, false, null);
        if (m == null) {
            return;
        }
        assertTrue(m.getCallId() != null && m.getCSeq() != null && m.getFrom() != null && m.getTo() != null
                && m.getTopmostVia() != null, "a message let through has every required header");
        if (m instanceof SIPRequest r) {
            RequestRefusal.of(r);
            RequestRefusal.outsideAnyDialog(r);
        }
    }
}
