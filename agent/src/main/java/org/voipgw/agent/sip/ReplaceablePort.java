package org.voipgw.agent.sip;

/**
 * The port one boot's {@link SipRegistration} talks to, whose edge can be swapped when the SIP settings
 * change (new local address or transport) without starting a new Call-ID (RFC 3261 §10.2.4: one per boot).
 * While no edge is open, requests fail at once as transport errors.
 */
final class ReplaceablePort implements SipPort {
    private SipPort edge;
    private Listener listener;

    /** Closes the old edge and routes through {@code next} (or nothing, when null). */
    void replace(SipPort next) {
        if (edge != null) {
            edge.close();
        }
        edge = next;
        if (edge != null && listener != null) {
            edge.listen(listener);
        }
    }

    @Override
    public void send(RegisterRequest request) {
        if (edge == null) {
            listener.failed(request.callId(), request.cseq(), "the SIP port is not open");
            return;
        }
        edge.send(request);
    }

    @Override
    public void abandon(String callId, long cseq) {
        if (edge != null) {
            edge.abandon(callId, cseq);
        }
    }

    @Override
    public void listen(Listener l) {
        listener = l;
        if (edge != null) {
            edge.listen(l);
        }
    }

    @Override
    public void close() {
        replace(null);
    }
}
