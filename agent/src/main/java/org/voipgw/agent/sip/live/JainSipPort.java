package org.voipgw.agent.sip.live;

import gov.nist.javax.sip.DialogTimeoutEvent;
import gov.nist.javax.sip.SipListenerExt;
import gov.nist.javax.sip.header.SIPHeader;
import gov.nist.javax.sip.message.SIPRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.InvalidArgumentException;
import javax.sip.ObjectInUseException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.MinExpiresHeader;
import javax.sip.header.ProxyAuthenticateHeader;
import javax.sip.header.RetryAfterHeader;
import javax.sip.header.ViaHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.tinylog.Logger;
import org.voipgw.agent.sip.HostPort;
import org.voipgw.agent.sip.RegisterRequest;
import org.voipgw.agent.sip.SipAccount;
import org.voipgw.agent.sip.SipEndpoint;
import org.voipgw.agent.sip.SipPort;
import org.voipgw.agent.sip.SipResponse;
import org.voipgw.agent.sip.invite.InvitePort;
import org.voipgw.hal.time.Scheduler;
import java.util.function.Consumer;

/**
 * The live SIP edge: jain-sip-ri on real sockets. Every javax.sip type stays in this package. jain-sip's
 * callbacks (its own threads) post to the device loop with {@code scheduler.execute}; sends run on one
 * I/O thread of their own so a slow TCP connect never stalls the device loop.
 *
 * <p>Inbound: the {@link InboundGuard} has already dropped oversize, malformed and (by default)
 * untrusted messages (summarised in the flash log by its {@link SipDropLog}); a wrong SIP version, a
 * non-SIP Request-URI or a doubled Content-Length is refused first ({@link RequestRefusal}: 505, 416, 400), an
 * unsupported Require, an INVITE body other than SDP or an Accept without SDP next (420, 415, 406);
 * OPTIONS keep-alives from the registrar / proxy get 200 (RFC 3261 §11.2); without calls, BYE, CANCEL and
 * re-INVITEs get 481 and an INVITE 480; anything else 501.
 */
public final class JainSipPort implements SipPort, SipListenerExt {
    private static final String USER_AGENT = "voipgw";

    private final Scheduler loop;
    private final SipEndpoint endpoint;
    private final JainSipStack sip;
    private final String contactHost;
    private final ExecutorService io;
    private final String fromTag = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private volatile Listener listener;
    private volatile ClientTransaction pending;
    private volatile JainSipCalls calls;
    private volatile SipAccount lastAccount;
    private final SipDropLog drops;
    private final Scheduler.Timer dropSummary;

    private JainSipPort(SipEndpoint endpoint, Scheduler loop, int ackWaitTicks) {
        this.loop = loop;
        this.endpoint = endpoint;
        Set<InetAddress> trusted = resolve(endpoint.trusted());
        String transport = endpoint.transport().token();
        this.drops = new SipDropLog(loop.clock(), line -> Logger.tag("device").warn(line));
        this.sip = new JainSipStack("gateway", endpoint.local().host(), endpoint.local().port(), transport,
                new InboundGuard(trusted, endpoint.acceptFromProxyOnly(), drops), this, ackWaitTicks);
        this.dropSummary = loop.every(Duration.ofMinutes(1), drops::tick);
        this.contactHost = contactHost(endpoint);
        this.io = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sip-io-" + endpoint.local().port());
            t.setDaemon(true);
            return t;
        });
        Logger.info("SIP listening on {}/{} (contact {}), requests accepted from {}", endpoint.local(), transport,
                contactHost, endpoint.acceptFromProxyOnly() ? trusted : "anyone");
    }

    /** A {@link org.voipgw.agent.sip.SipPortFactory}. */
    public static SipPort open(SipEndpoint endpoint, Scheduler loop) {
        return new JainSipPort(endpoint, loop, JainSipStack.ACK_WAIT_TICKS);
    }

    /** As {@link #open(SipEndpoint, Scheduler)}, a 2xx waiting {@code ackWaitTicks} × 500 ms for its ACK (tests). */
    static SipPort open(SipEndpoint endpoint, Scheduler loop, int ackWaitTicks) {
        return new JainSipPort(endpoint, loop, ackWaitTicks);
    }

    /** The port actually bound (useful when the caller picked a free one). */
    public int localPort() {
        return sip.port();
    }

    @Override
    public void listen(Listener l) {
        listener = l;
    }

    /** The account calls use until a REGISTER names one (e.g. a peer that takes calls without registering). */
    public void account(SipAccount account) {
        lastAccount = account;
    }

    /**
     * The INVITE dialogs of calls on this port's stack and I/O thread. Requests go where the account of
     * the last REGISTER says (its next hop; calls are made only while registered).
     */
    @Override
    public InvitePort calls() {
        JainSipCalls c = calls;
        if (c == null) {
            c = new JainSipCalls(sip, contactHost, endpoint.transport(), loop, io, () -> lastAccount);
            calls = c;
        }
        return c;
    }

    @Override
    public void send(RegisterRequest req) {
        lastAccount = req.account();
        io.execute(() -> {
            terminatePending();
            try {
                ClientTransaction ct = sip.provider.getNewClientTransaction(build(req));
                pending = ct;
                ct.sendRequest();
            } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
                Logger.warn("REGISTER CSeq {} could not be sent: {}", req.cseq(), e.getMessage());
                post(l -> l.failed(req.callId(), req.cseq(), "could not send: " + e.getMessage()));
            }
        });
    }

    @Override
    public void abandon(String callId, long cseq) {
        io.execute(() -> {
            ClientTransaction ct = pending;
            if (ct != null && matches(ct.getRequest(), callId, cseq)) {
                terminatePending();
            }
        });
    }

    @Override
    public void close() {
        listener = null;
        dropSummary.cancel();
        io.shutdownNow();
        sip.close();
    }

    // ---- jain-sip callbacks (its threads) ----

    @Override
    public void processResponse(ResponseEvent event) {
        Response resp = event.getResponse();
        CSeqHeader cseq = (CSeqHeader) resp.getHeader(CSeqHeader.NAME);
        CallIdHeader callId = (CallIdHeader) resp.getHeader(CallIdHeader.NAME);
        JainSipCalls c = calls;
        if (c != null && c.response(event)) {
            return;
        }
        if (cseq == null || callId == null || !Request.REGISTER.equals(cseq.getMethod())) {
            return;
        }
        int status = resp.getStatusCode();
        List<String> challenges = new ArrayList<>();
        ListIterator<?> it = resp.getHeaders(status == 407 ? ProxyAuthenticateHeader.NAME : WWWAuthenticateHeader.NAME);
        while (it != null && it.hasNext()) {
            challenges.add(((SIPHeader) it.next()).getHeaderValue().trim());
        }
        MinExpiresHeader min = (MinExpiresHeader) resp.getHeader(MinExpiresHeader.NAME);
        RetryAfterHeader retry = (RetryAfterHeader) resp.getHeader(RetryAfterHeader.NAME);
        SipResponse r = new SipResponse(callId.getCallId(), cseq.getSeqNumber(), status, resp.getReasonPhrase(),
                challenges, granted(resp), min == null ? OptionalInt.empty() : OptionalInt.of(min.getExpires()),
                retry == null ? OptionalInt.empty() : OptionalInt.of(retry.getRetryAfter()));
        post(l -> l.response(r));
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request req = event.getRequest();
        String method = req.getMethod();
        Optional<RequestRefusal> refused = RequestRefusal.of((SIPRequest) req);
        if (refused.isPresent()) {
            refuse(event, refused.get());
            return;
        }
        JainSipCalls c = calls;
        if (c != null && c.request(event)) {
            return;
        }
        if (Request.ACK.equals(method)) {
            return;
        }
        Optional<RequestRefusal> noDialog = RequestRefusal.outsideAnyDialog((SIPRequest) req);
        if (noDialog.isPresent()) {
            refuse(event, noDialog.get());
            return;
        }
        int status = switch (method) {
            case Request.OPTIONS -> Response.OK; // keep-alive from the registrar / proxy
            case Request.INVITE -> Response.TEMPORARILY_UNAVAILABLE; // no call feature on this port
            default -> Response.NOT_IMPLEMENTED;
        };
        try {
            Response resp = sip.messages.createResponse(status, req);
            if (status == Response.OK) {
                resp.addHeader(sip.headers.createAllowHeader("REGISTER, OPTIONS, INVITE, ACK, BYE, CANCEL"));
            }
            sip.provider.sendResponse(resp);
        } catch (ParseException | SipException e) {
            Logger.debug("could not answer {}: {}", method, e.getMessage());
        }
    }

    /** Answers a refused request in its transaction, if jain-sip made one, else statelessly; a debug line, never a flash line. */
    private void refuse(RequestEvent event, RequestRefusal r) {
        Request req = event.getRequest();
        Logger.debug("refused {} with {}: {}", req.getMethod(), r.status(), r.reason());
        try {
            Response resp = sip.messages.createResponse(r.status(), req);
            for (String tag : r.unsupported()) {
                resp.addHeader(sip.headers.createUnsupportedHeader(tag)); // RFC 3261 §20.40
            }
            if (r.listAccept()) { // RFC 3261 §21.4.13: a 415 lists the body types understood
                resp.addHeader(sip.headers.createAcceptHeader(RequestRefusal.SDP_TYPE, RequestRefusal.SDP_SUBTYPE));
            }
            ServerTransaction st = event.getServerTransaction();
            if (st != null) {
                st.sendResponse(resp);
            } else {
                sip.provider.sendResponse(resp);
            }
        } catch (ParseException | SipException | InvalidArgumentException | RuntimeException e) {
            Logger.debug("could not refuse {}: {}", req.getMethod(), e.getMessage());
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        ClientTransaction ct = event.getClientTransaction();
        JainSipCalls c = calls;
        if (ct == null || (c != null && c.timeout(ct))) {
            return;
        }
        Request req = ct.getRequest();
        String callId = ((CallIdHeader) req.getHeader(CallIdHeader.NAME)).getCallId();
        long cseq = ((CSeqHeader) req.getHeader(CSeqHeader.NAME)).getSeqNumber();
        post(l -> l.failed(callId, cseq, "no response (transaction timeout)"));
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        ClientTransaction ct = pending;
        if (ct == null) {
            return;
        }
        Request req = ct.getRequest();
        String callId = ((CallIdHeader) req.getHeader(CallIdHeader.NAME)).getCallId();
        long cseq = ((CSeqHeader) req.getHeader(CSeqHeader.NAME)).getSeqNumber();
        post(l -> l.failed(callId, cseq, "transport error towards " + event.getHost() + ":" + event.getPort()));
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        // nothing: our own state machine decides what a transaction's end means
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        // REGISTER makes no dialogs
    }

    /**
     * jain-sip's dialog timers (we are a {@link SipListenerExt}, so it leaves the dialog to us): a 2xx of ours
     * never ACKed goes to the call (BYE, RFC 3261 §13.3.1.4); any other timeout ends the dialog as jain-sip
     * would have by itself.
     */
    @Override
    public void processDialogTimeout(DialogTimeoutEvent event) {
        JainSipCalls c = calls;
        if (c != null && event.getReason() == DialogTimeoutEvent.Reason.AckNotReceived && c.ackNotReceived(event.getDialog())) {
            return;
        }
        event.getDialog().delete();
    }

    // ---- helpers ----

    private Request build(RegisterRequest req) throws ParseException, InvalidArgumentException {
        SipAccount a = req.account();
        String transport = endpoint.transport().token();
        SipURI requestUri = (SipURI) sip.addresses.createURI(a.requestUri());
        Address aor = sip.addresses.createAddress(a.addressOfRecord());
        ViaHeader via = sip.headers.createViaHeader(contactHost, sip.port(), transport, null);
        via.setRPort(); // RFC 3581: answer where it came from, NAT or not
        Request r = sip.messages.createRequest(requestUri, Request.REGISTER,
                sip.headers.createCallIdHeader(req.callId()), sip.headers.createCSeqHeader(req.cseq(), Request.REGISTER),
                sip.headers.createFromHeader(aor, fromTag), sip.headers.createToHeader(aor, null), List.of(via),
                sip.headers.createMaxForwardsHeader(70));
        SipURI contact = sip.addresses.createSipURI(a.user(), contactHost);
        contact.setPort(sip.port());
        if (endpoint.transport() == SipAccount.Transport.TCP) {
            contact.setTransportParam(transport);
        }
        r.addHeader(sip.headers.createContactHeader(sip.addresses.createAddress(contact)));
        r.addHeader(sip.headers.createExpiresHeader(req.expires()));
        if (!a.proxy().isEmpty() || endpoint.transport() == SipAccount.Transport.TCP) {
            // RFC 3261 §8.1.2 pre-loaded route to the outbound proxy (or, for TCP, the registrar itself)
            HostPort hop = a.nextHop();
            r.addHeader(sip.headers.createRouteHeader(sip.addresses.createAddress(
                    "<sip:" + hop.host() + ":" + hop.port() + ";lr;transport=" + transport + ">")));
        }
        if (req.authorization().isPresent()) {
            r.addHeader(sip.headers.createHeader(req.proxyAuth() ? "Proxy-Authorization" : "Authorization",
                    req.authorization().get()));
        }
        r.addHeader(sip.headers.createUserAgentHeader(List.of(USER_AGENT)));
        return r;
    }

    /** Our Contact's {@code expires}, else the Expires header (RFC 3261 §10.2.4). */
    private OptionalInt granted(Response resp) {
        ListIterator<?> it = resp.getHeaders(ContactHeader.NAME);
        while (it != null && it.hasNext()) {
            ContactHeader c = (ContactHeader) it.next();
            if (c.getAddress().getURI() instanceof SipURI u && u.getPort() == sip.port()
                    && contactHost.equalsIgnoreCase(u.getHost()) && c.getExpires() >= 0) {
                return OptionalInt.of(c.getExpires());
            }
        }
        ExpiresHeader e = resp.getExpires();
        return e == null ? OptionalInt.empty() : OptionalInt.of(e.getExpires());
    }

    private void terminatePending() {
        ClientTransaction ct = pending;
        pending = null;
        if (ct != null) {
            try {
                ct.terminate(); // stops its retransmissions: one REGISTER in flight on the wire too
            } catch (ObjectInUseException e) {
                Logger.debug("transaction already over: {}", e.getMessage());
            }
        }
    }

    private static boolean matches(Request req, String callId, long cseq) {
        return callId.equals(((CallIdHeader) req.getHeader(CallIdHeader.NAME)).getCallId())
                && cseq == ((CSeqHeader) req.getHeader(CSeqHeader.NAME)).getSeqNumber();
    }

    private void post(Consumer<Listener> event) {
        loop.execute(() -> {
            Listener l = listener;
            if (l != null) {
                event.accept(l);
            }
        });
    }

    private static Set<InetAddress> resolve(List<HostPort> hosts) {
        Set<InetAddress> out = new HashSet<>();
        for (HostPort h : hosts) {
            try {
                out.addAll(List.of(InetAddress.getAllByName(h.host())));
            } catch (UnknownHostException e) {
                Logger.warn("cannot resolve {}: requests from it will be dropped", h.host());
            }
        }
        return out;
    }

    /** The address to put in Via and Contact: the bound one, or (bound to any) the one facing the peer. */
    private static String contactHost(SipEndpoint e) {
        String host = e.local().host();
        if (!host.equals("0.0.0.0")) {
            return host;
        }
        if (e.trusted().isEmpty()) {
            return InetAddress.getLoopbackAddress().getHostAddress();
        }
        HostPort peer = e.trusted().getFirst();
        try (DatagramSocket probe = new DatagramSocket()) {
            probe.connect(new InetSocketAddress(peer.host(), peer.port())); // no packet is sent
            return probe.getLocalAddress().getHostAddress();
        } catch (IOException | UncheckedIOException e2) {
            return InetAddress.getLoopbackAddress().getHostAddress();
        }
    }
}
