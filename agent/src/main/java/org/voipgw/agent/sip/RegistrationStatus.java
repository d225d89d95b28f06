package org.voipgw.agent.sip;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;

/**
 * The registration as the web UI's VoIP page and {@code /status.json} show it:
 * {@code {"state","registrar","expiresAt","retryAt","lastError"}}, instants as ISO-8601 text or null.
 */
public record RegistrationStatus(String state, String registrar, String expiresAt, String retryAt,
                                 String lastError) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static RegistrationStatus of(SipRegistration.Snapshot s, String registrar) {
        return new RegistrationStatus(s.state().id(), registrar.isEmpty() ? null : registrar, iso(s.expiresAt()),
                iso(s.retryAt()), s.lastError());
    }

    private static String iso(Instant i) {
        return i == null ? null : i.toString();
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record of strings always serialises", e);
        }
    }
}
