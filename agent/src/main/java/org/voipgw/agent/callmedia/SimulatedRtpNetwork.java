package org.voipgw.agent.callmedia;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.voipgw.hal.time.Scheduler;

/**
 * An IP network for RTP on virtual time: each transport it opens owns a port pair on a host address; a
 * datagram sent to a bound address arrives {@link #TRANSIT} later (and is lost when nothing is bound
 * there, as on a real network). {@link #down} drops everything (the WAN cut).
 */
public final class SimulatedRtpNetwork {
    /** One-way transit time of a datagram. Chosen: a typical access network. */
    public static final Duration TRANSIT = Duration.ofMillis(10);

    private final Scheduler scheduler;
    private final Map<InetSocketAddress, Endpoint> bound = new HashMap<>();
    private final Map<InetAddress, Integer> nextPort = new HashMap<>();
    private boolean down;

    public SimulatedRtpNetwork(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** The network carries nothing while down. */
    public void down(boolean on) {
        down = on;
    }

    /** A new port pair on {@code host} (a literal address, e.g. 192.0.2.1), from port 10000 up. */
    public RtpTransport open(String host) {
        InetAddress a = literal(host);
        int port = nextPort.merge(a, 2, Integer::sum) + 10_000 - 2;
        Endpoint e = new Endpoint(a, port);
        bound.put(new InetSocketAddress(a, port), e);
        bound.put(new InetSocketAddress(a, port + 1), e);
        return e;
    }

    /** How many port pairs are bound now (a leaked call would keep its pair). */
    public int boundPairs() {
        return bound.size() / 2;
    }

    static InetAddress literal(String host) {
        if (!host.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            throw new IllegalArgumentException("a literal IP address is needed, not " + host);
        }
        try {
            return InetAddress.getByName(host); // a literal: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + host, e);
        }
    }

    private void deliver(InetSocketAddress from, InetSocketAddress to, byte[] datagram) {
        if (down || to == null) {
            return;
        }
        byte[] copy = datagram.clone();
        scheduler.schedule(TRANSIT, () -> {
            Endpoint e = bound.get(to);
            if (e != null && e.receiver != null) {
                if (to.getPort() == e.port) {
                    e.receiver.rtp(from, copy);
                } else {
                    e.receiver.rtcp(from, copy);
                }
            }
        });
    }

    private final class Endpoint implements RtpTransport {
        private final InetAddress address;
        private final int port;
        private Receiver receiver;

        Endpoint(InetAddress address, int port) {
            this.address = address;
            this.port = port;
        }

        @Override
        public InetAddress address() {
            return address;
        }

        @Override
        public int rtpPort() {
            return port;
        }

        @Override
        public void sendRtp(byte[] datagram, InetSocketAddress to) {
            deliver(new InetSocketAddress(address, port), to, datagram);
        }

        @Override
        public void sendRtcp(byte[] datagram, InetSocketAddress to) {
            deliver(new InetSocketAddress(address, port + 1), to, datagram);
        }

        @Override
        public void listen(Receiver r) {
            receiver = r;
        }

        @Override
        public void close() {
            bound.remove(new InetSocketAddress(address, port));
            bound.remove(new InetSocketAddress(address, port + 1));
            receiver = null;
        }
    }
}
