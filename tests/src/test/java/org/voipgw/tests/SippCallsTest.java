package org.voipgw.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.agent.call.Admission;
import org.voipgw.agent.call.Call;
import org.voipgw.agent.call.CallCore;
import org.voipgw.agent.call.CallLeg;
import org.voipgw.agent.call.CallSide;
import org.voipgw.agent.call.CallingParty;
import org.voipgw.agent.sip.HostPort;
import org.voipgw.agent.sip.SipAccount;
import org.voipgw.agent.sip.SipEndpoint;
import org.voipgw.agent.sip.invite.CallMedia;
import org.voipgw.agent.sip.invite.DialogState;
import org.voipgw.agent.sip.invite.IncomingSipLeg;
import org.voipgw.agent.sip.invite.InvitePort;
import org.voipgw.agent.sip.invite.OutgoingIdentity;
import org.voipgw.agent.sip.invite.OutgoingSipLeg;
import org.voipgw.agent.sip.live.JainSipPort;
import org.voipgw.hal.time.SystemScheduler;

/**
 * The INVITE dialogs on jain-sip against sipp's built-in phones over loopback: our INVITE answered by
 * {@code sipp -sn uas} (180, 200, our ACK, our BYE), and {@code sipp -sn uac} calling the gateway (our 100,
 * 180, 200 with an SDP answer, its ACK and BYE).
 */
class SippCallsTest {
    private static final String HOST = "127.0.0.1";
    private final SystemScheduler loop = new SystemScheduler("sipp-calls");
    private final List<String> pbx = Collections.synchronizedList(new ArrayList<>());
    private JainSipPort port;
    private Process sipp;

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        if (sipp != null) {
            sipp.destroyForcibly();
        }
        if (port != null) {
            port.close();
        }
        loop.close();
    }

    private InvitePort gateway(int sippPort) {
        int local = Peers.freeUdpPort(HOST);
        port = (JainSipPort) JainSipPort.open(new SipEndpoint(new HostPort(HOST, local), SipAccount.Transport.UDP,
                List.of(new HostPort(HOST, sippPort)), true), loop);
        SipAccount account = new SipAccount(HOST + ":" + sippPort, "", "0312345678", "pw", "carrier.test",
                "0312345678", SipAccount.Transport.UDP, 3600);
        port.account(account);
        return port.calls();
    }

    private Process sipp(String scenario, int localPort, List<String> extra) throws IOException {
        Peers.require(Sipp.BINARY, "sip-tester");
        List<String> cmd = new ArrayList<>(List.of(Sipp.BINARY, "-sn", scenario, "-i", HOST, "-p",
                String.valueOf(localPort), "-mp", String.valueOf(Peers.freeUdpPort(HOST)), "-m", "1",
                "-timeout", "20s", "-timeout_error", "-nostdin", "-trace_msg", "-message_file",
                dir.resolve(scenario + "-messages.log").toString()));
        cmd.addAll(extra);
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(scenario + "-out.log").toFile()).start();
    }

    private CallLeg pbxLeg() {
        return new CallLeg() {
            @Override
            public void otherAlerting(boolean earlyMedia) {
                pbx.add("ALERTING");
            }

            @Override
            public void otherAnswered() {
                pbx.add("CONNECT");
            }

            @Override
            public void otherReleased(int cause) {
                pbx.add("DISCONNECT " + cause);
            }
        };
    }

    @Test
    void ourInviteIsAnsweredBySippAndEndedWithOurBye() throws Exception {
        int sippPort = Peers.freeUdpPort(HOST);
        sipp = sipp("uas", sippPort, List.of());
        InvitePort calls = gateway(sippPort);
        CallCore core = new CallCore(loop.clock(), 23, () -> true);
        Call[] call = new Call[1];
        OutgoingSipLeg[] leg = new OutgoingSipLeg[1];
        loop.execute(() -> {
            call[0] = ((Admission.Admitted) core.fromPbx("pri", "0398765432", CallingParty.allowed("0312345678")))
                    .call();
            call[0].attach(CallSide.PBX, pbxLeg());
            leg[0] = OutgoingSipLeg.start(call[0], calls, "carrier.test",
                    OutgoingIdentity.of("0312345678", Set.of("0312345678"), "carrier.test", call[0].calling()),
                    new Sdp(), loop, new OutgoingSipLeg.Credentials("0312345678", "pw"),
                    RandomGeneratorFactory.of("L64X128MixRandom").create(5));
        });
        Waits.until("the call answered", 15, () -> pbx.contains("CONNECT"));
        assertEquals(List.of("ALERTING", "CONNECT"), pbx);
        loop.execute(() -> call[0].released(CallSide.PBX, 16)); // the PBX hangs up: BYE
        assertTrue(sipp.waitFor(20, TimeUnit.SECONDS), "sipp ends after our BYE");
        String trace = Files.readString(dir.resolve("uas-messages.log"));
        assertEquals(0, sipp.exitValue(), "sipp's call succeeded:\n" + trace);
        assertTrue(trace.contains("P-Preferred-Identity: <sip:0312345678@carrier.test>"), trace);
        assertTrue(trace.contains("INVITE sip:0398765432@carrier.test SIP/2.0"), trace);
        Waits.until("dialog over", 5, () -> leg[0].state() == DialogState.TERMINATED);
    }

    @Test
    void sippCallsTheGatewayWhichAnswersWithG711() throws Exception {
        int sippPort = Peers.freeUdpPort(HOST);
        InvitePort calls = gateway(sippPort);
        CallCore core = new CallCore(loop.clock(), 23, () -> true);
        List<Call> offered = Collections.synchronizedList(new ArrayList<>());
        calls.onInvite((invite, dialog) -> IncomingSipLeg.admit(invite, dialog, new Sdp(), core, c -> {
            offered.add(c);
            c.attach(CallSide.PBX, pbxLeg());
            c.alerting(CallSide.PBX, false); // the PBX rings at once and answers
            c.answered(CallSide.PBX);
        }, loop));
        sipp = sipp("uac", sippPort, List.of("-s", "0312345678", "-d", "500", HOST + ":" + gatewayPort()));
        assertTrue(sipp.waitFor(20, TimeUnit.SECONDS), "sipp's call ends");
        String trace = Files.readString(dir.resolve("uac-messages.log"));
        assertEquals(0, sipp.exitValue(), "sipp's call succeeded:\n" + trace);
        assertEquals("0312345678", offered.get(0).called());
        Waits.until("sipp's BYE clears the PBX", 5, () -> pbx.contains("DISCONNECT 16"));
        assertTrue(trace.contains("SIP/2.0 180"), trace);
        assertTrue(trace.contains("m=audio 30000 RTP/AVP 0"), "our SDP answer:\n" + trace);
    }

    private int gatewayPort() {
        return port.localPort();
    }

    /** G.711 µ-law on a fixed port: enough for signalling tests (RTP is tested elsewhere). */
    private static final class Sdp implements CallMedia {
        @Override
        public String offer() {
            return "v=0\r\no=gw 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                    + "m=audio 30000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";
        }

        @Override
        public Negotiation answer(String remoteOffer) {
            return remoteOffer.contains("RTP/AVP 0") ? new Negotiation.Agreed(offer())
                    : new Negotiation.NotAcceptable("no PCMU");
        }

        @Override
        public Negotiation accept(String remoteAnswer) {
            return answer(remoteAnswer);
        }

        @Override
        public void close() {
        }
    }
}
