package org.voipgw.isdn.dchan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.dchan.DChannel;
import org.voipgw.hal.dchan.DChannelOpenException;
import org.voipgw.hal.dchan.DChannelSpec;
import org.voipgw.hal.time.SystemScheduler;
import org.voipgw.isdn.IsdnLineState;
import org.voipgw.isdn.call.AnsweringFarEnd;
import org.voipgw.isdn.call.CallState;
import org.voipgw.isdn.pri.PriSpan;
import org.voipgw.isdn.pri.SpanMode;
import org.voipgw.isdn.sim.PbxCall;
import org.voipgw.isdn.sim.SimulatedPbx;

/** The UDP D channel on loopback, with the real system scheduler: link, call, oversize, flood, busy port. */
class UdpDChannelTest {
    private final SystemScheduler loop = new SystemScheduler("udp-test");
    private UdpDChannel gateway;
    private UdpDChannel pbxEnd;

    @AfterEach
    void close() {
        if (gateway != null) {
            gateway.close();
        }
        if (pbxEnd != null) {
            pbxEnd.close();
        }
        loop.close();
    }

    @Test
    void aPriSpanAndAPbxTalkOverUdp() throws Exception {
        int a = freePort();
        int b = freePort();
        gateway = UdpDChannel.open(loop, udp(a, b), "pri");
        pbxEnd = UdpDChannel.open(loop, udp(b, a), "pbx");
        PriSpan span = on(() -> {
            PriSpan s = new PriSpan(loop, gateway, PriSpan.Config.of(SpanMode.NT),
                    new AnsweringFarEnd(loop, Duration.ofMillis(200)));
            s.start();
            return s;
        });
        SimulatedPbx pbx = on(() -> {
            SimulatedPbx p = new SimulatedPbx(loop, pbxEnd, SimulatedPbx.Config.forPri());
            p.start();
            return p;
        });
        waitFor("data link up", () -> on(() -> span.lineState() == IsdnLineState.USABLE));
        PbxCall call = on(() -> pbx.call("0312345678"));
        waitFor("call answered", () -> on(() -> call.state() == CallState.ACTIVE));
        assertEquals("udp:127.0.0.1:" + a + ">127.0.0.1:" + b, gateway.description());
        assertTrue(gateway.counters().received() >= 3, gateway.counters().toString());
        assertEquals(0, gateway.counters().dropped());
    }

    @Test
    void oversizeDatagramsAreDroppedAndCounted() throws Exception {
        int a = freePort();
        int b = freePort();
        gateway = UdpDChannel.open(loop, udp(a, b), "pri");
        try (DatagramSocket peer = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), b))) {
            send(peer, a, new byte[DChannel.MAX_FRAME_OCTETS + 1]);
            send(peer, a, new byte[5000]);
            send(peer, a, new byte[DChannel.MAX_FRAME_OCTETS]);
            waitFor("three datagrams seen", () -> gateway.counters().oversize() + gateway.counters().received() == 3);
        }
        assertEquals(2, gateway.counters().oversize());
        assertEquals(1, gateway.counters().received());
    }

    @Test
    void aFloodMeetsABoundedQueueAndTheLoopKeepsTime() throws Exception {
        int a = freePort();
        int b = freePort();
        // a deliberately slow data link (1 ms per frame) behind a small queue: the flood must overflow it
        gateway = UdpDChannel.open(loop, udp(a, b), "pri", 16);
        AtomicLong handled = new AtomicLong();
        on(() -> {
            gateway.onReceive(f -> {
                handled.incrementAndGet();
                long until = System.nanoTime() + 1_000_000;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait(); // stands in for a slow handler, not synchronisation
                }
            });
            return null;
        });
        AtomicLong ticksWithFramesWaiting = new AtomicLong();
        var timer = on(() -> loop.every(Duration.ofMillis(5), () -> {
            if (gateway.waiting() > 0) {
                ticksWithFramesWaiting.incrementAndGet();
            }
        }));
        int sent = 50_000;
        try (DatagramSocket peer = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), b))) {
            byte[] ui = {0x02, 0x01, 0x03, 0x08, 0x01, 0x00};
            for (int i = 0; i < sent; i++) {
                send(peer, a, ui);
            }
        }
        waitFor("flood drained", () -> gateway.waiting() == 0 && on(() -> true));
        timer.cancel();
        var c = gateway.counters();
        assertTrue(c.overflow() > 0, "the queue overflowed: " + c);
        assertEquals(handled.get(), c.received());
        assertTrue(c.received() + c.overflow() <= sent, c.toString());
        // the timer ran while frames were still queued: the flood did not hold the loop
        assertTrue(ticksWithFramesWaiting.get() > 0, "no timer ran during the flood");
    }

    @Test
    void aBusyPortIsAOneLineErrorNamingIt() throws Exception {
        int a = freePort();
        int b = freePort();
        gateway = UdpDChannel.open(loop, udp(a, b), "pri");
        DChannelOpenException e = assertThrows(DChannelOpenException.class, () -> UdpDChannel.open(loop, udp(a, b), "pri"));
        assertTrue(e.getMessage().contains("127.0.0.1:" + a), e.getMessage());
        assertTrue(e.getMessage().startsWith("pri: "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    private static DChannelSpec.Udp udp(int local, int remote) {
        return (DChannelSpec.Udp) DChannelSpec.parse("udp:127.0.0.1:" + local + ">127.0.0.1:" + remote);
    }

    private static void send(DatagramSocket s, int port, byte[] data) throws IOException {
        s.send(new DatagramPacket(data, data.length, InetAddress.getLoopbackAddress(), port));
    }

    private static int freePort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private <T> T on(Callable<T> task) {
        CompletableFuture<T> f = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                f.complete(task.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within 20 s");
            }
            Thread.sleep(10); // a polling interval; the condition decides
        }
    }
}
