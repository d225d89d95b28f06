package org.voipgw.agent.sip.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.sip.HostPort;
import org.voipgw.agent.sip.SipAccount;
import org.voipgw.agent.sip.SipEndpoint;
import org.voipgw.hal.time.SystemScheduler;

/**
 * RFC 4475's torture cases (test resources {@code rfc4475/<section>-<name>.sip}, outcomes in
 * {@code rfc4475/expected.txt}) sent over UDP from the proxy's address to the live edge: through the
 * inbound guard and jain-sip, as the proxy would. Every case must be answered or dropped as the RFC says,
 * nothing may crash, and afterwards the port still answers (no state damaged).
 */
class TortureTest {
    private static SystemScheduler loop;
    private static JainSipPort port;

    @BeforeAll
    static void start() {
        loop = new SystemScheduler("torture");
        int local = JainSipStack.freePort("127.0.0.1");
        // the proxy is 127.0.0.1 (trusted): these messages reach the stack, as from the carrier's proxy
        port = (JainSipPort) JainSipPort.open(new SipEndpoint(new HostPort("127.0.0.1", local),
                SipAccount.Transport.UDP, List.of(new HostPort("127.0.0.1", 5060)), true), loop);
    }

    @AfterAll
    static void stop() {
        if (port != null) {
            port.close();
        }
        if (loop != null) {
            loop.close();
        }
    }

    @Test
    void everyTortureCaseIsHandledAsTheRfcSaysAndThePortSurvives() throws IOException {
        List<String> failures = new ArrayList<>();
        int total = 0;
        for (String line : resource("expected.txt").lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split("\\s+", 3);
            Set<String> allowed = Set.of(f[1].split(","));
            total++;
            String outcome = send(resource(f[0] + ".sip"), allowed.contains("none") ? 400 : 1500);
            if (!allowed.contains(outcome)) {
                failures.add(f[0] + ": got " + outcome + ", expected " + f[1]);
            }
        }
        System.out.println("RFC 4475 torture: " + (total - failures.size()) + "/" + total + " handled as the RFC says"
                + (failures.isEmpty() ? "" : "; not: " + failures));
        assertEquals(List.of(), failures);
        assertEquals(31, total, "every case in the table ran");
        String health = send("OPTIONS sip:gw@127.0.0.1:${port} SIP/2.0\nVia: SIP/2.0/UDP 127.0.0.1:${peer};branch=z9hG4bK${branch}\n"
                + "From: <sip:p@127.0.0.1>;tag=1\nTo: <sip:gw@127.0.0.1>\nCall-ID: health@p\nCSeq: 1 OPTIONS\nMax-Forwards: 70\n"
                + "Content-Length: 0\n\n", 1500);
        assertEquals("200", health, "still answering after the torture");
    }

    /** Sends one case (placeholders filled, LF made CRLF) and returns the reply's status code, or "none". */
    private static String send(String template, int waitMillis) throws IOException {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0))) {
            s.setSoTimeout(waitMillis);
            String text = template.replace("${port}", String.valueOf(port.localPort()))
                    .replace("${peer}", String.valueOf(s.getLocalPort()))
                    .replace("${branch}", Long.toHexString(System.nanoTime()))
                    .replace("${long40}", "x".repeat(40)).replace("${long100}", "y".repeat(100))
                    .replace("${long150}", "z".repeat(150)).replace("${long200}", "w".repeat(200))
                    .replace("${long300}", "v".repeat(300))
                    .replace("\r\n", "\n").replace("\n", "\r\n");
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            s.send(new DatagramPacket(bytes, bytes.length, InetAddress.getByName("127.0.0.1"), port.localPort()));
            byte[] buf = new byte[65536];
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            while (true) {
                try {
                    s.receive(p);
                } catch (SocketTimeoutException none) {
                    return "none";
                }
                String status = new String(buf, 0, p.getLength(), StandardCharsets.UTF_8).split(" ", 3)[1];
                if (!status.equals("100")) { // a provisional 100 Trying is not the answer
                    return status;
                }
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TortureTest.class.getResourceAsStream("/rfc4475/" + name)) {
            assertNotNull(in, "missing test resource rfc4475/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
