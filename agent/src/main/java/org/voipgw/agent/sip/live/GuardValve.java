package org.voipgw.agent.sip.live;

import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.stack.MessageChannel;
import gov.nist.javax.sip.stack.SIPMessageValve;
import javax.sip.SipStack;
import javax.sip.message.Response;

/**
 * The second gate ({@code gov.nist.javax.sip.SIP_MESSAGE_VALVE}): a request from an untrusted address
 * that got past the parser (stream transports parse elsewhere) is dropped before jain-sip creates a
 * transaction, so nothing, not even a 100 Trying, goes back.
 */
public final class GuardValve implements SIPMessageValve {
    private volatile String stackName = "";

    public GuardValve() {
        // jain-sip instantiates it by class name
    }

    @Override
    public boolean processRequest(SIPRequest request, MessageChannel channel) {
        InboundGuard guard = InboundGuard.of(stackName);
        boolean ok = guard.admits(channel.getPeerAddress());
        if (!ok) {
            guard.drops().dropped(channel.getPeerAddress(), "not the registrar or outbound proxy");
        }
        return ok;
    }

    @Override
    public boolean processResponse(Response response, MessageChannel channel) {
        return true; // responses only match our own transactions
    }

    @Override
    public void init(SipStack stack) {
        stackName = stack.getStackName();
    }

    @Override
    public void destroy() {
        // nothing held
    }
}
