package org.voipgw.agent.sip.live;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.MessageParserFactory;
import gov.nist.javax.sip.parser.StringMsgParserFactory;
import gov.nist.javax.sip.stack.MessageChannel;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import java.text.ParseException;
import org.tinylog.Logger;
import javax.sip.SipStack;

/**
 * The pre-filter in front of jain-sip's parser ({@code gov.nist.javax.sip.MESSAGE_PARSER_FACTORY}):
 * a datagram over 16 KiB, or from an untrusted address, is dropped before a byte of it is parsed; a
 * malformed one is dropped too. Returning null makes jain-sip drop the datagram silently, whereas a
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

    @Override
    public MessageParser createMessageParser(SIPTransactionStack stack) {
        MessageParser inner = standard.createMessageParser(stack);
        InboundGuard guard = InboundGuard.of(((SipStack) stack).getStackName());
        return (bytes, readBody, strict, listener) -> {
            // the channel's peer address is set before parsing (its packet-source fields only after)
            String source = listener instanceof MessageChannel ch ? ch.getPeerAddress() : null;
            if (bytes.length > InboundGuard.MAX_MESSAGE_BYTES) {
                Logger.tag("device").warn("dropped a SIP message of {}+ bytes from {} unparsed (limit 16 KiB)", bytes.length,
                        source);
                return null;
            }
            if (source != null && !guard.admits(source)) {
                Logger.debug("dropped a SIP message from {}: not the registrar or outbound proxy", source);
                return null;
            }
            try {
                SIPMessage m = inner.parseSIPMessage(bytes, readBody, strict, listener);
                if (m != null && !complete(m)) {
                    Logger.debug("dropped a SIP message from {} without Via, From, To, Call-ID or CSeq", source);
                    return null;
                }
                return m;
            } catch (ParseException | RuntimeException e) {
                Logger.debug("dropped a malformed SIP message from {}: {}", source, e.getMessage());
                return null;
            }
        };
    }
}
