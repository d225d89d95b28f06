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
 * @param retryAfter     the {@code Retry-After} seconds of a 503 or 500 (RFC 3261 §20.33, §21.5.4)
 */
public record SipResponse(String callId, long cseq, int status, String reason, List<String> challenges,
                          OptionalInt grantedExpires, OptionalInt minExpires, OptionalInt retryAfter) {
    public SipResponse {
        challenges = List.copyOf(challenges);
    }

    public SipResponse(String callId, long cseq, int status, String reason, List<String> challenges,
                       OptionalInt grantedExpires, OptionalInt minExpires) {
        this(callId, cseq, status, reason, challenges, grantedExpires, minExpires, OptionalInt.empty());
    }

    public static SipResponse of(String callId, long cseq, int status, String reason) {
        return new SipResponse(callId, cseq, status, reason, List.of(), OptionalInt.empty(), OptionalInt.empty());
    }
}
