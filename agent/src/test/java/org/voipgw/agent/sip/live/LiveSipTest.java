package org.voipgw.agent.sip.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletableFuture;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.sip.sim.EmbeddedRegistrar;
import org.voipgw.agent.sip.HostPort;
import org.voipgw.agent.sip.SipAccount;
import org.voipgw.agent.sip.SipEndpoint;
import org.voipgw.agent.sip.SipRegistration;
import org.voipgw.hal.time.SystemScheduler;
import org.voipgw.led.status.RegistrationState;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Assertions;

/**
 * The live edge on real UDP sockets: the gateway's jain-sip port registering to the embedded registrar,
 * and raw datagrams (oversize, malformed, untrusted) thrown at the gateway's port. One stack pair for
 * the class (jain-sip stacks take a second or two each, PITFALLS.md).
 */
class LiveSipTest {
    private static EmbeddedRegistrar registrar;
    private static SystemScheduler loop;
    private static JainSipPort port;
    private static SipRegistration registration;
    private static final CompletableFuture<Void> REGISTERED = new CompletableFuture<>();

    @BeforeAll
    static void start() throws Exception {
        registrar = EmbeddedRegistrar.start("127.0.0.1", 0, "voipgw.test", Map.of("0312345678", "pässwörd-1"));
        loop = new SystemScheduler("live-test");
        int local = JainSipStack.freePort("127.0.0.1");
        port = (JainSipPort) JainSipPort.open(new SipEndpoint(new HostPort("127.0.0.1", local),
                SipAccount.Transport.UDP, List.of(HostPort.parse(registrar.hostPort(), 5060)), true), loop);
        SipAccount account = new SipAccount(registrar.hostPort(), "", "0312345678", "pässwörd-1", "voipgw.test",
                "0312345678", SipAccount.Transport.UDP, 120);
        loop.execute(() -> {
            registration = new SipRegistration(loop, port, RandomGeneratorFactory.of("L64X128MixRandom").create(1),
                    SipRegistration.Timing.DEFAULT, s -> {
                        if (s.state() == RegistrationState.REGISTERED) {
                            REGISTERED.complete(null);
                        }
                    });
            registration.wanChanged(true);
            registration.configure(account);
        });
        REGISTERED.get(10, TimeUnit.SECONDS); // registered at the embedded registrar
    }

    @AfterAll
    static void stop() {
        if (port != null) {
            port.close();
        }
        if (registrar != null) {
            registrar.close();
        }
        if (loop != null) {
            loop.close();
        }
    }

    @Test
    void registersOverRealUdpAndUnregistersOnShutdown() throws InterruptedException {
        assertTrue(registrar.binding("0312345678").isPresent());
        assertTrue(registrar.binding("0312345678").get().contact().contains(":" + port.localPort()));
        // not part of the shutdown test below: the binding is removed on an orderly shutdown
        CountDownLatch done = new CountDownLatch(1);
        int before = registrar.acceptedRegisters();
        loop.execute(() -> registration.shutdown(done::countDown));
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertTrue(registrar.acceptedRegisters() > before);
        assertFalse(registrar.binding("0312345678").isPresent());
    }

    @Test
    void optionsFromTheRegistrarAddressIsAnswered() throws IOException {
        assertEquals("SIP/2.0 200 OK", firstLine(exchange("127.0.0.1", options(200))));
    }

    @Test
    void oversizeDatagramsAreDroppedUnanswered() throws IOException {
        assertNull(exchange("127.0.0.1", options(20 * 1024)));
        assertNull(exchange("127.0.0.1", options(16 * 1024 + 1)));
        assertEquals("SIP/2.0 200 OK", firstLine(exchange("127.0.0.1", options(16 * 1024))),
                "exactly 16 KiB is still answered");
    }

    @Test
    void malformedDatagramsNeverCrashTheStackNorGetAnAnswer() throws IOException {
        byte[][] junk = {
            new byte[0].length == 0 ? new byte[] {0} : null,
            "OPTIONS sip:x SIP/2.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
            "INVITE sip:x SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:1;branch=z9hG4bK1\r\nCSeq: banana\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII),
            "\u0000\u00ff\u00fe garbage \r\n\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
            options(300).replace("Content-Length: 0", "Content-Length: 99999").getBytes(StandardCharsets.US_ASCII),
        };
        for (byte[] j : junk) {
            assertNull(exchangeBytes("127.0.0.1", j, 500), "no answer to " + new String(j, StandardCharsets.ISO_8859_1));
        }
        assertEquals("SIP/2.0 200 OK", firstLine(exchange("127.0.0.1", options(200))), "still alive");
    }

    @Test
    void requestsFromOtherAddressesAreDroppedWithoutAReply() throws IOException {
        assertNull(exchange("127.0.0.2", options(200)));
        assertNull(exchange("127.0.0.2", invite()));
        assertEquals("SIP/2.0 200 OK", firstLine(exchange("127.0.0.1", options(200))));
    }

    // ---- raw UDP ----

    private static String exchange(String from, String message) throws IOException {
        return exchangeWith(port.localPort(), from, message);
    }

    private static String exchangeWith(int to, String from, String message) throws IOException {
        byte[] reply = exchangeBytes(to, from, message.getBytes(StandardCharsets.UTF_8), 1500);
        return reply == null ? null : new String(reply, StandardCharsets.UTF_8);
    }

    private static byte[] exchangeBytes(String from, byte[] message, int waitMillis) throws IOException {
        return exchangeBytes(port.localPort(), from, message, waitMillis);
    }

    /** Sends one datagram from {@code from} to port {@code to} and returns the first reply, or null when none comes in time. */
    private static byte[] exchangeBytes(int to, String from, byte[] message, int waitMillis) throws IOException {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(from), 0))) {
            s.setSoTimeout(waitMillis);
            s.send(new DatagramPacket(message, message.length, InetAddress.getByName("127.0.0.1"), to));
            byte[] buf = new byte[65536];
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                s.receive(p);
                return Arrays.copyOf(buf, p.getLength());
            } catch (SocketTimeoutException none) {
                return null;
            }
        }
    }

    private static String options(int size) {
        String head = "OPTIONS sip:gw@127.0.0.1:" + port.localPort() + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:9;rport;branch=z9hG4bK" + System.nanoTime() + "\r\n"
                + "From: <sip:probe@127.0.0.1>;tag=1\r\n"
                + "To: <sip:gw@127.0.0.1>\r\n"
                + "Call-ID: " + System.nanoTime() + "@probe\r\n"
                + "CSeq: 1 OPTIONS\r\n"
                + "Max-Forwards: 70\r\n";
        String tail = "Content-Length: 0\r\n\r\n";
        if (size <= 400) {
            return head + tail;
        }
        String pad = "X-Pad: " + "a".repeat(size - head.length() - tail.length() - 9) + "\r\n";
        String m = head + pad + tail;
        assertEquals(size, m.length(), "test message size");
        return m;
    }

    private static String invite() {
        return "INVITE sip:gw@127.0.0.1:" + port.localPort() + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.2:9;rport;branch=z9hG4bK" + System.nanoTime() + "\r\n"
                + "From: <sip:scanner@127.0.0.2>;tag=1\r\n"
                + "To: <sip:100@127.0.0.1>\r\n"
                + "Call-ID: " + System.nanoTime() + "@scanner\r\n"
                + "CSeq: 1 INVITE\r\n"
                + "Contact: <sip:scanner@127.0.0.2:9>\r\n"
                + "Max-Forwards: 70\r\n"
                + "Content-Length: 0\r\n\r\n";
    }

    private static String firstLine(String s) {
        return s == null ? null : s.substring(0, s.indexOf("\r\n"));
    }

    @Test
    void demoSettingsRegisterASimulatedGatewayOverRealUdp() {
        Map<String, String> settings = registrar.accountSettings("0312345678");
        assertEquals(registrar.hostPort(), settings.get("sip.registrar"));
        assertTrue(settings.get("sip.local").startsWith("127.0.0.1:"));
        Assertions.assertThrows(IllegalArgumentException.class,
                () -> registrar.accountSettings("nobody"));
    }

    @Test
    void mutatedDatagramsNeverCrashTheStack() throws IOException {
        Random r = new Random(16_384);
        byte[] valid = options(300).getBytes(StandardCharsets.US_ASCII);
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0))) {
            for (int i = 0; i < 500; i++) {
                byte[] m = Arrays.copyOf(valid, 1 + r.nextInt(valid.length));
                for (int flips = r.nextInt(8); flips >= 0; flips--) {
                    m[r.nextInt(m.length)] = (byte) r.nextInt(256);
                }
                s.send(new DatagramPacket(m, m.length, InetAddress.getByName("127.0.0.1"), port.localPort()));
            }
        }
        // the stack may still be working through the burst (or the kernel dropped the probe): ask a few times
        String reply = null;
        for (int i = 0; i < 10 && reply == null; i++) {
            reply = exchange("127.0.0.1", options(200));
        }
        assertEquals("SIP/2.0 200 OK", firstLine(reply), "still answering");
    }

    @Test
    void withAcceptFromProxyOnlyOffOthersAreAnsweredToo() throws IOException {
        int local = JainSipStack.freePort("127.0.0.1");
        try (JainSipPort open = (JainSipPort) JainSipPort.open(new SipEndpoint(new HostPort("127.0.0.1", local),
                SipAccount.Transport.UDP, List.of(HostPort.parse(registrar.hostPort(), 5060)), false), loop)) {
            assertEquals("SIP/2.0 200 OK", firstLine(exchangeWith(open.localPort(), "127.0.0.2", options(200))));
        }
    }

    @Test
    void boundToAnyAddressItRegistersWithTheAddressFacingTheRegistrar() throws Exception {
        int local = JainSipStack.freePort("127.0.0.1");
        try (EmbeddedRegistrar second = EmbeddedRegistrar.start("127.0.0.1", 0, "voipgw.test",
                Map.of("0399999999", "pw-2"));
             JainSipPort any = (JainSipPort) JainSipPort.open(new SipEndpoint(new HostPort("0.0.0.0", local),
                     SipAccount.Transport.UDP, List.of(HostPort.parse(second.hostPort(), 5060)), true), loop)) {
            SipAccount toSecond = new SipAccount(second.hostPort(), "", "0399999999", "pw-2", "voipgw.test", "",
                    SipAccount.Transport.UDP, 120);
            CompletableFuture<Void> registered = new CompletableFuture<>();
            loop.execute(() -> {
                SipRegistration r = new SipRegistration(loop, any, RandomGeneratorFactory.of("L64X128MixRandom")
                        .create(2), SipRegistration.Timing.DEFAULT, s -> {
                            if (s.state() == RegistrationState.REGISTERED) {
                                registered.complete(null);
                            }
                        });
                r.wanChanged(true);
                r.configure(toSecond);
            });
            registered.get(10, TimeUnit.SECONDS);
            assertEquals("sip:0399999999@127.0.0.1:" + local, second.binding("0399999999").orElseThrow().contact());
        }
    }
}
