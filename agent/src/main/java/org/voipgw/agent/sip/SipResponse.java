package org.voipgw.agent.sip;

import java.util.List;
import java.util.OptionalInt;

/**
 * A final response to one of our REGISTERs, reduced to what the registration needs.
 *
 * @param challenges     {@code WWW-Authenticate} (401) or {@code Proxy-Authenticate} (407) header values
 * @param grantedExpires the lifetime the registrar granted our binding (our Contact's {@code expires}
 *                       parameter, else the Expires header, RFC 3261 §10.2.4), when present
 * @param minExpires     the {@code Min-Expires} of a 423 (RFC 3261 §10.3 step 7)
 */
public record SipResponse(String callId, long cseq, int status, String reason, List<String> challenges,
                          OptionalInt grantedExpires, OptionalInt minExpires) {
    public SipResponse {
        challenges = List.copyOf(challenges);
    }

    public static SipResponse of(String callId, long cseq, int status, String reason) {
        return new SipResponse(callId, cseq, status, reason, List.of(), OptionalInt.empty(), OptionalInt.empty());
    }
}
