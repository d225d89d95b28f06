package org.voipgw.fxsbri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.isdn.IsdnLineState;
import org.voipgw.isdn.call.AnsweringFarEnd;
import org.voipgw.isdn.call.CallObserver;
import org.voipgw.isdn.call.CallState;
import org.voipgw.isdn.call.IsdnCall;
import org.voipgw.isdn.dchan.DChannelWire;
import org.voipgw.isdn.lapd.LinkState;
import org.voipgw.isdn.q931.CauseValue;
import org.voipgw.isdn.q931.MessageType;
import org.voipgw.isdn.sim.PbxCall;
import org.voipgw.isdn.sim.SimulatedPbx;

class BriPortTest {
    private final VirtualClock clock = new VirtualClock();
    private final DChannelWire wire = new DChannelWire(clock);

    private BriPort port(BriPort.Wiring wiring) {
        BriPort p = new BriPort(clock, wire.gatewayEnd(), BriPort.Config.nt(1, wiring),
                new AnsweringFarEnd(clock, Duration.ofSeconds(3)));
        p.start();
        return p;
    }

    private SimulatedPbx terminal(boolean first, int ri) {
        SimulatedPbx t = new SimulatedPbx(clock, wire, first ? wire.pbxEnd() : wire.addTerminal(),
                SimulatedPbx.Config.forBri(ri));
        t.start();
        return t;
    }

    /** One terminal, TEI 64, data link up. */
    private SimulatedPbx oneTerminal() {
        SimulatedPbx t = terminal(true, 0x0101);
        run(Duration.ofMillis(100));
        return t;
    }

    /** Two terminals on the passive bus, TEIs 64 and 65, data links up. */
    private List<SimulatedPbx> twoTerminals() {
        SimulatedPbx a = terminal(true, 0x0101);
        run(Duration.ofMillis(10));
        SimulatedPbx b = terminal(false, 0x0202);
        run(Duration.ofMillis(100));
        return List.of(a, b);
    }

    private void run(Duration d) {
        clock.advance(d);
    }

    @Test
    void pointToPointTerminalGetsATeiAndAFullCallRuns() {
        BriPort port = port(BriPort.Wiring.POINT_TO_POINT);
        assertEquals(IsdnLineState.FAILED, port.lineState(), "no data link yet");
        SimulatedPbx pbx = oneTerminal();
        assertEquals(64, pbx.tei());
        assertEquals(LinkState.MULTIPLE_FRAME_ESTABLISHED, port.linkState(64));
        assertEquals(IsdnLineState.USABLE, port.lineState());
        PbxCall call = pbx.call("0312345678");
        run(Duration.ofMillis(100));
        assertEquals(IsdnLineState.COMMUNICATING, port.lineState());
        run(Duration.ofSeconds(3));
        assertEquals(CallState.ACTIVE, call.state());
        pbx.hangup(call);
        run(Duration.ofMillis(100));
        assertEquals(CallState.NULL, call.state());
        assertEquals(List.of(MessageType.CALL_PROCEEDING, MessageType.ALERTING, MessageType.CONNECT, MessageType.RELEASE),
                pbx.received().stream().map(m -> m.type()).toList());
        assertEquals(1, pbx.received().get(0).callRef().length(), "1-octet call reference on a BRI");
        assertEquals(IsdnLineState.USABLE, port.lineState());
    }

    @Test
    void callTowardTheTerminalUsesB2First() {
        BriPort port = port(BriPort.Wiring.POINT_TO_POINT);
        SimulatedPbx pbx = oneTerminal();
        IsdnCall call = port.placeCall("201", "0312345678", new CallObserver() { });
        run(Duration.ofSeconds(3));
        assertEquals(2, call.channel());
        assertEquals(CallState.ACTIVE, call.state());
        assertEquals(CallState.ACTIVE, pbx.lastCall().state());
    }

    @Test
    void pointToMultipointAllowsTwoTerminalsAndDeniesTheThird() {
        BriPort port = port(BriPort.Wiring.POINT_TO_MULTIPOINT);
        List<SimulatedPbx> bus = twoTerminals();
        SimulatedPbx a = bus.get(0);
        SimulatedPbx b = bus.get(1);
        SimulatedPbx c = terminal(false, 0x0303);
        run(Duration.ofSeconds(10));
        assertEquals(Set.of(64, 65), port.assignedTeis());
        assertEquals(64, a.tei());
        assertEquals(65, b.tei());
        assertEquals(-1, c.tei());
        assertTrue(c.teiDenied());
        assertEquals(1, port.deniedTerminals());
        assertEquals(LinkState.MULTIPLE_FRAME_ESTABLISHED, port.linkState(65));
    }

    @Test
    void twoCallsFillTheTwoBChannelsAndAThirdGetsCause34() {
        port(BriPort.Wiring.POINT_TO_MULTIPOINT);
        List<SimulatedPbx> bus = twoTerminals();
        SimulatedPbx a = bus.get(0);
        SimulatedPbx b = bus.get(1);
        a.answerAfter(null);
        PbxCall first = a.call("0311111111");
        PbxCall second = b.call("0322222222");
        run(Duration.ofMillis(100));
        PbxCall third = a.call("0333333333");
        run(Duration.ofMillis(100));
        assertEquals(CallState.CALL_DELIVERED, first.state());
        assertEquals(CallState.CALL_DELIVERED, second.state());
        assertEquals(CallState.NULL, third.state());
        assertEquals(CauseValue.NO_CIRCUIT_AVAILABLE, third.cause());
    }

    @Test
    void pointToMultipointOnTwoPortsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> BriPort.Config.checkPointToMultipointLimit(List.of(
                BriPort.Config.nt(1, BriPort.Wiring.POINT_TO_MULTIPOINT),
                BriPort.Config.nt(2, BriPort.Wiring.POINT_TO_MULTIPOINT))));
        BriPort.Config.checkPointToMultipointLimit(List.of(BriPort.Config.nt(1, BriPort.Wiring.POINT_TO_MULTIPOINT),
                BriPort.Config.nt(2, BriPort.Wiring.POINT_TO_POINT)));
    }

    @Test
    void cableCutFailsThePortAndTheTerminalComesBack() {
        BriPort port = port(BriPort.Wiring.POINT_TO_POINT);
        SimulatedPbx pbx = oneTerminal();
        pbx.cutCable();
        run(Duration.ofMillis(10));
        assertEquals(BriLayer1.State.G1_DEACTIVATED, port.layer1().state());
        assertEquals(IsdnLineState.FAILED, port.lineState());
        pbx.repairCable();
        run(Duration.ofSeconds(1));
        assertEquals(BriLayer1.State.G3_ACTIVATED, port.layer1().state());
        assertEquals(IsdnLineState.USABLE, port.lineState());
        assertEquals(64, pbx.tei(), "TEI kept across the outage");
    }

    @Test
    void blockedRefusesCalls() {
        BriPort port = port(BriPort.Wiring.POINT_TO_POINT);
        SimulatedPbx pbx = oneTerminal();
        port.setBlocked(true);
        assertEquals(IsdnLineState.BLOCKED, port.lineState());
        PbxCall call = pbx.call("0312345678");
        run(Duration.ofMillis(100));
        assertEquals(CauseValue.DESTINATION_OUT_OF_ORDER, call.cause());
    }

    @Test
    void teClockPortFollowsLayer1() {
        BriPort clk = new BriPort(clock, wire.gatewayEnd(), BriPort.Config.clockPort(9),
                new AnsweringFarEnd(clock, Duration.ofSeconds(1)));
        clk.start();
        assertEquals(BriLayer1.State.F7_ACTIVATED, clk.layer1().state());
        assertTrue(clk.clockRecoverable());
        wire.cut();
        run(Duration.ofMillis(1));
        assertEquals(BriLayer1.State.F3_DEACTIVATED, clk.layer1().state());
        assertEquals(IsdnLineState.FAILED, clk.lineState());
    }

    @Test
    void callTowardAPointToMultipointBusIsOfferedToAllAndTheFirstAnswerWins() {
        BriPort port = port(BriPort.Wiring.POINT_TO_MULTIPOINT);
        List<SimulatedPbx> bus = twoTerminals();
        SimulatedPbx a = bus.get(0);
        SimulatedPbx b = bus.get(1);
        a.answerAfter(Duration.ofSeconds(2));
        b.answerAfter(null); // rings, nobody picks up
        IsdnCall call = port.placeCall("201", "0312345678", new CallObserver() { });
        run(Duration.ofSeconds(1));
        assertEquals(-1, call.tei(), "offered to all");
        assertEquals(CallState.CALL_RECEIVED, call.state());
        assertEquals(CallState.CALL_RECEIVED, a.lastCall().state());
        assertEquals(CallState.CALL_RECEIVED, b.lastCall().state());
        run(Duration.ofSeconds(2));
        assertEquals(CallState.ACTIVE, call.state());
        assertEquals(64, call.tei());
        assertEquals(CallState.ACTIVE, a.lastCall().state());
        assertEquals(CallState.NULL, b.lastCall().state());
        assertEquals(CauseValue.NON_SELECTED_USER_CLEARING, b.lastCall().cause());
        call.hangup(CauseValue.NORMAL_CLEARING);
        run(Duration.ofMillis(100));
        assertEquals(CallState.NULL, a.lastCall().state());
        assertEquals(IsdnLineState.USABLE, port.lineState());
    }

    @Test
    void broadcastOfferNobodyAnswersIsRepeatedOnceThenCause18() {
        BriPort port = port(BriPort.Wiring.POINT_TO_MULTIPOINT);
        SimulatedPbx a = oneTerminal();
        a.ignoreCalls(true);
        List<Integer> causes = new ArrayList<>();
        IsdnCall call = port.placeCall("201", "", new CallObserver() {
            @Override
            public void cleared(IsdnCall c, int cause) {
                causes.add(cause);
            }
        });
        run(Duration.ofSeconds(9));
        assertEquals(CallState.NULL, call.state());
        assertEquals(List.of(CauseValue.NO_USER_RESPONDING), causes);
        assertEquals(2, a.received().stream().filter(m -> m.type() == MessageType.SETUP).count());
    }
}
