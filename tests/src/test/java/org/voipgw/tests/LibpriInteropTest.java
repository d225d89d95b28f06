package org.voipgw.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.voipgw.hal.dchan.DChannelSpec;
import org.voipgw.hal.time.SystemScheduler;
import org.voipgw.isdn.IsdnLineState;
import org.voipgw.isdn.call.AnsweringFarEnd;
import org.voipgw.isdn.call.CallObserver;
import org.voipgw.isdn.call.CallState;
import org.voipgw.isdn.call.IsdnCall;
import org.voipgw.isdn.dchan.UdpDChannel;
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
            return OnLoop.call(loop, task);
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
        start(SpanMode.NT, Role.CPE, sw);
        peer.await("UP", 15);
        gw.awaitLine(IsdnLineState.USABLE, 15);
    }

    @ParameterizedTest
    @EnumSource(Switch.class)
    void linkUpGatewayTeLibpriNetwork(Switch sw) throws Exception {
        start(SpanMode.TE, Role.NETWORK, sw);
        peer.await("UP", 15);
        gw.awaitLine(IsdnLineState.USABLE, 15);
    }
}
