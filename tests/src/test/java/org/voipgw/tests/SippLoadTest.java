package org.voipgw.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.agent.assembly.RunningGateway;
import org.voipgw.agent.call.CallSide;
import org.voipgw.agent.call.Cause;
import org.voipgw.agent.calls.CallFeature;
import org.voipgw.agent.device.EventLoop;
import org.voipgw.agent.sip.live.JainSipPort;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.status.RegistrationState;

/**
 * Ⅷ's 23 channels under load against real peers: 23 simultaneous calls from the PBX through Kamailio to
 * {@code sipp -sn uas -rtp_echo}, every call's RTP flowing both ways (sipp echoes it); the 24th is refused with
 * cause 34; every call ends with our BYE and sipp counts 23 successful calls. And an INVITE from an address that
 * is not the proxy gets no answer at all (the anti-ghost guard).
 */
class SippLoadTest implements DrivesGateway {
    private static final String GW_USER = "0312345678";
    private static final String FAR = "0398765432";
    private Kamailio kamailio;
    private RunningGateway gw;
    private Process sipp;

    @AfterEach
    void stop() {
        if (gw != null) {
            gw.close();
        }
        if (sipp != null) {
            sipp.destroyForcibly();
        }
        if (kamailio != null) {
            kamailio.close();
        }
    }

    @Override
    public RunningGateway gateway() {
        return gw;
    }

    @Test
    void twentyThreeCallsWithRtpBothWaysAndTheTwentyFourthRefused() throws Exception {
        Path dir = Files.createTempDirectory("voipgw-sipp-load-");
        int sippPort = Peers.freeUdpPort("127.0.0.1");
        kamailio = new Kamailio(Files.createDirectories(dir.resolve("kamailio")), Peers.freeUdpPort("127.0.0.1"),
                Map.of(GW_USER, "gw-Secret-7"), true, Map.of(FAR, "sip:" + FAR + "@127.0.0.1:" + sippPort));
        kamailio.start();
        sipp = Sipp.echoingUas(dir, sippPort, 23, 90);
        GatewayModel model = GatewayModel.VIII;
        Path flash = Files.createDirectories(dir.resolve("flash"));
        gw = RunningGateway.start(model, flash, Map.of("sip.registrar", kamailio.hostPort(), "sip.user", GW_USER,
                        "sip.password", "gw-Secret-7", "sip.domain", "127.0.0.1", "sip.number", GW_USER,
                        "sip.local", "127.0.0.1:" + Peers.freeUdpPort("127.0.0.1")),
                InetSocketAddress.createUnresolved("127.0.0.1", 0),
                loop -> DeviceAssembly.demo(model, loop, flash, JainSipPort::open));
        Waits.until("registered", 20, () -> read(d -> d.status().registration()) == RegistrationState.REGISTERED);
        act("pbx.tone", "pri", "1004");
        for (int i = 1; i <= 23; i++) {
            act("pbx.call", "pri", FAR);
            int n = i;
            Waits.until("call " + n + " active", 15, () -> probe("calls").equals(Integer.toString(n))
                    && probe("call", "pri").equals("active"));
        }
        act("pbx.call", "pri", FAR);
        Waits.until("the 24th refused with cause 34", 10, () -> probe("cause", "pri").equals("34"));
        assertEquals("23", probe("calls"));
        Waits.until("RTP both ways on every call", 20, () -> read(d -> {
            CallFeature f = d.feature(CallFeature.class).orElseThrow();
            return f.core().active().stream().allMatch(c -> f.media(c.id()).packetsReceived() > 50
                    && f.media(c.id()).packetsSent() > 50);
        }));
        long lost = read(d -> {
            CallFeature f = d.feature(CallFeature.class).orElseThrow();
            return f.core().active().stream().mapToLong(c -> f.media(c.id()).lost()).sum();
        });
        EventLoop.run(gw.loop(), () -> gw.device().feature(CallFeature.class).orElseThrow().core()
                .clearAll(CallSide.PBX, Cause.NORMAL_CLEARING));
        assertTrue(sipp.waitFor(60, TimeUnit.SECONDS), "sipp ends after 23 calls");
        assertEquals(0, sipp.exitValue(), "sipp's 23 calls succeeded:\n" + Files.readString(dir.resolve("sipp.log")));
        assertTrue(lost < 23 * 5, "packets lost over loopback: " + lost);
    }

    @Test
    void anInviteFromAnAddressThatIsNotTheProxyGetsNothing() throws Exception {
        Path dir = Files.createTempDirectory("voipgw-ghost-");
        GatewayModel model = GatewayModel.VIII;
        int local = Peers.freeUdpPort("127.0.0.1");
        gw = RunningGateway.start(model, Files.createDirectories(dir.resolve("flash")), Map.of(
                        "sip.registrar", "127.0.0.1:5999", "sip.user", GW_USER, "sip.password", "x-Secret-7",
                        "sip.local", "127.0.0.1:" + local),
                InetSocketAddress.createUnresolved("127.0.0.1", 0),
                loop -> DeviceAssembly.demo(model, loop, dir, JainSipPort::open));
        Waits.until("the SIP port listening", 10, () -> probe("registration").equals("registering")
                || probe("registration").equals("retry-wait"));
        String invite = "INVITE sip:" + GW_USER + "@127.0.0.1:" + local + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.2:5070;branch=z9hG4bKghost1\r\nMax-Forwards: 70\r\n"
                + "From: <sip:ghost@127.0.0.2>;tag=1\r\nTo: <sip:" + GW_USER + "@127.0.0.1>\r\n"
                + "Call-ID: ghost-1@127.0.0.2\r\nCSeq: 1 INVITE\r\nContact: <sip:ghost@127.0.0.2:5070>\r\n"
                + "Content-Length: 0\r\n\r\n";
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0))) {
            byte[] b = invite.getBytes(StandardCharsets.US_ASCII);
            s.send(new DatagramPacket(b, b.length, InetAddress.getByName("127.0.0.1"), local));
            s.setSoTimeout(2000);
            assertThrows(SocketTimeoutException.class, () -> s.receive(new DatagramPacket(new byte[2048], 2048)),
                    "no answer to a ghost INVITE");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertEquals("0", probe("calls"));
    }
}
