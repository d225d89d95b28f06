package org.voipgw.agent.sip.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.assembly.DemoSip;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.agent.assembly.RunningGateway;
import static org.voipgw.agent.assembly.GatewayWords.act;
import static org.voipgw.agent.assembly.GatewayWords.probe;
import static org.voipgw.agent.assembly.GatewayWords.until;
import org.voipgw.agent.device.EventLoop;
import org.voipgw.agent.sip.HostPort;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.status.RegistrationState;

/**
 * RFC 3261 §13.3.1.4 on the live edge: the carrier's INVITE is answered 200 (the PBX answered) and the carrier
 * never ACKs. The 200 is retransmitted, then the gateway sends BYE and the PBX gets DISCONNECT (cause 102,
 * recovery on timer expiry). The ACK wait is shortened to 4 ticks (2 s) here; live it is 64×T1 = 32 s. A
 * call whose 200 is ACKed stays up past that wait.
 */
class MissingAckTest {
    private static final int ACK_WAIT_TICKS = 4;
    private static DemoSip sip;
    private static RunningGateway gw;
    private static int gwPort;

    @BeforeAll
    static void start() throws IOException {
        sip = DemoSip.prepare(Map.of(), new SecureRandom());
        Path flash = Files.createTempDirectory("voipgw-noack-");
        gwPort = HostPort.parse(sip.settings().get("sip.local"), 5060).port();
        gw = RunningGateway.start(GatewayModel.VIII, flash, sip.settings(),
                InetSocketAddress.createUnresolved("127.0.0.1", 0),
                loop -> DeviceAssembly.demo(GatewayModel.VIII, loop, flash,
                        (endpoint, l) -> JainSipPort.open(endpoint, l, ACK_WAIT_TICKS)));
        until("registered at the embedded registrar",
                () -> EventLoop.call(gw.loop(), () -> gw.device().status().registration()) == RegistrationState.REGISTERED);
    }

    @AfterAll
    static void stop() {
        if (gw != null) {
            gw.close();
        }
        if (sip != null) {
            sip.close();
        }
    }

    @Test
    void a200NeverAckedIsRetransmittedThenByeAndThePbxGetsDisconnect() throws IOException {
        try (DatagramSocket carrier = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            callAnsweredByThePbx(carrier, "noack-1");
            List<String> seen = new ArrayList<>();
            String bye = null;
            while (bye == null) {
                String m = receive(carrier);
                if (m.startsWith("BYE ")) {
                    bye = m;
                } else {
                    seen.add(m.substring(0, m.indexOf('\r')));
                }
            }
            long oks = seen.stream().filter(l -> l.startsWith("SIP/2.0 200")).count();
            assertTrue(oks >= 2, "the 200 is retransmitted while no ACK comes: " + seen);
            assertTrue(bye.contains("Call-ID: noack-1@127.0.0.1"), bye);
            send(carrier, okToBye(bye));
            until("the PBX side cleared", () -> probe(gw, "calls").equals("0"));
            assertEquals("102", probe(gw, "cause", "pri"), "DISCONNECT with cause 102, recovery on timer expiry");
            assertEquals("terminated", probe(gw, "dialog", "0398765432"));
        }
    }

    @Test
    void aCallWhose200IsAckedStaysUpPastTheWait() throws IOException {
        try (DatagramSocket carrier = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            callAnsweredByThePbx(carrier, "acked-1");
            String ok;
            do {
                ok = receive(carrier);
            } while (!ok.startsWith("SIP/2.0 200"));
            send(carrier, ack(ok, carrier.getLocalPort()));
            // twice the ACK wait without a BYE: the socket's timeout bounds the wait, nothing is slept
            carrier.setSoTimeout(ACK_WAIT_TICKS * 500 * 2 + 1000);
            String next = null;
            try {
                do {
                    next = receive(carrier);
                } while (next.startsWith("SIP/2.0 "));
            } catch (SocketTimeoutException e) {
                next = null;
            }
            assertNull(next, "no request (no BYE) after the ACK");
            assertEquals("active", probe(gw, "call", "pri"));
            act(gw, "pbx.hangup", "pri");
            until("the call over", () -> probe(gw, "calls").equals("0"));
        }
    }

    /** The carrier's INVITE {@code callId} rings the PBX, which answers: the gateway sends its 200. */
    private static void callAnsweredByThePbx(DatagramSocket carrier, String callId) throws IOException {
        carrier.setSoTimeout(10_000);
        send(carrier, invite(callId, carrier.getLocalPort()));
        until("the PBX rings", () -> probe(gw, "call", "pri").equals("call-received"));
        act(gw, "pbx.answer", "pri");
    }

    // ---- the carrier's side, by hand ----

    private static String invite(String callId, int from) {
        String sdp = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                + "m=audio 40000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\na=ptime:20\r\n";
        return "INVITE sip:0312345678@127.0.0.1:" + gwPort + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + from + ";branch=z9hG4bK-" + callId + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:0398765432@voipgw.demo>;tag=far-" + callId + "\r\n"
                + "To: <sip:0312345678@voipgw.demo>\r\n"
                + "Call-ID: " + callId + "@127.0.0.1\r\n"
                + "CSeq: 1 INVITE\r\n"
                + "Contact: <sip:0398765432@127.0.0.1:" + from + ">\r\n"
                + "Content-Type: application/sdp\r\n"
                + "Content-Length: " + sdp.length() + "\r\n\r\n" + sdp;
    }

    /** The ACK for a 200 (RFC 3261 §13.2.2.4: a new branch, the 200's To tag, CSeq number with ACK). */
    private static String ack(String ok, int from) {
        return "ACK sip:0312345678@127.0.0.1:" + gwPort + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + from + ";branch=z9hG4bK-ack-" + System.nanoTime() + "\r\n"
                + "Max-Forwards: 70\r\n"
                + header(ok, "From") + header(ok, "To") + header(ok, "Call-ID")
                + "CSeq: 1 ACK\r\n"
                + "Content-Length: 0\r\n\r\n";
    }

    private static String okToBye(String bye) {
        return "SIP/2.0 200 OK\r\n" + header(bye, "Via") + header(bye, "From") + header(bye, "To")
                + header(bye, "Call-ID") + header(bye, "CSeq") + "Content-Length: 0\r\n\r\n";
    }

    private static String header(String message, String name) {
        return Arrays.stream(message.split("\r\n")).filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + message)) + "\r\n";
    }

    private static void send(DatagramSocket s, String message) throws IOException {
        byte[] b = message.getBytes(StandardCharsets.US_ASCII);
        s.send(new DatagramPacket(b, b.length, InetAddress.getByName("127.0.0.1"), gwPort));
    }

    private static String receive(DatagramSocket s) throws IOException {
        DatagramPacket p = new DatagramPacket(new byte[65_536], 65_536);
        s.receive(p);
        return new String(p.getData(), 0, p.getLength(), StandardCharsets.US_ASCII);
    }
}
