package org.voipgw.agent.sip;

import java.util.Optional;

/**
 * One REGISTER as the state machine decides it (RFC 3261 §10.2); the port turns it into bytes.
 *
 * @param callId        the same for every REGISTER of one boot (RFC 3261 §10.2.4)
 * @param cseq          one more than the previous request's (RFC 3261 §10.2)
 * @param expires       the requested binding lifetime; 0 removes the binding (un-REGISTER, §10.2.2)
 * @param authorization the credentials header value, when answering a challenge (RFC 3261 §22.2)
 * @param proxyAuth     whether it goes in {@code Proxy-Authorization} (the challenge was a 407)
 */
public record RegisterRequest(SipAccount account, String callId, long cseq, int expires,
                              Optional<String> authorization, boolean proxyAuth) {
}
