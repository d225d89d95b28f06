package org.voipgw.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.voipgw.agent.device.EventLoop;
import org.voipgw.hal.dchan.DChannelSpec;
import org.voipgw.hal.time.SystemScheduler;
import org.voipgw.isdn.IsdnLineState;
import org.voipgw.isdn.call.AnsweringFarEnd;
import org.voipgw.isdn.call.CallObserver;
import org.voipgw.isdn.call.CallState;
import org.voipgw.isdn.call.IsdnCall;
import org.voipgw.isdn.dchan.UdpDChannel;
import org.voipgw.isdn.lapd.Side;
import org.voipgw.isdn.pcap.PcapWriter;
import org.voipgw.isdn.pri.PriSpan;
import org.voipgw.isdn.pri.SpanMode;
import org.voipgw.tests.LibpriPeer.Role;
import org.voipgw.tests.LibpriPeer.Switch;

/**
 * Our PRI span (INS-Net 1500 as we implement it) against another implementation: libpri as the PBX
 * over the UDP D channel, in each switch type nearest to INS-Net (EUROISDN_T1, NI2). The gateway's
 * far end is the simulation's stand-in (alerts at once, answers after 3 s) until calls reach SIP.
 * Line states: FAILED is the PRI lamp's red blink, USABLE/COMMUNICATING green (guide Ⅷ PRI rows).
 * Differences found are in docs/isdn-interop.md.
 */
class LibpriInteropTest {
    /** The simulation's far end answers calls from the PBX after this (PbxPort.FAR_END_ANSWER). */
    private static final Duration FAR_END_ANSWER = Duration.ofSeconds(3);

    private Gateway gw;
    private LibpriPeer peer;

    /** Our side: a PRI span on a UDP D channel, on a live event loop. */
    static final class Gateway implements AutoCloseable {
        final SystemScheduler loop = new SystemScheduler("interop");
        final int port = Peers.freeUdpPort("127.0.0.1");
        final int peerPort = Peers.freeUdpPort("127.0.0.1");
        final List<IsdnCall> offered = Collections.synchronizedList(new ArrayList<>());
        UdpDChannel channel;
        PriSpan span;

        Gateway(SpanMode mode) throws Exception {
            channel = UdpDChannel.open(loop, (DChannelSpec.Udp) DChannelSpec.parse(
                    "udp:127.0.0.1:" + port + ">127.0.0.1:" + peerPort), "pri");
            AnsweringFarEnd answering = new AnsweringFarEnd(loop, FAR_END_ANSWER);
            span = on(() -> {
                PriSpan s = new PriSpan(loop, channel, PriSpan.Config.of(mode), call -> {
                    offered.add(call);
                    answering.offer(call);
                });
                s.start();
                return s;
            });
        }

        <T> T on(Callable<T> task) {
            return EventLoop.call(loop, task);
        }

        /** Captures our D channel from now on, as LAPD (link type 203), to {@code file}. */
        PcapWriter capture(Path file) throws IOException {
            Files.createDirectories(file.getParent());
            OutputStream out = Files.newOutputStream(file);
            PcapWriter w = new PcapWriter(out, loop.clock(), PcapWriter.LinkType.LAPD, Side.NETWORK);
            on(() -> {
                span.addTap(w);
                return null;
            });
            return w;
        }

        IsdnLineState line() {
            return on(span::lineState);
        }

        void awaitLine(IsdnLineState state, int seconds) {
            Waits.until("PRI line " + state, seconds, () -> line() == state);
        }

        @Override
        public void close() {
            channel.close();
            loop.close();
        }
    }

    private void start(SpanMode gatewayMode, Role peerRole, Switch sw) throws Exception {
        gw = new Gateway(gatewayMode);
        peer = LibpriPeer.start(peerRole, sw, gw.peerPort, gw.port, "peer-" + sw + "-" + peerRole);
    }

    /** Both sides started; returns once both see the data link up (libpri's UP, our line USABLE). */
    private void linkedUp(SpanMode gatewayMode, Role peerRole, Switch sw) throws Exception {
        start(gatewayMode, peerRole, sw);
        peer.await("UP", 15);
        gw.awaitLine(IsdnLineState.USABLE, 15);
    }

    /** libpri dials 0312345678 and the stand-in far end answers; returns our side of the call. */
    private IsdnCall pbxCallAnswered() {
        peer.send("call 1 0312345678");
        peer.await("ANSWER 1", 15);
        IsdnCall call = gw.offered.get(0);
        assertEquals("0312345678", call.called());
        return call;
    }

    @AfterEach
    void stop() {
        if (peer != null) {
            peer.close();
        }
        if (gw != null) {
            gw.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Switch.class)
    void linkUpGatewayNtLibpriCpe(Switch sw) throws Exception {
        linkedUp(SpanMode.NT, Role.CPE, sw);
    }

    @ParameterizedTest
    @EnumSource(Switch.class)
    void linkUpGatewayTeLibpriNetwork(Switch sw) throws Exception {
        linkedUp(SpanMode.TE, Role.NETWORK, sw);
    }

    @ParameterizedTest
    @EnumSource(Switch.class)
    void pbxCallsTheGatewayAndHangsUp(Switch sw) throws Exception {
        linkedUp(SpanMode.NT, Role.CPE, sw);
        Path pcap = Path.of("target", "captures", "libpri-" + sw + ".pcap");
        PcapWriter capture = gw.capture(pcap);
        peer.send("call 1 0312345678");
        peer.await("PROCEEDING 1", 10);
        peer.await("RINGING 1", 10);
        peer.await("ANSWER 1", 10);
        IsdnCall call = gw.offered.get(0);
        int[] cause = {-1};
        gw.on(() -> {
            call.observe(new CallObserver() {
                @Override
                public void cleared(IsdnCall c, int why) {
                    cause[0] = why;
                }
            });
            return null;
        });
        assertEquals("0312345678", call.called());
        assertEquals(CallState.ACTIVE, gw.on(call::state));
        assertEquals(IsdnLineState.COMMUNICATING, gw.line());

        peer.send("hangup 1 16"); // the PBX clears: DISCONNECT, normal clearing
        peer.await("HANGUP 1 16", 10); // libpri reports our RELEASE (with its cause) as a hang-up
        Waits.until("gateway cleared the call", 10, () -> gw.on(() -> cause[0]) == 16);
        assertEquals(CallState.NULL, gw.on(call::state));
        gw.awaitLine(IsdnLineState.USABLE, 5);
        gw.on(() -> {
            capture.close();
            return null;
        });
        // Wireshark's dissector reads the whole session as Q.931, SETUP to RELEASE COMPLETE
        List<String> messages = new ArrayList<>();
        StringBuilder session = new StringBuilder();
        for (String[] row : Tshark.fields(pcap, "frame.time_relative", "q931.message_type", "_ws.col.Info")) {
            if (!row[1].isEmpty()) {
                messages.add(row[1]);
                session.append(String.format("%10s s  %s%n", row[0], row[2]));
            }
        }
        // Q.931 Table 4-1 codes: SETUP 5, CALL PROCEEDING 2, ALERTING 1, CONNECT 7, CONNECT ACK 15,
        // DISCONNECT 69, RELEASE 77, RELEASE COMPLETE 90
        assertEquals(List.of("0x05", "0x02", "0x01", "0x07", "0x0f", "0x45", "0x4d", "0x5a"), messages, session.toString());
        Files.writeString(pcap.resolveSibling("libpri-" + sw + ".txt"), session);
    }

    @ParameterizedTest
    @EnumSource(Switch.class)
    void gatewayCallsThePbxAndHangsUp(Switch sw) throws Exception {
        linkedUp(SpanMode.NT, Role.CPE, sw);
        peer.send("auto on");
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        IsdnCall call = gw.on(() -> gw.span.placeCall("201", "0398765432", new CallObserver() {
            @Override
            public void connected(IsdnCall c) {
                seen.add("connected");
            }

            @Override
            public void cleared(IsdnCall c, int why) {
                seen.add("cleared " + why);
            }
        }));
        Matcher ring = peer.await("RING (\\d+) (\\d+) (\\S+) (\\S+)", 10);
        assertEquals("201", ring.group(3));
        assertEquals("0398765432", ring.group(4));
        Waits.until("answered by libpri", 10, () -> seen.contains("connected"));
        assertEquals(CallState.ACTIVE, gw.on(call::state));
        assertEquals(call.channel(), Integer.parseInt(ring.group(2)), "both sides use the same B channel");

        gw.on(() -> {
            call.hangup(31); // normal, unspecified: a cause libpri must pass on as it is
            return null;
        });
        peer.await("HANGUP_REQ " + ring.group(1) + " 31", 10);
        Waits.until("released", 10, () -> gw.on(call::state) == CallState.NULL);
        assertTrue(seen.contains("cleared 31"), seen.toString());
    }

    @ParameterizedTest
    @EnumSource(Switch.class)
    void callsBothWaysWithTheGatewayAsUser(Switch sw) throws Exception {
        linkedUp(SpanMode.TE, Role.NETWORK, sw);
        pbxCallAnswered();
        peer.send("hangup 1 16");
        peer.await("HANGUP 1 16", 10); // libpri reports our RELEASE (with its cause) as a hang-up

        peer.send("auto on");
        IsdnCall out = gw.on(() -> gw.span.placeCall("202", "", new CallObserver() { }));
        Matcher ring = peer.await("RING (\\d+) (\\d+) 202 (\\S+)", 10);
        Waits.until("answered by libpri", 10, () -> gw.on(out::state) == CallState.ACTIVE);
        peer.send("hangup " + ring.group(1) + " 16");
        Waits.until("cleared by libpri", 10, () -> gw.on(out::state) == CallState.NULL);
    }

    @ParameterizedTest
    @EnumSource(Switch.class)
    void twentyThreeCallsAndTheTwentyFourthIsRefusedWithCause34(Switch sw) throws Exception {
        linkedUp(SpanMode.NT, Role.CPE, sw);
        for (int i = 1; i <= 24; i++) {
            peer.send("call " + i + " 03" + (10000000 + i));
        }
        Matcher refused = peer.await("HANGUP (\\d+) 34", 20);
        Waits.until("23 calls answered", 20, () -> peer.all("ANSWER \\d+").size() == 23);
        assertEquals(24, Integer.parseInt(refused.group(1)), "the last SETUP is the one refused");
        assertEquals(23, gw.on(() -> gw.span.calls().stream().filter(c -> c.state() == CallState.ACTIVE).count()));
        assertEquals(1, peer.all("HANGUP \\d+ \\d+").size(), peer.events().toString());
    }

    @ParameterizedTest
    @EnumSource(Switch.class)
    void restartsBothWays(Switch sw) throws Exception {
        linkedUp(SpanMode.NT, Role.CPE, sw);
        peer.send("reset 5"); // RESTART of B5 from the PBX
        peer.await("RESTART_ACK 5", 10);
        gw.on(() -> {
            gw.span.callControl().restartAll(); // RESTART of the whole interface from us
            return null;
        });
        peer.await("RESTART (-?\\d+)", 10);
        gw.awaitLine(IsdnLineState.USABLE, 5);
    }

    @ParameterizedTest
    @EnumSource(Switch.class)
    void killingThePeerFailsTheLinkAndItsReturnRestoresIt(Switch sw) throws Exception {
        linkedUp(SpanMode.NT, Role.CPE, sw);
        IsdnCall call = pbxCallAnswered();
        peer.kill();
        // T203 (10 s) then T200 × N200 (3 s) without an answer: the link is down (Q.921 §5.6.6, §5.7)
        gw.awaitLine(IsdnLineState.FAILED, 30);
        assertEquals(CallState.ACTIVE, gw.on(call::state), "kept under T309 (Q.931 §5.8.9)");
        peer = LibpriPeer.start(Role.CPE, sw, gw.peerPort, gw.port, "peer-" + sw + "-return");
        peer.await("UP", 20);
        // the new libpri knows no call: our STATUS for it is answered and the call is cleared here too
        Waits.until("the forgotten call is cleared", 20, () -> gw.on(call::state) == CallState.NULL);
        gw.awaitLine(IsdnLineState.USABLE, 20);
    }

    @ParameterizedTest
    @EnumSource(Switch.class)
    void bothSidesNtNeverComeUp(Switch sw) throws Exception {
        start(SpanMode.NT, Role.NETWORK, sw);
        gw.awaitLine(IsdnLineState.FAILED, 15);
        // several of both sides' establishment rounds later, still down
        List<IsdnLineState> later = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            later.add(gw.line());
            Thread.sleep(500); // sampling the state over 10 s, not synchronisation
        }
        assertTrue(later.stream().allMatch(s -> s == IsdnLineState.FAILED), later.toString());
        assertTrue(peer.all("UP").isEmpty(), peer.events().toString());
    }
}
