package org.voipgw.agent.sip.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
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
 * RFC 4475's torture messages, every one of §3.1.1–§3.4 (test resources {@code rfc4475/<section>-<name>.dat},
 * byte-exact copies of the RFC's messages; outcomes in {@code rfc4475/expected.txt}) sent over UDP from the
 * proxy's address to the live edge: through the inbound guard and jain-sip, as the carrier's proxy forwards
 * them. A proxy forwarding a request puts its own Via first (RFC 3261 §16.6 item 8), so a request gets one
 * Via line before the RFC's bytes, which are otherwise untouched, and the answer comes back to that Via; a
 * response is forwarded as the RFC has it (the proxy has removed its own Via, §16.7 item 3). Every case
 * must be answered or dropped as the RFC says, with nothing else answered from the same datagram, nothing
 * may crash, and afterwards the port still answers (no state damaged).
 */
class TortureTest {
    /** RFC 4475 §3.1.1–§3.4 hold 49 messages. */
    private static final int RFC_4475_MESSAGES = 49;
    /** How long after an answer a second one would still be noticed (our choice: the stack answers in ms). */
    private static final int SECOND_ANSWER_MILLIS = 300;

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
    void everyTortureMessageIsHandledAsTheRfcSaysAndThePortSurvives() throws IOException {
        List<String> failures = new ArrayList<>();
        int total = 0;
        for (String line : text(resource("expected.txt")).lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split("\\s+", 3);
            Set<String> allowed = Set.of(f[1].split(","));
            total++;
            String outcome = send(resource(f[0] + ".dat"), allowed.contains("none") ? 400 : 1500);
            System.out.printf("RFC 4475 %-20s %-5s (allowed %s)%n", f[0], outcome, f[1]);
            if (!allowed.contains(outcome)) {
                failures.add(f[0] + ": got " + outcome + ", expected " + f[1]);
            }
        }
        System.out.println("RFC 4475 torture: " + (total - failures.size()) + "/" + total + " handled as the RFC says"
                + (failures.isEmpty() ? "" : "; not: " + failures));
        assertEquals(List.of(), failures);
        assertEquals(RFC_4475_MESSAGES, total, "every message of RFC 4475 §3.1.1–§3.4 ran");
        byte[] health = ("OPTIONS sip:gw@127.0.0.1 SIP/2.0\r\nFrom: <sip:p@127.0.0.1>;tag=1\r\nTo: <sip:gw@127.0.0.1>\r\n"
                + "Call-ID: health@p\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        assertEquals("200", send(health, 1500), "still answering after the torture");
    }

    @Test
    void theMessagesAreTheRfcsBytes() throws IOException {
        // spot checks that git or Maven changed nothing (.gitattributes keeps them binary): CRLF line ends,
        // §3.1.1.4's literal %00 escapes, §3.1.1.2's NUL, BEL and DEL octets, §3.1.1.7's length
        assertEquals(-1, text(resource("3.1.1.1-wsinv.dat")).replace("\r\n", "").indexOf('\n'), "CRLF only");
        assertEquals(3515, resource("3.1.1.7-longreq.dat").length);
        String intmeth = text(resource("3.1.1.2-intmeth.dat"));
        assertEquals(true, intmeth.contains("\"BEL:\\\007 NUL:\\\000 DEL:\\\177\""), "escaped control octets kept");
        assertEquals(true, text(resource("3.1.1.4-escnull.dat")).contains("<sip:%00%00@host5.example.com>"));
    }

    /**
     * Sends one message as the proxy forwards it and returns the status of its answer (a 100 Trying is not
     * the answer), or "none"; two different answers come back as "first+second".
     */
    private static String send(byte[] message, int waitMillis) throws IOException {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0))) {
            s.setSoTimeout(waitMillis);
            byte[] bytes = asFromTheProxy(message, s.getLocalPort());
            s.send(new DatagramPacket(bytes, bytes.length, InetAddress.getByName("127.0.0.1"), port.localPort()));
            byte[] buf = new byte[65536];
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            String answer = "none";
            while (true) {
                try {
                    s.receive(p);
                } catch (SocketTimeoutException none) {
                    return answer;
                }
                String status = new String(buf, 0, p.getLength(), StandardCharsets.ISO_8859_1).split(" ", 3)[1];
                if (status.equals("100")) { // a provisional 100 Trying is not the answer
                    continue;
                }
                if (answer.equals("none")) {
                    answer = status;
                    s.setSoTimeout(SECOND_ANSWER_MILLIS); // then only look for a second answer (§3.1.1.8)
                } else if (!answer.endsWith(status)) {
                    answer += "+" + status;
                }
            }
        }
    }

    /** A request gets the proxy's Via before its first header line; a response goes as it is. */
    private static byte[] asFromTheProxy(byte[] message, int proxyPort) {
        String head = new String(message, 0, Math.min(message.length, 8), StandardCharsets.ISO_8859_1);
        int eol = indexOfCrlf(message);
        if (head.startsWith("SIP/") || eol < 0) {
            return message;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(message, 0, eol + 2);
        out.writeBytes(("Via: SIP/2.0/UDP 127.0.0.1:" + proxyPort + ";branch=z9hG4bK" + Long.toHexString(System.nanoTime())
                + ";rport\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(message, eol + 2, message.length - eol - 2);
        return out.toByteArray();
    }

    private static int indexOfCrlf(byte[] b) {
        for (int i = 0; i + 1 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1); // byte for byte
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = TortureTest.class.getResourceAsStream("/rfc4475/" + name)) {
            assertNotNull(in, "missing test resource rfc4475/" + name);
            return in.readAllBytes();
        }
    }
}
