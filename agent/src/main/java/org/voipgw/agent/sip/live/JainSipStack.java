package org.voipgw.agent.sip.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Properties;
import java.util.TooManyListenersException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.ObjectInUseException;
import javax.sip.PeerUnavailableException;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TransportNotSupportedException;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import org.tinylog.Logger;

/**
 * One jain-sip-ri stack with one listening point, set up the way this firmware needs it: logging to
 * tinylog, the inbound guard (size, source, malformed) before the parser, no automatic dialogs.
 * Shared by the gateway's port and the demo's embedded registrar ({@code sip.sim}).
 */
public final class JainSipStack implements AutoCloseable {
    private static final AtomicInteger SEQ = new AtomicInteger();

    final SipStack stack;
    final SipProvider provider;
    final ListeningPoint listeningPoint;
    final AddressFactory addresses;
    final HeaderFactory headers;
    final MessageFactory messages;
    private final String name;

    /**
     * How long a 2xx we sent waits for its ACK, in jain-sip's 500 ms timer ticks (T1, RFC 3261 §17.1.1.1): 64,
     * i.e. 64×T1 = 32 s (RFC 3261 §13.3.1.4); then a SipListenerExt (the gateway's port) hears a
     * dialog timeout (AckNotReceived).
     */
    static final int ACK_WAIT_TICKS = 64;

    JainSipStack(String purpose, String host, int port, String transport, InboundGuard guard, SipListener listener) {
        this(purpose, host, port, transport, guard, listener, ACK_WAIT_TICKS);
    }

    JainSipStack(String purpose, String host, int port, String transport, InboundGuard guard, SipListener listener,
                 int ackWaitTicks) {
        name = "voipgw-" + purpose + "-" + SEQ.incrementAndGet();
        InboundGuard.install(name, guard);
        Properties p = new Properties();
        p.setProperty("javax.sip.STACK_NAME", name);
        p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        p.setProperty("gov.nist.javax.sip.STACK_LOGGER", TinylogStackLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.SERVER_LOGGER", TinylogServerLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.MESSAGE_PARSER_FACTORY", GuardedParserFactory.class.getName());
        p.setProperty("gov.nist.javax.sip.SIP_MESSAGE_VALVE", GuardValve.class.getName());
        // One byte over the limit, so an oversize datagram arrives longer than 16 KiB and is recognised.
        p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", String.valueOf(InboundGuard.MAX_MESSAGE_BYTES + 1));
        p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "1");
        p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "false");
        p.setProperty("gov.nist.javax.sip.DIALOG_TIMEOUT_FACTOR", Integer.toString(ackWaitTicks));
        SipStack created = null;
        try {
            SipFactory f = SipFactory.getInstance();
            f.setPathName("gov.nist");
            created = f.createSipStack(p);
            addresses = f.createAddressFactory();
            headers = f.createHeaderFactory();
            messages = f.createMessageFactory();
            listeningPoint = created.createListeningPoint(host, port, transport);
            provider = created.createSipProvider(listeningPoint);
            provider.addSipListener(listener);
            stack = created;
        } catch (PeerUnavailableException | TransportNotSupportedException | InvalidArgumentException
                 | ObjectInUseException | TooManyListenersException e) {
            if (created != null) {
                created.stop();
            }
            InboundGuard.remove(name);
            throw new UncheckedIOException(new IOException("cannot listen on " + host + ":" + port + "/" + transport
                    + ": " + e.getMessage(), e));
        }
        Logger.debug("jain-sip stack {} listening on {}:{}/{}", name, host, port, transport);
    }

    /** A stack on UDP {@code host:port} that lets everyone in (the guard still limits size and form). */
    public static JainSipStack openUdp(String purpose, String host, int port, SipListener listener) {
        return new JainSipStack(purpose, host, port, "udp", InboundGuard.OPEN, listener);
    }

    public String host() {
        return listeningPoint.getIPAddress();
    }

    public int port() {
        return listeningPoint.getPort();
    }

    public SipProvider provider() {
        return provider;
    }

    public HeaderFactory headers() {
        return headers;
    }

    public MessageFactory messages() {
        return messages;
    }

    @Override
    public void close() {
        try {
            stack.deleteSipProvider(provider);
            stack.deleteListeningPoint(listeningPoint);
        } catch (ObjectInUseException e) {
            Logger.debug("jain-sip stack {}: {}", name, e.getMessage());
        }
        stack.stop();
        InboundGuard.remove(name);
    }

    /**
     * A port free on {@code host} for both UDP and TCP now (jain-sip rejects port 0, PITFALLS.md). Another
     * process may take it before we bind; callers that can, retry.
     */
    public static int freePort(String host) {
        try {
            InetAddress a = InetAddress.getByName(host);
            for (int i = 0; i < 20; i++) {
                try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(a, 0))) {
                    int port = udp.getLocalPort();
                    try (ServerSocket tcp = new ServerSocket(port, 1, a)) {
                        return tcp.getLocalPort();
                    } catch (IOException inUse) {
                        // try another
                    }
                }
            }
            throw new IOException("no free port on " + host);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
