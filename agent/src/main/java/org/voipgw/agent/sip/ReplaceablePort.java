package org.voipgw.agent.sip;

import org.voipgw.agent.sip.invite.InvitePort;

import java.util.function.Supplier;

/**
 * The port one boot's {@link SipRegistration} talks to, whose edge can be swapped when the SIP settings
 * change (new local address or transport) without starting a new Call-ID (RFC 3261 §10.2.4: one per boot).
 * While no edge could be opened (address in use, …) each request first tries to open it again, so a
 * failed open is retried on the registration's backoff schedule; when that fails too, the request fails
 * at once as a transport error.
 */
final class ReplaceablePort implements SipPort {
    private final Supplier<SipPort> opener;
    private SipPort edge;
    private Listener listener;
    private InvitePort.IncomingListener incoming;
    private boolean closed;

    /** {@code opener} opens the edge for the current settings, or returns null when it cannot. */
    ReplaceablePort(Supplier<SipPort> opener) {
        this.opener = opener;
    }

    /** Opens (or re-opens) the edge for the current settings. */
    void reopen() {
        if (!closed) {
            replace(opener.get());
        }
    }

    /** Closes the old edge and routes through {@code next} (or nothing, when null). */
    void replace(SipPort next) {
        if (edge != null) {
            edge.close();
        }
        edge = next;
        if (edge != null && listener != null) {
            edge.listen(listener);
        }
        if (edge != null && incoming != null) {
            edge.calls().onInvite(incoming);
        }
    }

    @Override
    public void send(RegisterRequest request) {
        if (edge == null) {
            reopen();
        }
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

    /**
     * Calls through whichever edge is open when each INVITE is sent; the incoming listener follows the edge
     * when it is replaced. Dialogs already on a replaced edge end with it (their transport is gone).
     */
    @Override
    public InvitePort calls() {
        return new InvitePort() {
            @Override
            public OutgoingDialog invite(Invite invite, OutgoingListener l) {
                if (edge == null) {
                    reopen();
                }
                return (edge == null ? InvitePort.NONE : edge.calls()).invite(invite, l);
            }

            @Override
            public void onInvite(IncomingListener l) {
                incoming = l;
                if (edge != null) {
                    edge.calls().onInvite(l);
                }
            }
        };
    }

    /** Closes the edge for good (idempotent: a late second close touches nothing). */
    @Override
    public void close() {
        closed = true;
        replace(null);
    }
}
