package org.voipgw.agent.web;

import java.time.Instant;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.pppoe.PppoeFeature;

/** What the PPPoE client knows beyond the session state: the address got, when it retries. */
final class PppoeDetails {
    private PppoeDetails() {
    }

    static String address(Device d, int session) {
        return d.feature(PppoeFeature.class).map(f -> f.status(session).address()).orElse(null);
    }

    static Instant retryAt(Device d, int session) {
        return d.feature(PppoeFeature.class).map(f -> f.status(session).retryInstant()).orElse(null);
    }
}
