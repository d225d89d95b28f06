package org.voipgw.agent.pppoe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Arrays;
import org.voipgw.led.status.PppState;

/**
 * What the web UI's PPPoE page and {@code /status.json} show of one session. Serialised with
 * Jackson as {@code {"session":1,"enabled":true,"mode":"always","state":"connected",
 * "address":"203.0.113.10","retryAt":null,"lastError":null,"attempting":false}}.
 *
 * @param state      stopped, connecting, connected, auth-failed, retry-wait or no-kernel-ppp
 *                   ({@link PppState#id()})
 * @param address    the local IP address IPCP gave us while connected, else null
 * @param retryAt    ISO-8601 instant (UTC) of the next attempt while 再試行待ち/認証失敗, else null
 * @param lastError  why the last attempt failed or the link dropped, null when none since the last success
 * @param attempting true while a retry attempt runs under a kept 認証失敗/再試行待ち state
 */
@JsonPropertyOrder({"session", "enabled", "mode", "state", "address", "retryAt", "lastError", "attempting"})
public record PppoeSessionStatus(int session, boolean enabled, String mode, String state, String address,
                                 String retryAt, String lastError, boolean attempting) {

    static PppoeSessionStatus of(PppoeConfig c, PppState s, String address, Instant retryAt, String lastError,
                                 boolean attempting) {
        return new PppoeSessionStatus(c.session(), c.enabled(), c.mode().word(), s.id(), address,
                retryAt == null ? null : retryAt.toString(), lastError, attempting);
    }

    /** {@link #retryAt()} as an instant, or null. */
    @JsonIgnore
    public Instant retryInstant() {
        return retryAt == null ? null : Instant.parse(retryAt);
    }

    /** The state as the lamp derivation sees it. */
    @JsonIgnore
    public PppState ppp() {
        return Arrays.stream(PppState.values()).filter(p -> p.id().equals(state)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown PPP state " + state));
    }
}
