package org.voipgw.agent.web;

import org.voipgw.agent.device.Device;
import org.voipgw.agent.sip.SipFeature;
import org.voipgw.webui.RegistrationView;

/** The SIP registration as the web UI and /status.json show it. */
final class RegistrationDetails {
    private RegistrationDetails() {
    }

    static RegistrationView view(Device d) {
        return d.feature(SipFeature.class).map(SipFeature::registrationView)
                .orElseGet(() -> new RegistrationView(d.status().registration(), null, null, null, null));
    }
}
