package org.voipgw.agent.web;

import java.time.Instant;
import org.voipgw.agent.device.Device;

/** What the PPPoE client knows beyond the session state: the address got, when it retries. */
final class PppoeDetails {
    private PppoeDetails() {
    }

    static String address(Device d, int session) {
        return null; // filled in when the PPPoE client is wired in
    }

    static Instant retryAt(Device d, int session) {
        return null;
    }
}
