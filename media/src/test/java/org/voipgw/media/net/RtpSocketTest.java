package org.voipgw.media.net;

import java.nio.ByteBuffer;
import java.util.concurrent.Executor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Over loopback; every wait is bounded (5 s) and ends as soon as its condition holds. */
class RtpSocketTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private final ExecutorService eventLoop = Executors.newSingleThreadExecutor();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    record Received(RtpSocket.Channel channel, InetSocketAddress source, byte[] data) {
    }

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
        eventLoop.shutdownNow();
    }

    /**
     * A range above Linux's ephemeral ports (32768-60999), so no outgoing connection holds it,
     * and different per test JVM to keep clear of parallel builds.
     */
    private static RtpPortPool pool(int pairs) {
        int base = 61000 + 2 * (int) (ProcessHandle.current().pid() % 1000);
        return new RtpPortPool(base, base + 2 * pairs - 1);
    }

    private RtpSocket open(RtpPortPool pool, BlockingQueue<Received> into, int max, int queueLimit,
                           Executor executor) throws IOException {
        RtpSocket s = RtpSocket.open(pool, LOOPBACK, executor, max, queueLimit,
                (channel, source, data) -> into.add(new Received(channel, source, data)));
        toClose.add(s);
        return s;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not within 5 s: " + what);
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    @Test
    void datagramsReachTheEventLoopOnTheirChannel() throws Exception {
        RtpPortPool pool = pool(4);
        BlockingQueue<Received> a = new LinkedBlockingQueue<>();
        BlockingQueue<Received> b = new LinkedBlockingQueue<>();
        RtpSocket sa = open(pool, a, 1500, 100, eventLoop);
        RtpSocket sb = open(pool, b, 1500, 100, eventLoop);
        assertTrue(sa.sendRtp(new byte[] {1, 2, 3}, new InetSocketAddress(LOOPBACK, sb.ports().rtp())));
        assertTrue(sa.sendRtcp(new byte[] {4}, new InetSocketAddress(LOOPBACK, sb.ports().rtcp())));
        Received first = b.poll(5, TimeUnit.SECONDS);
        Received second = b.poll(5, TimeUnit.SECONDS);
        List<Received> got = List.of(first, second);
        assertTrue(got.stream().anyMatch(r -> r.channel() == RtpSocket.Channel.RTP && r.data().length == 3
                && r.source().getPort() == sa.ports().rtp()), got::toString);
        assertTrue(got.stream().anyMatch(r -> r.channel() == RtpSocket.Channel.RTCP && r.data()[0] == 4
                && r.source().getPort() == sa.ports().rtcp()), got::toString);
        assertEquals(2, sb.delivered());
    }

    @Test
    void oversizedDatagramsAreDroppedAndCounted() throws Exception {
        RtpPortPool pool = pool(2);
        BlockingQueue<Received> b = new LinkedBlockingQueue<>();
        RtpSocket sb = open(pool, b, 200, 100, eventLoop);
        try (DatagramChannel sender = DatagramChannel.open()) {
            InetSocketAddress to = new InetSocketAddress(LOOPBACK, sb.ports().rtp());
            sender.send(ByteBuffer.wrap(new byte[201]), to);
            sender.send(ByteBuffer.wrap(new byte[200]), to);
        }
        Received r = b.poll(5, TimeUnit.SECONDS);
        assertEquals(200, r.data().length, "the one at the limit passes");
        await(() -> sb.oversizedDrops() == 1, "oversized counted");
        assertTrue(b.isEmpty());
    }

    @Test
    void aFloodBeyondTheQueueLimitIsDroppedAndCounted() throws Exception {
        RtpPortPool pool = pool(2);
        BlockingQueue<Received> b = new LinkedBlockingQueue<>();
        List<Runnable> parked = new ArrayList<>(); // an event loop that is busy: nothing runs
        RtpSocket sb = open(pool, b, 1500, 3, task -> {
            synchronized (parked) {
                parked.add(task);
            }
        });
        try (DatagramChannel sender = DatagramChannel.open()) {
            for (int i = 0; i < 10; i++) {
                sender.send(ByteBuffer.wrap(new byte[] {(byte) i}), new InetSocketAddress(LOOPBACK, sb.ports().rtp()));
            }
        }
        await(() -> {
            synchronized (parked) {
                return parked.size() + sb.queueDrops() == 10;
            }
        }, "10 datagrams queued or dropped");
        assertEquals(3, parked.size());
        assertEquals(7, sb.queueDrops());
        synchronized (parked) {
            parked.forEach(Runnable::run);
        }
        assertEquals(3, b.size());
        assertEquals(3, sb.delivered());
    }

    @Test
    void closeFreesThePairAndThePortsAndTheRangeRunsOut() throws Exception {
        RtpPortPool pool = pool(1);
        BlockingQueue<Received> q = new LinkedBlockingQueue<>();
        RtpSocket s = open(pool, q, 1500, 10, eventLoop);
        PortPair pair = s.ports();
        RtpSocket.NoFreePortException none = assertThrows(RtpSocket.NoFreePortException.class,
                () -> open(pool, q, 1500, 10, eventLoop));
        assertTrue(none.getMessage().contains("1 of 1"), none.getMessage());
        s.close();
        s.close(); // idempotent
        assertEquals(0, pool.inUse());
        RtpSocket again = open(pool, q, 1500, 10, eventLoop);
        assertEquals(pair, again.ports(), "the ports are bindable again");
    }

    @Test
    void aPairHeldByAnotherProgramIsSkipped() throws Exception {
        RtpPortPool pool = pool(2);
        int firstRtp = pool.allocate().orElseThrow().rtp();
        pool.release(new PortPair(firstRtp));
        try (DatagramChannel squatter = DatagramChannel.open().bind(new InetSocketAddress(LOOPBACK, firstRtp + 2))) {
            assertTrue(squatter.isOpen());
            // round robin: the next allocation is the second pair, which the squatter holds
            RtpSocket s = open(pool, new LinkedBlockingQueue<>(), 1500, 10, eventLoop);
            assertEquals(firstRtp, s.ports().rtp());
            assertEquals(1, pool.inUse(), "the squatted pair went back to the pool");
        }
    }
}
