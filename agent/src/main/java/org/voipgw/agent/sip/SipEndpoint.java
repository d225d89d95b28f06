package org.voipgw.agent.sip;

import java.util.List;

/**
 * Where the gateway's SIP listens and whom it talks to (settings {@code sip.local}, {@code sip.transport},
 * {@code sip.registrar}, {@code sip.proxy}, {@code sip.accept-from-proxy-only}).
 *
 * @param trusted             the registrar and outbound proxy: the only peers whose requests are
 *                            answered when {@code acceptFromProxyOnly}
 */
public record SipEndpoint(HostPort local, SipAccount.Transport transport, List<HostPort> trusted,
                          boolean acceptFromProxyOnly) {
    public SipEndpoint {
        trusted = List.copyOf(trusted);
    }
}
