package org.voipgw.agent.sip;

import org.voipgw.hal.time.Scheduler;

/** Opens the SIP edge: jain-sip on real sockets (live, demo) or the in-memory carrier (scenarios). */
@FunctionalInterface
public interface SipPortFactory {
    /**
     * @throws java.io.UncheckedIOException when the endpoint cannot be opened (address in use, …)
     */
    SipPort open(SipEndpoint endpoint, Scheduler scheduler);
}
