package org.voipgw.agent.sip;

import java.util.function.Supplier;
import org.voipgw.agent.sip.invite.InvitePort;

/**
 * The SIP edge of the registration (DESIGN.md: SIP behind a port): the live implementation speaks
 * over jain-sip-ri, the simulated one is an in-memory carrier. No javax.sip type crosses this
 * interface. Events are delivered on the device event loop.
 */
public interface SipPort extends AutoCloseable {
    /** Sends a REGISTER. A still pending earlier transaction is abandoned first (one in flight). */
    void send(RegisterRequest request);

    /** Gives up the pending transaction of this CSeq, if any (after our own timeout). */
    void abandon(String callId, long cseq);

    void listen(Listener listener);

    /**
     * The INVITE dialogs of calls on this edge (the same sockets and trust as the registration). An edge
     * without calls answers every INVITE attempt as failed and never reports an incoming one.
     */
    default InvitePort calls() {
        return InvitePort.NONE;
    }

    /**
     * {@code edge}'s registration with other calls and another close: a view of an edge that outlives the box
     * (the simulated carrier) or that is instrumented (a benchmark timing the INVITEs).
     */
    static SipPort over(SipPort edge, Supplier<InvitePort> calls, Runnable close) {
        return new SipPort() {
            @Override
            public void send(RegisterRequest request) {
                edge.send(request);
            }

            @Override
            public void abandon(String callId, long cseq) {
                edge.abandon(callId, cseq);
            }

            @Override
            public void listen(Listener listener) {
                edge.listen(listener);
            }

            @Override
            public InvitePort calls() {
                return calls.get();
            }

            @Override
            public void close() {
                close.run();
            }
        };
    }

    /** Frees sockets and threads; idempotent. */
    @Override
    void close();

    /** What the port reports, always on the device event loop. */
    interface Listener {
        void response(SipResponse response);

        /** The request could not be sent or the transport gave up (e.g. TCP refused, stack timeout). */
        void failed(String callId, long cseq, String why);
    }
}
