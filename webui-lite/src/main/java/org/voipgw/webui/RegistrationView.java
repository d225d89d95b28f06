package org.voipgw.webui;

import java.time.Instant;
import java.util.Objects;
import org.voipgw.led.status.RegistrationState;

/**
 * The SIP registration as the VoIP page and {@code /status.json} show it (issue 5); every field but
 * {@code state} may be null when unknown or not applicable.
 */
public record RegistrationView(RegistrationState state, String registrar, Instant expiresAt, Instant retryAt,
                               String lastError) {
    public RegistrationView {
        Objects.requireNonNull(state);
    }
}
