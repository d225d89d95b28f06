package org.voipgw.agent.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SipAccountTest {
    private static SipAccount account(String registrar, String proxy, String domain) {
        return new SipAccount(registrar, proxy, "0312345678", "p@ss", domain, "0312345678",
                SipAccount.Transport.UDP, 3600);
    }

    @Test
    void requestsGoToTheProxyWhenThereIsOneElseToTheRegistrar() {
        assertEquals(new HostPort("reg.example", 5060), account("reg.example", "", "").nextHop());
        assertEquals(new HostPort("proxy.example", 5070), account("reg.example:5080", "proxy.example:5070", "")
                .nextHop());
        assertEquals(new HostPort("reg.example", 5080), account("reg.example:5080", "proxy.example", "")
                .registrarAddress());
    }

    @Test
    void addressOfRecordUsesTheDomainOrTheRegistrarHost() {
        assertEquals("sip:0312345678@reg.example", account("reg.example:5080", "", "").addressOfRecord());
        assertEquals("sip:0312345678@voip.example", account("reg.example:5080", "", "voip.example").addressOfRecord());
        assertEquals("sip:reg.example:5080", account("reg.example:5080", "", "voip.example").requestUri());
    }

    @Test
    void configuredNeedsARegistrarAndAUserAndThePasswordNeverShows() {
        assertFalse(account("", "", "").configured());
        assertTrue(account("reg.example", "", "").configured());
        assertFalse(account("reg.example", "", "").toString().contains("p@ss"));
    }

    @Test
    void trustedPeersAreTheRegistrarAndTheProxy() {
        SipEndpoint e = new SipEndpoint(new HostPort("0.0.0.0", 5060), SipAccount.Transport.TCP,
                List.of(new HostPort("reg.example", 5060)), true);
        assertEquals(1, e.trusted().size());
    }
}
