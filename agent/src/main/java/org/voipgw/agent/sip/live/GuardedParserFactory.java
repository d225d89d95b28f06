package org.voipgw.agent.sip.live;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.MessageParserFactory;
import gov.nist.javax.sip.parser.StringMsgParserFactory;
import gov.nist.javax.sip.stack.MessageChannel;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import java.text.ParseException;
import javax.sip.SipStack;
import java.util.Optional;
import javax.sip.message.Response;

/**
 * The pre-filter in front of jain-sip's parser ({@code gov.nist.javax.sip.MESSAGE_PARSER_FACTORY}):
 * a datagram over 16 KiB, or from an untrusted address, is dropped before a byte of it is parsed; a
 * malformed one is dropped too. Drops are counted in the guard's {@link SipDropLog}, never logged one
 * line each (issue 13 finding 6). Returning null makes jain-sip drop the datagram silently, whereas a
 * ParseException would make it answer 400 (UDPMessageChannel), which a scanner must never get.
 */
public final class GuardedParserFactory implements MessageParserFactory {
    private final MessageParserFactory standard = new StringMsgParserFactory();

    public GuardedParserFactory() {
        // jain-sip instantiates it by class name
    }

    /** The header fields every request and response must carry (RFC 3261 §8.1.1, §8.2.6.2). */
    private static boolean complete(SIPMessage m) {
        return m.getTopmostVia() != null && m.getFrom() != null && m.getTo() != null && m.getCallId() != null
                && m.getCSeq() != null && m.getCSeq().getMethod() != null;
    }

    /** What the bytes show that the parser would hide (see {@link RawSipText}), or null. */
    private static RequestRefusal rawRefusal(byte[] bytes) {
        if (!RawSipText.wellFormedRequestLine(bytes)) {
            return new RequestRefusal(Response.BAD_REQUEST, "a Request-Line must be METHOD SP URI SP VERSION");
        }
        Optional<String> version = RawSipText.requestVersion(bytes);
        if (version.isPresent() && !version.get().equalsIgnoreCase("SIP/2.0")) { // §7.1: case-insensitive
            return new RequestRefusal(Response.VERSION_NOT_SUPPORTED, "SIP version " + version.get());
        }
        Optional<String> twice = RawSipText.repeatedSingleHeader(bytes);
        return twice.map(h -> new RequestRefusal(Response.BAD_REQUEST, "two " + h + " headers")).orElse(null);
    }

    @Override
    public MessageParser createMessageParser(SIPTransactionStack stack) {
        MessageParser inner = standard.createMessageParser(stack);
        InboundGuard guard = InboundGuard.of(((SipStack) stack).getStackName());
        return guarded(inner, guard);
    }

    /** The guard around a parser: what jain-sip gets, and what the fuzz test drives without a stack. */
    static MessageParser guarded(MessageParser inner, InboundGuard guard) {
        return (bytes, readBody, strict, listener) -> {
            // the channel's peer address is set before parsing (its packet-source fields only after)
            String source = listener instanceof MessageChannel ch ? ch.getPeerAddress() : null;
            if (bytes.length > InboundGuard.MAX_MESSAGE_BYTES) {
                guard.drops().dropped(source, "over 16 KiB");
                return null;
            }
            if (source != null && !guard.admits(source)) {
                guard.drops().dropped(source, "not the registrar or outbound proxy");
                return null;
            }
            try {
                RequestRefusal refusal = rawRefusal(bytes);
                byte[] text = refusal == null ? bytes : RawSipText.headersOnly(bytes);
                SIPMessage m = inner.parseSIPMessage(text, readBody, strict, listener);
                if (m != null && !complete(m)) {
                    guard.drops().dropped(source, "without Via, From, To, Call-ID or CSeq");
                    return null;
                }
                if (m != null && refusal != null) {
                    // answered by the port (it came from the proxy): RequestRefusal.of finds it here
                    m.setApplicationData(refusal);
                }
                return m;
            } catch (ParseException | RuntimeException e) {
                guard.drops().dropped(source, "malformed");
                return null;
            }
        };
    }
}
