package org.voipgw.agent.sip.live;

import gov.nist.javax.sip.header.SIPHeader;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.Header;
import javax.sip.header.ProxyAuthenticateHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.tinylog.Logger;
import org.voipgw.agent.sip.HostPort;
import org.voipgw.agent.sip.SipAccount;
import org.voipgw.agent.sip.invite.CallMedia;
import org.voipgw.agent.sip.invite.InvitePort;
import org.voipgw.agent.sip.invite.SessionTimer;
import org.voipgw.hal.time.Scheduler;

/**
 * The INVITE dialogs of calls on jain-sip-ri (RFC 3261 §13–§15): one dialog per call, made by hand
 * (automatic dialog support is off in {@link JainSipStack}). Sends run on the port's I/O thread; every
 * event reaches the call legs on the device loop. Requests go to the account's next hop (the outbound
 * proxy, else the registrar) as a pre-loaded route (RFC 3261 §8.1.2); the Request-URI is
 * {@code sip:NUMBER@domain}.
 *
 * <p>A 200 of ours that is never ACKed: jain-sip retransmits it for 64×T1 and then reports the dialog
 * ({@link #ackNotReceived}); the call's leg hears {@code failed}, sends BYE and clears the PBX side (RFC 3261
 * §13.3.1.4). Not modelled: an offerless INVITE from the carrier is refused (488) by the leg.
 */
public final class JainSipCalls implements InvitePort {
    private static final Pattern Q850 = Pattern.compile("(?i)q\\.850\\s*;.*?cause\\s*=\\s*(\\d{1,3})");

    private final JainSipStack sip;
    private final String contactHost;
    private final SipAccount.Transport transport;
    private final Scheduler loop;
    private final Executor io;
    private final Supplier<SipAccount> account;
    private final Map<ClientTransaction, Outgoing> byTransaction = new ConcurrentHashMap<>();
    private final Map<Dialog, DialogListener> byDialog = new ConcurrentHashMap<>();
    /** Our dialogs by jain-sip's dialog, for a retransmitted 2xx (no transaction any more): until it ends. */
    private final Map<Dialog, Outgoing> outByDialog = new ConcurrentHashMap<>();
    private final Map<String, Incoming> ringing = new ConcurrentHashMap<>();
    private volatile IncomingListener incoming;

    public JainSipCalls(JainSipStack sip, String contactHost, SipAccount.Transport transport, Scheduler loop, Executor io,
                 Supplier<SipAccount> account) {
        this.sip = sip;
        this.contactHost = contactHost;
        this.transport = transport;
        this.loop = loop;
        this.io = io;
        this.account = account;
    }

    // ---- calls we place ----

    @Override
    public OutgoingDialog invite(Invite invite, OutgoingListener listener) {
        return invite(invite, account, listener);
    }

    /**
     * As {@link #invite(Invite, OutgoingListener)}, routed by {@code via} (its next hop as the pre-loaded route)
     * instead of the port's account: a carrier calling one subscriber's contact while calling another's.
     */
    public OutgoingDialog invite(Invite invite, SipAccount via, OutgoingListener listener) {
        return invite(invite, () -> via, listener);
    }

    private OutgoingDialog invite(Invite invite, Supplier<SipAccount> via, OutgoingListener listener) {
        Outgoing call = new Outgoing(invite, via, listener);
        io.execute(() -> call.send(Optional.empty(), false));
        return call;
    }

    /** One INVITE dialog we started. Its fields are touched on the I/O thread only. */
    private final class Outgoing implements OutgoingDialog {
        private final Invite invite;
        private final Supplier<SipAccount> via;
        private final OutgoingListener listener;
        private final String callId;
        private final String fromTag = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        private long cseq;
        private volatile ClientTransaction transaction;
        private volatile Dialog dialog;
        private volatile Request ack;

        Outgoing(Invite invite, Supplier<SipAccount> via, OutgoingListener listener) {
            this.invite = invite;
            this.via = via;
            this.listener = listener;
            this.callId = sip.provider.getNewCallId().getCallId();
        }

        void send(Optional<String> authorization, boolean proxy) {
            if (via.get() == null) {
                post(() -> listener.failed("no SIP account to call with (not registered)"));
                return;
            }
            try {
                cseq++;
                Request r = build(authorization, proxy);
                ClientTransaction ct = sip.provider.getNewClientTransaction(r);
                dialog = sip.provider.getNewDialog(ct);
                transaction = ct;
                byTransaction.put(ct, this);
                byDialog.put(dialog, listener);
                outByDialog.put(dialog, this);
                ct.sendRequest();
            } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
                Logger.warn("INVITE to {} could not be sent: {}", invite.requestUri(), e.getMessage());
                post(() -> listener.failed("could not send the INVITE: " + e.getMessage()));
            }
        }

        private Request build(Optional<String> authorization, boolean proxy) throws ParseException,
                InvalidArgumentException {
            SipAccount a = via.get();
            ViaHeader via = sip.headers.createViaHeader(contactHost, sip.port(), transport.token(), null);
            via.setRPort();
            Address from = sip.addresses.createAddress(invite.identity().fromUri());
            if (!invite.identity().fromDisplay().isEmpty()) {
                from.setDisplayName(invite.identity().fromDisplay());
            }
            Request r = sip.messages.createRequest(sip.addresses.createURI(invite.requestUri()), Request.INVITE,
                    sip.headers.createCallIdHeader(callId), sip.headers.createCSeqHeader(cseq, Request.INVITE),
                    sip.headers.createFromHeader(from, fromTag),
                    sip.headers.createToHeader(sip.addresses.createAddress(invite.toUri()), null), List.of(via),
                    sip.headers.createMaxForwardsHeader(70));
            r.addHeader(contact(a));
            HostPort hop = a.nextHop();
            r.addHeader(sip.headers.createRouteHeader(sip.addresses.createAddress(
                    "<sip:" + hop.host() + ":" + hop.port() + ";lr;transport=" + transport.token() + ">")));
            r.addHeader(sip.headers.createHeader("P-Preferred-Identity", "<" + invite.identity().preferred() + ">"));
            invite.identity().privacy().ifPresent(p -> add(r, "Privacy", p));
            add(r, "Supported", "timer"); // RFC 4028 §7.1: the far end may ask for a session timer
            add(r, "Allow", "INVITE, ACK, BYE, CANCEL, OPTIONS");
            if (authorization.isPresent()) {
                add(r, proxy ? "Proxy-Authorization" : "Authorization", authorization.get());
            }
            r.setContent(invite.sdp().getBytes(StandardCharsets.US_ASCII), sdpType());
            return r;
        }

        @Override
        public void retry(String authorization, boolean proxy) {
            io.execute(() -> send(Optional.of(authorization), proxy));
        }

        @Override
        public void cancel() {
            io.execute(() -> {
                try {
                    ClientTransaction ct = sip.provider.getNewClientTransaction(transaction.createCancel());
                    ct.sendRequest();
                } catch (SipException | RuntimeException e) {
                    Logger.debug("CANCEL not sent: {}", e.getMessage());
                }
            });
        }

        @Override
        public void ack() {
            io.execute(() -> {
                try {
                    ack = dialog.createAck(cseq);
                    dialog.sendAck(ack);
                } catch (InvalidArgumentException | SipException | RuntimeException e) {
                    Logger.warn("ACK not sent: {}", e.getMessage());
                }
            });
        }

        void ackAgain() { // a retransmitted 2xx: our ACK was lost (RFC 3261 §13.2.2.4)
            io.execute(() -> {
                try {
                    if (ack != null) {
                        dialog.sendAck(ack);
                    }
                } catch (SipException | RuntimeException e) {
                    Logger.debug("ACK not resent: {}", e.getMessage());
                }
            });
        }

        @Override
        public void bye() {
            io.execute(() -> inDialog(dialog, Request.BYE, Optional.empty()));
        }

        @Override
        public void reinvite(String sdp) {
            io.execute(() -> inDialog(dialog, Request.INVITE, Optional.of(sdp)));
        }

        void response(ResponseEvent e) {
            Response resp = e.getResponse();
            int status = resp.getStatusCode();
            Optional<String> sdp = body(resp);
            if (status < 200) {
                post(() -> listener.provisional(status, sdp));
            } else if (status < 300) {
                post(() -> listener.success(sdp, sessionTimer(resp)));
            } else {
                List<String> challenges = headerValues(resp, status == 407 ? ProxyAuthenticateHeader.NAME
                        : WWWAuthenticateHeader.NAME);
                OptionalInt q850 = reason(resp);
                post(() -> listener.failure(status, challenges, q850));
            }
        }
    }

    // ---- calls the carrier places ----

    @Override
    public void onInvite(IncomingListener listener) {
        incoming = listener;
    }

    /** One INVITE the carrier sent us. */
    private final class Incoming implements IncomingDialog {
        private final ServerTransaction transaction;
        private final Dialog dialog;
        private final String toTag = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        private volatile DialogListener listener;
        private volatile boolean answered;

        Incoming(ServerTransaction transaction, Dialog dialog) {
            this.transaction = transaction;
            this.dialog = dialog;
        }

        @Override
        public void ring(int status, Optional<String> sdp) {
            io.execute(() -> respond(status, sdp, Optional.empty()));
        }

        @Override
        public void accept(String sdp, Optional<SessionTimer> timer) {
            io.execute(() -> {
                answered = true;
                respond(Response.OK, Optional.of(sdp), timer);
            });
        }

        @Override
        public void reject(int status) {
            io.execute(() -> respond(status, Optional.empty(), Optional.empty()));
        }

        @Override
        public void bye() {
            io.execute(() -> inDialog(dialog, Request.BYE, Optional.empty()));
        }

        @Override
        public void listen(DialogListener l) {
            listener = l;
            byDialog.put(dialog, l);
        }

        private void respond(int status, Optional<String> sdp, Optional<SessionTimer> timer) {
            try {
                Response r = sip.messages.createResponse(status, transaction.getRequest());
                ((ToHeader) r.getHeader(ToHeader.NAME)).setTag(toTag);
                if (status < 300) {
                    r.addHeader(contact(account.get()));
                }
                timer.ifPresent(t -> add(r, "Session-Expires", t.interval().toSeconds() + ";refresher=uac"));
                if (timer.isPresent()) {
                    add(r, "Require", "timer");
                }
                if (sdp.isPresent()) {
                    r.setContent(sdp.get().getBytes(StandardCharsets.US_ASCII), sdpType());
                }
                transaction.sendResponse(r);
                if (status >= 200) {
                    ringing.values().remove(this);
                }
                if (status >= 300) {
                    forget(dialog);
                }
            } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
                Logger.warn("could not answer the INVITE with {}: {}", status, e.getMessage());
            }
        }
    }

    // ---- jain-sip events, dispatched here by the port (jain-sip's thread) ----

    /** Whether this response belongs to a call; handled if so. */
    public boolean response(ResponseEvent e) {
        CSeqHeader cseq = (CSeqHeader) e.getResponse().getHeader(CSeqHeader.NAME);
        if (cseq == null || !Request.INVITE.equals(cseq.getMethod())) {
            return cseq != null && (Request.BYE.equals(cseq.getMethod()) || Request.CANCEL.equals(cseq.getMethod()));
        }
        ClientTransaction ct = e.getClientTransaction();
        Outgoing call = ct == null ? null : byTransaction.get(ct);
        if (call == null) {
            int status = e.getResponse().getStatusCode();
            Outgoing byDlg = e.getDialog() == null ? null : findByDialog(e.getDialog());
            if (byDlg != null && status >= 200 && status < 300) {
                byDlg.ackAgain();
            } else if (e.getDialog() != null && status >= 200 && status < 300) {
                ackReinvite(e); // the 2xx of our re-INVITE (a refresh)
            }
            return true;
        }
        int status = e.getResponse().getStatusCode();
        if (status >= 200) {
            byTransaction.remove(ct); // the INVITE transaction has its final answer
            if (status >= 300) {
                forget(call.dialog);
            }
        }
        if (status >= 200 && status < 300 && call.dialog != null && call.ack != null) {
            call.ackAgain();
            return true;
        }
        call.response(e);
        return true;
    }

    private Outgoing findByDialog(Dialog d) {
        return outByDialog.get(d);
    }

    /** A dialog is over (BYE either way, a final failure, CANCEL): nothing of it is kept (no leak per call). */
    private void forget(Dialog d) {
        if (d != null) {
            byDialog.remove(d);
            outByDialog.remove(d);
        }
    }

    private void ackReinvite(ResponseEvent e) {
        io.execute(() -> {
            try {
                long seq = ((CSeqHeader) e.getResponse().getHeader(CSeqHeader.NAME)).getSeqNumber();
                e.getDialog().sendAck(e.getDialog().createAck(seq));
            } catch (InvalidArgumentException | SipException | RuntimeException ex) {
                Logger.debug("ACK of a re-INVITE not sent: {}", ex.getMessage());
            }
        });
    }

    /** Whether this request belongs to calls (INVITE, ACK, BYE, CANCEL); answered if so. */
    public boolean request(RequestEvent e) {
        Request req = e.getRequest();
        switch (req.getMethod()) {
            case Request.INVITE -> invite(e);
            case Request.ACK -> { } // the dialog layer matched it; nothing to do
            case Request.BYE -> bye(e);
            case Request.CANCEL -> cancel(e);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void invite(RequestEvent e) {
        Request req = e.getRequest();
        ToHeader to = (ToHeader) req.getHeader(ToHeader.NAME);
        if (to != null && to.getTag() != null) { // a re-INVITE
            DialogListener l = e.getDialog() == null ? null : byDialog.get(e.getDialog());
            if (l == null) {
                answer(e, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, Optional.empty()); // RFC 3261 §12.2.2
                return;
            }
            Optional<String> offer = body(req);
            loop.execute(() -> {
                CallMedia.Negotiation n = offer.map(l::reinvite).orElse(
                        new CallMedia.Negotiation.NotAcceptable("a re-INVITE without an offer"));
                io.execute(() -> {
                    if (n instanceof CallMedia.Negotiation.Agreed a) {
                        answer(e, Response.OK, Optional.of(a.localSdp()));
                    } else {
                        answer(e, Response.NOT_ACCEPTABLE_HERE, Optional.empty());
                    }
                });
            });
            return;
        }
        IncomingListener l = incoming;
        try {
            ServerTransaction st = e.getServerTransaction() != null ? e.getServerTransaction()
                    : sip.provider.getNewServerTransaction(req);
            if (l == null) {
                st.sendResponse(sip.messages.createResponse(Response.TEMPORARILY_UNAVAILABLE, req));
                return;
            }
            Dialog d = sip.provider.getNewDialog(st);
            st.sendResponse(sip.messages.createResponse(Response.TRYING, req));
            Incoming call = new Incoming(st, d);
            ringing.put(key(req), call);
            FromHeader from = (FromHeader) req.getHeader(FromHeader.NAME);
            IncomingInvite inv = new IncomingInvite(((CallIdHeader) req.getHeader(CallIdHeader.NAME)).getCallId(),
                    req.getRequestURI().toString(), from.getAddress().toString(),
                    headerValue(req, "P-Asserted-Identity"), headerValue(req, "Privacy"), body(req),
                    sessionExpires(req));
            loop.execute(() -> l.invite(inv, call));
        } catch (ParseException | InvalidArgumentException | SipException | RuntimeException ex) {
            Logger.warn("could not take an INVITE: {}", ex.getMessage());
        }
    }

    private void bye(RequestEvent e) {
        DialogListener l = e.getDialog() == null ? null : byDialog.get(e.getDialog());
        forget(e.getDialog());
        if (l == null) {
            answer(e, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, Optional.empty()); // RFC 3261 §15.1.2
            return;
        }
        answer(e, Response.OK, Optional.empty());
        OptionalInt q850 = reason(e.getRequest());
        loop.execute(() -> l.bye(q850));
    }

    private void cancel(RequestEvent e) {
        Incoming call = ringing.remove(key(e.getRequest()));
        if (call == null || call.answered) {
            answer(e, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, Optional.empty()); // RFC 3261 §9.2
            return;
        }
        answer(e, Response.OK, Optional.empty());
        call.respond(Response.REQUEST_TERMINATED, Optional.empty(), Optional.empty());
        OptionalInt q850 = reason(e.getRequest());
        DialogListener l = call.listener;
        if (l != null) {
            loop.execute(() -> l.cancelled(q850));
        }
    }

    /**
     * No ACK came for the 2xx we sent in {@code d} within 64×T1 (RFC 3261 §13.3.1.4: "the dialog is confirmed,
     * but the session SHOULD be terminated. This is accomplished with a BYE"): tells the call, whose leg sends
     * the BYE. False when the dialog is none of ours (jain-sip then ends it).
     */
    public boolean ackNotReceived(Dialog d) {
        DialogListener l = d == null ? null : byDialog.get(d);
        if (l == null) {
            return false;
        }
        Logger.info("no ACK for our 200 within 64×T1 in dialog {}: ending the call", d.getCallId().getCallId());
        post(() -> l.failed("no ACK for our 2xx within 64×T1 (RFC 3261 §13.3.1.4)"));
        return true;
    }

    /** A client transaction of ours timed out (Timer B): tells its call. */
    public boolean timeout(ClientTransaction ct) {
        Outgoing call = ct == null ? null : byTransaction.remove(ct);
        if (call == null) {
            return false;
        }
        post(() -> call.listener.failed("no response to the INVITE (Timer B, RFC 3261 §17.1.1.2)"));
        return true;
    }

    // ---- helpers ----

    private void inDialog(Dialog d, String method, Optional<String> sdp) {
        try {
            Request r = d.createRequest(method);
            if (sdp.isPresent()) {
                r.setContent(sdp.get().getBytes(StandardCharsets.US_ASCII), sdpType());
            }
            ClientTransaction ct = sip.provider.getNewClientTransaction(r);
            d.sendRequest(ct);
        } catch (ParseException | SipException | RuntimeException e) {
            Logger.warn("{} not sent: {}", method, e.getMessage());
        }
        if (Request.BYE.equals(method)) {
            forget(d);
        }
    }

    private void answer(RequestEvent e, int status, Optional<String> sdp) {
        try {
            ServerTransaction st = e.getServerTransaction() != null ? e.getServerTransaction()
                    : sip.provider.getNewServerTransaction(e.getRequest());
            Response r = sip.messages.createResponse(status, e.getRequest());
            if (sdp.isPresent()) {
                r.addHeader(contact(account.get()));
                r.setContent(sdp.get().getBytes(StandardCharsets.US_ASCII), sdpType());
            }
            st.sendResponse(r);
        } catch (ParseException | InvalidArgumentException | SipException | RuntimeException ex) {
            Logger.debug("could not answer {} with {}: {}", e.getRequest().getMethod(), status, ex.getMessage());
        }
    }

    private Header contact(SipAccount a) throws ParseException {
        SipURI uri = sip.addresses.createSipURI(a.user().isEmpty() ? "gw" : a.user(), contactHost);
        uri.setPort(sip.port());
        if (transport == SipAccount.Transport.TCP) {
            uri.setTransportParam(transport.token());
        }
        return sip.headers.createContactHeader(sip.addresses.createAddress(uri));
    }

    private ContentTypeHeader sdpType() throws ParseException {
        return sip.headers.createContentTypeHeader(RequestRefusal.SDP_TYPE, RequestRefusal.SDP_SUBTYPE);
    }

    private void add(Message m, String name, String value) {
        try {
            m.addHeader(sip.headers.createHeader(name, value));
        } catch (ParseException e) {
            Logger.warn("header {} not added: {}", name, e.getMessage());
        }
    }

    private void post(Runnable r) {
        loop.execute(r);
    }

    /** CANCEL and its INVITE share Call-ID, From tag and CSeq number (RFC 3261 §9.1). */
    private static String key(Request r) {
        FromHeader from = (FromHeader) r.getHeader(FromHeader.NAME);
        return ((CallIdHeader) r.getHeader(CallIdHeader.NAME)).getCallId() + "|" + from.getTag() + "|"
                + ((CSeqHeader) r.getHeader(CSeqHeader.NAME)).getSeqNumber();
    }

    private static Optional<String> body(Message m) {
        byte[] raw = m.getRawContent();
        return raw == null || raw.length == 0 ? Optional.empty()
                : Optional.of(new String(raw, StandardCharsets.US_ASCII));
    }

    private static Optional<String> headerValue(Message m, String name) {
        Header h = m.getHeader(name);
        return h instanceof SIPHeader s ? Optional.of(s.getHeaderValue().trim()) : Optional.empty();
    }

    private static List<String> headerValues(Message m, String name) {
        List<String> out = new ArrayList<>();
        ListIterator<?> it = m.getHeaders(name);
        while (it != null && it.hasNext()) {
            out.add(((SIPHeader) it.next()).getHeaderValue().trim());
        }
        return out;
    }

    /** The Q.850 cause of a Reason header (RFC 3326 §2), when there is one. */
    static OptionalInt reason(Message m) {
        for (String v : headerValues(m, "Reason")) {
            Matcher q = Q850.matcher(v);
            if (q.find()) {
                int c = Integer.parseInt(q.group(1));
                if (c >= 1 && c <= 127) {
                    return OptionalInt.of(c);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** RFC 4028 §4: {@code Session-Expires: delta [;refresher=uac|uas]} of an INVITE we received. */
    private static OptionalInt sessionExpires(Message m) {
        return headerValue(m, "Session-Expires").or(() -> headerValue(m, "x")) // "x": its compact form
                .map(v -> v.split(";")[0].trim()).filter(v -> v.matches("\\d{1,9}"))
                .map(v -> OptionalInt.of(Integer.parseInt(v))).orElse(OptionalInt.empty());
    }

    /** The session timer a 2xx to our INVITE agreed; we are the UAC (RFC 4028 §7.2). */
    private static Optional<SessionTimer> sessionTimer(Response r) {
        Optional<String> v = headerValue(r, "Session-Expires");
        if (v.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = v.get().split(";");
        if (!parts[0].trim().matches("\\d{1,9}")) {
            return Optional.empty();
        }
        boolean uas = v.get().toLowerCase(Locale.ROOT).contains("refresher=uas");
        return Optional.of(new SessionTimer(Duration.ofSeconds(Long.parseLong(parts[0].trim())), !uas));
    }
}
