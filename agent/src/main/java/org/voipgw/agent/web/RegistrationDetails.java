package org.voipgw.agent.web;

import org.voipgw.agent.device.Device;
import org.voipgw.webui.RegistrationView;

/** The SIP registration as the web UI and /status.json show it. */
final class RegistrationDetails {
    private RegistrationDetails() {
    }

    static RegistrationView view(Device d) {
        return new RegistrationView(d.status().registration(), null, null, null, null);
    }
}
