package org.voipgw.agent.sip.sim;

import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.tinylog.Logger;
import org.voipgw.agent.sip.digest.DigestAuth;
import org.voipgw.agent.sip.digest.DigestCheck;
import org.voipgw.agent.sip.HostPort;
import org.voipgw.agent.sip.SipAccount;
import org.voipgw.agent.sip.live.JainSipCalls;
import org.voipgw.agent.sip.live.JainSipStack;
import org.voipgw.hal.time.SystemScheduler;
import org.voipgw.hal.time.Clock;

/**
 * A small SIP registrar on 127.0.0.1 for {@code voipgw demo} (issue 5): jain-sip-ri over UDP, digest
 * authentication (SHA-256 and MD5 offered, RFC 8760) against a subscriber list, 423 below
 * {@link #MIN_EXPIRES}, lifetimes capped at {@link #MAX_EXPIRES}, OPTIONS answered, and a {@link DemoFarEnd}
 * behind it that answers every call. A peer of the gateway, not part of it: the demo starts it, points {@code sip.registrar} at {@link #hostPort()},
 * and stops it.
 */
public final class EmbeddedRegistrar implements AutoCloseable, SipListener {
    public static final int MIN_EXPIRES = 60;
    public static final int MAX_EXPIRES = 3600;
    private static final int MAX_NONCES = 256;

    /** One registered contact. */
    public record Binding(String user, String contact, Instant expiresAt) {
    }

    private final Clock clock;
    private final String realm;
    private final Map<String, String> subscribers;
    private final Map<String, Binding> bindings = new ConcurrentHashMap<>();
    private final Map<String, Long> nonces = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final AtomicInteger registers = new AtomicInteger();
    private final JainSipStack sip;
    private volatile JainSipCalls calls;
    private SystemScheduler carrierLoop;
    private DemoFarEnd farEnd;

    private EmbeddedRegistrar(String host, int port, String realm, Map<String, String> subscribers, Clock clock) {
        this.clock = clock;
        this.realm = realm;
        this.subscribers = Map.copyOf(subscribers);
        this.sip = JainSipStack.openUdp("registrar", host, port, this);
        Logger.info("embedded SIP registrar on {}:{}/udp, realm {}, {} subscriber(s)", host, sip.port(), realm,
                subscribers.size());
    }

    /**
     * Starts a registrar on {@code host} ({@code 127.0.0.1} for the demo); port 0 picks a free one
     * (jain-sip itself rejects 0). {@code subscribers} maps SIP user → password.
     */
    public static EmbeddedRegistrar start(String host, int port, String realm, Map<String, String> subscribers,
                                          Clock clock) {
        return new EmbeddedRegistrar(host, port == 0 ? JainSipStack.freePort(host) : port, realm, subscribers, clock);
    }

    /** As above on the system clock: the registrar is a peer of the device, outside its virtual time. */
    public static EmbeddedRegistrar start(String host, int port, String realm, Map<String, String> subscribers) {
        return start(host, port, realm, subscribers, System::currentTimeMillis);
    }

    public int port() {
        return sip.port();
    }

    /** {@code host:port}, the value for {@code sip.registrar}. */
    public String hostPort() {
        return sip.host() + ":" + sip.port();
    }

    /**
     * The gateway settings that register {@code user} here over UDP from a free port on 127.0.0.1: what
     * {@code voipgw demo} applies when {@code sip.registrar} is not set.
     */
    public Map<String, String> accountSettings(String user) {
        String password = subscribers.get(user);
        if (password == null) {
            throw new IllegalArgumentException("no subscriber " + user);
        }
        return Map.of("sip.registrar", hostPort(), "sip.user", user, "sip.password", password,
                "sip.domain", realm, "sip.transport", "udp",
                "sip.local", sip.host() + ":" + JainSipStack.freePort(sip.host()));
    }

    public Optional<Binding> binding(String user) {
        Binding b = bindings.get(user);
        return b != null && clock.now().isBefore(b.expiresAt()) ? Optional.of(b) : Optional.empty();
    }

    /** REGISTERs answered 200 so far (initial, refreshes and removals). */
    public int acceptedRegisters() {
        return registers.get();
    }

    /**
     * Makes the registrar a small carrier: calls to {@code farNumbers} are answered by a built-in far end
     * playing a tone ({@link DemoFarEnd}); {@link #callSubscriber} calls a registered subscriber.
     */
    public void answerCalls(Set<String> farNumbers) {
        answerCalls(farNumbers, DemoFarEnd.RING_TIME);
    }

    /** As above, the far end ringing for {@code ringTime} (0 for a benchmark). */
    public synchronized void answerCalls(Set<String> farNumbers, Duration ringTime) {
        if (farEnd != null) {
            return;
        }
        carrierLoop = new SystemScheduler("demo-carrier");
        ExecutorService io = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "demo-carrier-sip");
            t.setDaemon(true);
            return t;
        });
        // the far end's own account: its Contact user; each call to a subscriber is routed by its own (callSubscriber)
        SipAccount farEndAccount = new SipAccount(hostPort(), "", "demo-far-end", "", realm, "", SipAccount.Transport.UDP,
                3600);
        JainSipCalls c = new JainSipCalls(sip, sip.host(), SipAccount.Transport.UDP, carrierLoop, io, () -> farEndAccount);
        farEnd = new DemoFarEnd(farNumbers, ringTime, carrierLoop, random, c);
        calls = c;
    }

    /** The far end {@code from} calls subscriber {@code user} at its registered contact; false when not registered. */
    public boolean callSubscriber(String user, String from) {
        Optional<Binding> b = binding(user);
        if (b.isEmpty() || farEnd == null) {
            return false;
        }
        HostPort contact = HostPort.parse(b.get().contact().replaceFirst("^<?sips?:([^@]*@)?", "")
                .replaceFirst("[;>].*$", ""), 5060);
        // routed to this subscriber's contact for this call only: concurrent calls to others keep their own route
        SipAccount via = new SipAccount(contact.host() + ":" + contact.port(), "", "demo-far-end", "", realm, "",
                SipAccount.Transport.UDP, 3600);
        carrierLoop.execute(() -> farEnd.call("sip:" + user + "@" + contact.host() + ":" + contact.port(), user, from,
                realm, via));
        return true;
    }

    @Override
    public void close() {
        sip.close();
        if (carrierLoop != null) {
            carrierLoop.close();
        }
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request req = event.getRequest();
        JainSipCalls c = calls;
        if (c != null && c.request(event)) {
            return;
        }
        try {
            switch (req.getMethod()) {
                case Request.REGISTER -> register(req);
                case Request.OPTIONS -> sip.provider().sendResponse(sip.messages().createResponse(Response.OK, req));
                case Request.BYE, Request.CANCEL -> sip.provider().sendResponse(sip.messages().createResponse(Response.OK, req));
                case Request.ACK -> { }
                default -> sip.provider().sendResponse(sip.messages().createResponse(Response.METHOD_NOT_ALLOWED, req));
            }
        } catch (ParseException | SipException | InvalidArgumentException | RuntimeException e) {
            Logger.warn("embedded registrar could not answer {}: {}", req.getMethod(), e.getMessage());
        }
    }

    private void register(Request req) throws ParseException, SipException, InvalidArgumentException {
        AuthorizationHeader auth = (AuthorizationHeader) req.getHeader(AuthorizationHeader.NAME);
        if (auth == null || !knownNonce(auth.getNonce()) || !DigestCheck.verify(headerValue(auth), req.getMethod(),
                realm, auth.getNonce(), u -> Optional.ofNullable(subscribers.get(u)))) {
            Response r = sip.messages().createResponse(Response.UNAUTHORIZED, req);
            String nonce = newNonce();
            for (DigestAuth.Algorithm a : new DigestAuth.Algorithm[] {DigestAuth.Algorithm.SHA_256,
                    DigestAuth.Algorithm.MD5}) {
                r.addHeader(sip.headers().createHeader("WWW-Authenticate", "Digest realm=\"" + realm + "\", nonce=\""
                        + nonce + "\", qop=\"auth\", algorithm=" + a.token()));
            }
            sip.provider().sendResponse(r);
            return;
        }
        String user = auth.getUsername();
        ContactHeader contact = (ContactHeader) req.getHeader(ContactHeader.NAME);
        ExpiresHeader expiresHeader = req.getExpires();
        int expires = contact != null && contact.getExpires() >= 0 ? contact.getExpires()
                : expiresHeader != null ? expiresHeader.getExpires() : MAX_EXPIRES;
        if (expires > 0 && expires < MIN_EXPIRES) {
            Response r = sip.messages().createResponse(Response.INTERVAL_TOO_BRIEF, req);
            r.addHeader(sip.headers().createMinExpiresHeader(MIN_EXPIRES));
            sip.provider().sendResponse(r);
            return;
        }
        Response ok = sip.messages().createResponse(Response.OK, req);
        if (expires == 0 || contact == null) {
            bindings.remove(user);
        } else {
            int granted = Math.min(expires, MAX_EXPIRES);
            bindings.put(user, new Binding(user, contact.getAddress().getURI().toString(),
                    clock.now().plusSeconds(granted)));
            ContactHeader c = (ContactHeader) contact.clone();
            c.setExpires(granted);
            ok.addHeader(c);
        }
        ((ToHeader) ok.getHeader(ToHeader.NAME)).setTag(HexFormat.of().toHexDigits(random.nextInt()));
        registers.incrementAndGet();
        Logger.debug("embedded registrar: {} {} ({} s)", expires == 0 ? "removed" : "registered", user, expires);
        sip.provider().sendResponse(ok);
    }

    private static String headerValue(AuthorizationHeader h) {
        return ((gov.nist.javax.sip.header.SIPHeader) h).getHeaderValue();
    }

    private synchronized String newNonce() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        String n = HexFormat.of().formatHex(b);
        nonces.put(n, clock.millis());
        if (nonces.size() > MAX_NONCES) {
            nonces.remove(nonces.keySet().iterator().next());
        }
        return n;
    }

    /** Nonces we issued in the last 5 minutes (RFC 7616 §3.3: the server decides how long a nonce lives). */
    private synchronized boolean knownNonce(String nonce) {
        Long issued = nonce == null ? null : nonces.get(nonce);
        return issued != null && clock.millis() - issued < 300_000;
    }

    @Override
    public void processResponse(ResponseEvent event) {
        JainSipCalls c = calls; // the demo carrier's own calls; a registrar sends no requests
        if (c != null) {
            c.response(event);
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        JainSipCalls c = calls;
        if (c != null) {
            c.timeout(event.getClientTransaction());
        }
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        Logger.debug("embedded registrar: I/O error towards {}:{}", event.getHost(), event.getPort());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        // stateless
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        // no dialogs
    }
}
