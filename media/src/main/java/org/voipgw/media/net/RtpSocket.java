package org.voipgw.media.net;

import java.time.Duration;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One call's RTP and RTCP sockets.
 *
 * <p>Each channel has a receive thread (a virtual thread: cheap for 23 calls × 2). It reads one
 * datagram at a time into a buffer one octet larger than the limit, so a datagram that fills it
 * was oversized (the OS truncates silently); those are dropped and counted. Every other datagram
 * is copied and handed to the device event loop through the given {@link Executor}. At most
 * {@code queueLimit} datagrams may wait there; beyond that they are dropped and counted, so a
 * flood cannot grow the event loop's queue without bound.
 *
 * <p>Sending is called from the event loop; {@link DatagramChannel} sends are thread-safe.
 */
public final class RtpSocket implements AutoCloseable {
    /** Whether a datagram came to the RTP or the RTCP port. */
    public enum Channel { RTP, RTCP }

    /** Receives datagrams on the event loop. */
    @FunctionalInterface
    public interface DatagramHandler {
        void datagram(Channel channel, InetSocketAddress source, byte[] data);
    }

    /** Pairs the pool lends that turn out to be taken by another program are skipped; this many tries. */
    static final int BIND_ATTEMPTS = 8;
    /** How long {@link #close} waits for a receive thread to leave its channel (it takes microseconds). */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    private final RtpPortPool pool;
    private final PortPair pair;
    private final DatagramChannel rtp;
    private final DatagramChannel rtcp;
    private final Executor eventLoop;
    private final DatagramHandler handler;
    private final int maxDatagram;
    private final int queueLimit;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong oversized = new AtomicLong();
    private final AtomicLong queueDrops = new AtomicLong();
    private final AtomicLong sendErrors = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final List<Thread> receivers = new ArrayList<>(2);

    private RtpSocket(RtpPortPool pool, PortPair pair, DatagramChannel rtp, DatagramChannel rtcp, Executor eventLoop,
                      DatagramHandler handler, int maxDatagram, int queueLimit) {
        this.pool = pool;
        this.pair = pair;
        this.rtp = rtp;
        this.rtcp = rtcp;
        this.eventLoop = eventLoop;
        this.handler = handler;
        this.maxDatagram = maxDatagram;
        this.queueLimit = queueLimit;
    }

    /**
     * Takes a pair from the pool, binds both ports on {@code local} and starts receiving.
     *
     * @throws NoFreePortException when every pair of the range is in use (or taken by others)
     * @throws IOException         when the OS refuses the sockets for another reason
     */
    public static RtpSocket open(RtpPortPool pool, InetAddress local, Executor eventLoop, int maxDatagram,
                                 int queueLimit, DatagramHandler handler) throws IOException {
        if (maxDatagram < 12 || queueLimit < 1) {
            throw new IllegalArgumentException("maxDatagram must hold an RTP header (12+) and queueLimit be 1+");
        }
        // Pairs another program holds stay marked while we look further, then go back to the pool.
        List<PortPair> takenByOthers = new ArrayList<>();
        try {
            for (int attempt = 0; attempt < BIND_ATTEMPTS; attempt++) {
                Optional<PortPair> lent = pool.allocate();
                if (lent.isEmpty()) {
                    break;
                }
                PortPair pair = lent.get();
                DatagramChannel rtp = null;
                try {
                    rtp = DatagramChannel.open().bind(new InetSocketAddress(local, pair.rtp()));
                    DatagramChannel rtcp = DatagramChannel.open().bind(new InetSocketAddress(local, pair.rtcp()));
                    RtpSocket s = new RtpSocket(pool, pair, rtp, rtcp, eventLoop, handler, maxDatagram, queueLimit);
                    s.startReceiving();
                    return s;
                } catch (BindException taken) {
                    closeQuietly(rtp);
                    takenByOthers.add(pair);
                } catch (IOException | RuntimeException e) {
                    closeQuietly(rtp);
                    pool.release(pair);
                    throw e;
                }
            }
        } finally {
            takenByOthers.forEach(pool::release);
        }
        throw new NoFreePortException("no free RTP port pair: " + pool.inUse() + " of " + pool.capacity()
                + " pairs in use" + (takenByOthers.isEmpty() ? "" : ", " + takenByOthers.size()
                + " tried were held by other programs"));
    }

    private void startReceiving() {
        receivers.add(Thread.ofVirtual().name("rtp-" + pair.rtp()).start(() -> receiveLoop(rtp, Channel.RTP)));
        receivers.add(Thread.ofVirtual().name("rtcp-" + pair.rtcp()).start(() -> receiveLoop(rtcp, Channel.RTCP)));
    }

    private void receiveLoop(DatagramChannel channel, Channel kind) {
        ByteBuffer buffer = ByteBuffer.allocate(maxDatagram + 1);
        while (!closed.get()) {
            buffer.clear();
            SocketAddress from;
            try {
                from = channel.receive(buffer);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                if (closed.get()) {
                    return;
                }
                continue; // e.g. ICMP port unreachable reported on Linux: keep receiving
            }
            if (buffer.position() > maxDatagram) {
                oversized.incrementAndGet();
                continue;
            }
            if (waiting.incrementAndGet() > queueLimit) {
                waiting.decrementAndGet();
                queueDrops.incrementAndGet();
                continue;
            }
            byte[] data = Arrays.copyOf(buffer.array(), buffer.position());
            InetSocketAddress source = (InetSocketAddress) from;
            try {
                eventLoop.execute(() -> {
                    waiting.decrementAndGet();
                    delivered.incrementAndGet();
                    handler.datagram(kind, source, data);
                });
            } catch (RejectedExecutionException e) {
                waiting.decrementAndGet();
                queueDrops.incrementAndGet();
            }
        }
    }

    /** Sends an RTP datagram; false (and counted) when the OS refused it. */
    public boolean sendRtp(byte[] data, InetSocketAddress to) {
        return send(rtp, data, to);
    }

    /** Sends an RTCP datagram; false (and counted) when the OS refused it. */
    public boolean sendRtcp(byte[] data, InetSocketAddress to) {
        return send(rtcp, data, to);
    }

    private boolean send(DatagramChannel channel, byte[] data, InetSocketAddress to) {
        try {
            channel.send(ByteBuffer.wrap(data), to);
            return true;
        } catch (IOException e) {
            sendErrors.incrementAndGet();
            return false;
        }
    }

    public PortPair ports() {
        return pair;
    }

    public long delivered() {
        return delivered.get();
    }

    public long oversizedDrops() {
        return oversized.get();
    }

    public long queueDrops() {
        return queueDrops.get();
    }

    public long sendErrors() {
        return sendErrors.get();
    }

    /**
     * Closes both sockets and returns the pair to the pool; idempotent. NIO defers the OS close of
     * a channel until the thread blocked in it has left, so we wait (at most
     * {@link #CLOSE_WAIT}) for both receive threads: when this returns, the ports can be bound
     * again, which is what "freed" must mean for the next call.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            closeQuietly(rtp);
            closeQuietly(rtcp);
            for (Thread t : receivers) {
                try {
                    t.join(CLOSE_WAIT);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            pool.release(pair);
        }
    }

    private static void closeQuietly(DatagramChannel c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // closing a datagram channel does not fail in a way we could act on
            }
        }
    }

    /** Every pair of the range is in use. */
    public static final class NoFreePortException extends IOException {
        private static final long serialVersionUID = 1L;

        public NoFreePortException(String message) {
            super(message);
        }
    }
}
