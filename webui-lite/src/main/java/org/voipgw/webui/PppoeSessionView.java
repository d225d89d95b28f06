package org.voipgw.webui;

import org.voipgw.led.status.PppoeMode;
import java.time.Instant;
import java.util.Objects;
import org.voipgw.led.status.PppState;

/**
 * One PPPoE session as the web UI shows it: its stored settings (password only as "is set") and its
 * live state, with the address got when connected and the next attempt when waiting to retry.
 *
 * @param address   IPv4 address got from the ISP, or null when not connected
 * @param retryAt   when the next attempt starts (state retry-wait / auth-failed), or null
 */
public record PppoeSessionView(
        int session,
        boolean enabled,
        PppoeMode mode,
        String user,
        boolean passwordSet,
        String service,
        int mtu,
        int idleSeconds,
        int echoInterval,
        int echoFailures,
        PppState state,
        String address,
        Instant retryAt) {
    public PppoeSessionView {
        Objects.requireNonNull(mode);
        Objects.requireNonNull(user);
        Objects.requireNonNull(service);
        Objects.requireNonNull(state);
    }
}
