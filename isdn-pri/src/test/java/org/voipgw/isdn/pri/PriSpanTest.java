package org.voipgw.isdn.pri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voipgw.isdn.q931.MessageType.ALERTING;
import static org.voipgw.isdn.q931.MessageType.CALL_PROCEEDING;
import static org.voipgw.isdn.q931.MessageType.CONNECT;
import static org.voipgw.isdn.q931.MessageType.CONNECT_ACKNOWLEDGE;
import static org.voipgw.isdn.q931.MessageType.DISCONNECT;
import static org.voipgw.isdn.q931.MessageType.RELEASE;
import static org.voipgw.isdn.q931.MessageType.RELEASE_COMPLETE;
import static org.voipgw.isdn.q931.MessageType.RESTART;
import static org.voipgw.isdn.q931.MessageType.RESTART_ACKNOWLEDGE;
import static org.voipgw.isdn.q931.MessageType.SETUP;
import static org.voipgw.isdn.q931.MessageType.STATUS;
import static org.voipgw.isdn.q931.MessageType.STATUS_ENQUIRY;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.isdn.IsdnLineState;
import org.voipgw.isdn.Octets;
import org.voipgw.isdn.call.CallState;
import org.voipgw.isdn.call.IsdnCall;
import org.voipgw.isdn.lapd.LinkState;
import org.voipgw.isdn.q931.CallRef;
import org.voipgw.isdn.q931.CauseValue;
import org.voipgw.isdn.q931.Ie;
import org.voipgw.isdn.q931.Message;
import org.voipgw.isdn.sim.PbxCall;
import org.voipgw.isdn.sim.SimulatedPbx;

class PriSpanTest {
    private final PriHarness h = new PriHarness();

    @Test
    void unconfiguredUntilStartedThenUsable() {
        assertEquals(IsdnLineState.UNCONFIGURED, h.span.lineState());
        h.started();
        assertEquals(LinkState.MULTIPLE_FRAME_ESTABLISHED, h.span.linkState());
        assertEquals(LinkState.MULTIPLE_FRAME_ESTABLISHED, h.pbx.linkState());
        assertEquals(IsdnLineState.USABLE, h.span.lineState());
    }

    @Test
    void fullCallFromThePbx() {
        h.started();
        PbxCall call = h.pbx.call("0312345678", "0398765432");
        h.run(Duration.ofMillis(100));
        assertEquals(CallState.CALL_DELIVERED, call.state());
        assertEquals(1, call.channel(), "the PBX's preferred channel is honoured when free (Q.931 §5.1.2)");
        assertEquals(IsdnLineState.COMMUNICATING, h.span.lineState());
        h.run(Duration.ofSeconds(3));
        assertEquals(CallState.ACTIVE, call.state());
        assertEquals(CallState.ACTIVE, h.span.callControl().calls().iterator().next().state());
        h.pbx.hangup(call);
        h.run(Duration.ofMillis(100));
        assertEquals(CallState.NULL, call.state());
        assertTrue(h.span.callControl().calls().isEmpty());
        assertEquals(IsdnLineState.USABLE, h.span.lineState());
        assertEquals(List.of(SETUP, CONNECT_ACKNOWLEDGE, DISCONNECT, RELEASE_COMPLETE), PriHarness.types(h.pbx.sent()));
        assertEquals(List.of(CALL_PROCEEDING, ALERTING, CONNECT, RELEASE), PriHarness.types(h.pbx.received()));
    }

    @Test
    void fullCallTowardThePbxHuntsFromB23() {
        h.started();
        IsdnCall call = h.span.placeCall("201", "0312345678", h.recorder());
        h.run(Duration.ofMillis(100));
        assertEquals(23, call.channel());
        assertEquals(23, h.pbx.lastCall().channel());
        assertEquals(CallState.CALL_RECEIVED, call.state());
        h.run(Duration.ofSeconds(2));
        assertEquals(CallState.ACTIVE, call.state());
        assertEquals(CallState.ACTIVE, h.pbx.lastCall().state());
        call.hangup(CauseValue.NORMAL_CLEARING);
        h.run(Duration.ofMillis(100));
        assertEquals(CallState.NULL, call.state());
        assertEquals(List.of("proceeding", "alerting", "connected", "cleared 16 @2200"), h.events);
        assertEquals(List.of(SETUP, DISCONNECT, RELEASE_COMPLETE), PriHarness.types(h.pbx.received()).stream()
                .filter(t -> t != CONNECT_ACKNOWLEDGE).toList());
        assertEquals(List.of(CALL_PROCEEDING, ALERTING, CONNECT, RELEASE), PriHarness.types(h.pbx.sent()));
    }

    @Test
    void t303SetupRepeatedOnceThenClearedWithCause18() {
        h.started();
        h.pbx.ignoreCalls(true);
        IsdnCall call = h.span.placeCall("201", "", h.recorder());
        h.run(Duration.ofSeconds(3));
        assertEquals(List.of(SETUP), PriHarness.types(h.pbx.received()));
        h.run(Duration.ofSeconds(2)); // t = 5 s: repeated at 4 s
        assertEquals(List.of(SETUP, SETUP), PriHarness.types(h.pbx.received()));
        h.run(Duration.ofSeconds(4)); // t = 9 s: second expiry at 8 s
        assertEquals(CallState.NULL, call.state());
        assertEquals(List.of("cleared 18 @8100"), h.events);
        Message last = h.pbx.received().get(2);
        assertEquals(RELEASE_COMPLETE, last.type());
        assertEquals(CauseValue.NO_USER_RESPONDING, last.causeValue());
        assertEquals(LinkState.MULTIPLE_FRAME_ESTABLISHED, h.span.linkState(), "layer 2 stayed up");
    }

    @Test
    void restartFromThePbxIsAcknowledgedAndClearsCalls() {
        h.started();
        h.pbx.call("0312345678");
        h.run(Duration.ofSeconds(4));
        assertEquals(1, h.span.callControl().calls().size());
        h.pbx.send(Message.of(CallRef.global(2), RESTART, new Ie.RestartIndicator(Ie.RestartIndicator.ALL_INTERFACES)));
        h.run(Duration.ofMillis(100));
        assertTrue(h.span.callControl().calls().isEmpty());
        Message ack = h.pbx.received().get(h.pbx.received().size() - 1);
        assertEquals(RESTART_ACKNOWLEDGE, ack.type());
        assertEquals(new CallRef(2, 0, true), ack.callRef());
        assertEquals(7, ack.find(Ie.RestartIndicator.class).orElseThrow().restartClass());
    }

    @Test
    void ourRestartIsAcknowledgedByThePbx() {
        h.started();
        h.span.callControl().restartAll();
        h.run(Duration.ofMillis(100));
        assertEquals(List.of(RESTART), PriHarness.types(h.pbx.received()));
        assertEquals(List.of(RESTART_ACKNOWLEDGE), PriHarness.types(h.pbx.sent()));
        h.run(Duration.ofSeconds(200));
        assertEquals(1, h.pbx.received().size(), "acknowledged: no repetition after T316");
    }

    @Test
    void statusEnquiryIsAnsweredWithTheCallState() {
        h.started();
        PbxCall call = h.pbx.call("0312345678");
        h.run(Duration.ofSeconds(4)); // active
        h.pbx.send(Message.of(new CallRef(2, 1, false), STATUS_ENQUIRY));
        h.pbx.send(Message.of(new CallRef(2, 99, false), STATUS_ENQUIRY));
        h.run(Duration.ofMillis(100));
        List<Message> statuses = h.pbx.received().stream().filter(m -> m.type() == STATUS).toList();
        assertEquals(2, statuses.size());
        assertEquals(10, statuses.get(0).find(Ie.CallState.class).orElseThrow().value());
        assertEquals(CauseValue.RESPONSE_TO_STATUS_ENQUIRY, statuses.get(0).causeValue());
        assertEquals(0, statuses.get(1).find(Ie.CallState.class).orElseThrow().value());
        assertEquals(CallState.ACTIVE, call.state());
    }

    @Test
    void unexpectedAndUnknownMessagesAreAnsweredWithStatus() {
        h.started();
        h.pbx.call("0312345678");
        h.run(Duration.ofSeconds(4)); // active
        h.pbx.send(Message.of(new CallRef(2, 1, false), ALERTING)); // not expected in N10
        h.pbx.sendRaw(Octets.hex("08 02 00 01 60")); // unknown message type
        h.pbx.sendRaw(Octets.hex("08 02 00 01")); // truncated: ignored
        h.run(Duration.ofMillis(100));
        List<Integer> causes = h.pbx.received().stream().filter(m -> m.type() == STATUS).map(Message::causeValue).toList();
        assertEquals(List.of(CauseValue.MESSAGE_NOT_COMPATIBLE_WITH_STATE, CauseValue.MESSAGE_TYPE_NONEXISTENT), causes);
    }

    @Test
    void messagesForUnknownCallReferencesAreReleased() {
        h.started();
        h.pbx.send(Message.of(new CallRef(2, 42, false), DISCONNECT, Ie.Cause.of(16, 0)));
        h.run(Duration.ofMillis(100));
        Message rc = h.pbx.received().get(0);
        assertEquals(RELEASE_COMPLETE, rc.type());
        assertEquals(CauseValue.INVALID_CALL_REFERENCE, rc.causeValue());
    }

    @Test
    void ntTeMismatchLinkNeverComesUp() {
        PriHarness both = new PriHarness(SpanMode.NT, SimulatedPbx.Config.forPri().withMode(SpanMode.NT)).started();
        both.run(Duration.ofMinutes(2));
        assertEquals(IsdnLineState.FAILED, both.span.lineState());
        assertTrue(!both.span.linkState().isEstablished());
        assertTrue(!both.pbx.linkState().isEstablished());
        assertEquals(Layer1State.OK, both.span.layer1(), "layer 1 is fine: it is a layer-2 role mismatch");
    }

    @Test
    void bothUserSideAlsoNeverComesUp() {
        PriHarness both = new PriHarness(SpanMode.TE, SimulatedPbx.Config.forPri()).started();
        both.run(Duration.ofMinutes(2));
        assertEquals(IsdnLineState.FAILED, both.span.lineState());
    }

    @Test
    void gatewayInTeWithPbxInNtWorks() {
        PriHarness h2 = new PriHarness(SpanMode.TE, SimulatedPbx.Config.forPri().withMode(SpanMode.NT)).started();
        assertEquals(IsdnLineState.USABLE, h2.span.lineState());
    }

    @Test
    void cableCutFailsTheSpanAndRepairRestoresIt() {
        h.started();
        h.pbx.cutCable();
        h.run(Duration.ofMillis(10));
        assertEquals(Layer1State.NO_SIGNAL, h.span.layer1());
        assertEquals(IsdnLineState.FAILED, h.span.lineState());
        assertTrue(!h.span.clockRecoverable());
        h.pbx.repairCable();
        h.run(Duration.ofSeconds(1));
        assertEquals(IsdnLineState.USABLE, h.span.lineState());
        assertEquals(List.of(IsdnLineState.USABLE, IsdnLineState.FAILED, IsdnLineState.USABLE),
                h.lineStates.subList(h.lineStates.size() - 3, h.lineStates.size()));
    }

    @Test
    void framerAlarmsFailTheSpan() {
        h.started();
        h.span.setLayer1(Layer1State.LOSS_OF_FRAME);
        assertEquals(IsdnLineState.FAILED, h.span.lineState());
        h.span.setLayer1(Layer1State.OK);
        h.run(Duration.ofSeconds(1));
        assertEquals(IsdnLineState.USABLE, h.span.lineState());
        h.span.setLayer1(Layer1State.REMOTE_ALARM);
        assertEquals(IsdnLineState.FAILED, h.span.lineState());
    }

    @Test
    void silentPbxFailsTheLinkAfterN200() {
        h.started();
        h.pbx.goSilent();
        h.run(Duration.ofSeconds(10)); // T203 poll at 10 s
        assertEquals(IsdnLineState.USABLE, h.span.lineState(), "still in timer recovery");
        h.run(Duration.ofSeconds(4));
        assertEquals(IsdnLineState.FAILED, h.span.lineState());
        h.pbx.wakeUp();
        h.run(Duration.ofSeconds(20));
        assertEquals(IsdnLineState.USABLE, h.span.lineState(), "re-established");
    }

    @Test
    void blockedRefusesSetupsWithCause27AndShowsBlocked() {
        h.started();
        h.span.setBlocked(true);
        assertEquals(IsdnLineState.BLOCKED, h.span.lineState());
        PbxCall call = h.pbx.call("0312345678");
        h.run(Duration.ofMillis(100));
        assertEquals(CallState.NULL, call.state());
        assertEquals(CauseValue.DESTINATION_OUT_OF_ORDER, call.cause());
        assertEquals(LinkState.MULTIPLE_FRAME_ESTABLISHED, h.span.linkState(), "D channel stays up");
        h.span.setBlocked(false);
        assertEquals(IsdnLineState.USABLE, h.span.lineState());
        PbxCall again = h.pbx.call("0312345678");
        h.run(Duration.ofMillis(100));
        assertEquals(CallState.CALL_DELIVERED, again.state());
    }

    @Test
    void the24thSimultaneousCallIsRefusedWithCause34() {
        h.started();
        h.pbx.answerAfter(null);
        for (int i = 0; i < 23; i++) {
            h.pbx.call("03" + i);
            h.run(Duration.ofMillis(50));
        }
        h.run(Duration.ofSeconds(4));
        assertEquals(23, h.span.callControl().channels().inUse());
        PbxCall extra = h.pbx.call("0399");
        h.run(Duration.ofMillis(100));
        assertEquals(CallState.NULL, extra.state());
        assertEquals(CauseValue.NO_CIRCUIT_AVAILABLE, extra.cause());
        IsdnCall toward = h.span.placeCall("201", "", h.recorder());
        h.run(Duration.ofMillis(100));
        assertEquals(CallState.NULL, toward.state());
        assertEquals(List.of("cleared 34 @4100"), h.events.stream().map(s -> s.replaceAll("@\\d+", "@4100")).toList());
    }

    @Test
    void setupWithUnrestrictedDigitalBearerIsRefused() {
        h.started();
        h.pbx.send(Message.of(new CallRef(2, 77, false), SETUP,
                new Ie.BearerCapability(0, Ie.BearerCapability.UNRESTRICTED_DIGITAL, 0, 0x10, -1),
                Ie.CalledPartyNumber.of("123")));
        h.run(Duration.ofMillis(100));
        assertEquals(CauseValue.BEARER_NOT_IMPLEMENTED, h.pbx.received().get(0).causeValue());
    }

    @Test
    void t305AndT308WhenThePbxDoesNotReactToClearing() {
        h.started();
        IsdnCall call = h.span.placeCall("201", "", h.recorder());
        h.run(Duration.ofSeconds(3)); // active (answered after 2 s)
        h.pbx.ignoreCalls(true);
        call.hangup(CauseValue.NORMAL_CLEARING);
        h.run(Duration.ofSeconds(29));
        assertEquals(CallState.DISCONNECT_INDICATION, call.state());
        h.run(Duration.ofSeconds(2)); // T305 30 s: RELEASE
        assertEquals(CallState.RELEASE_REQUEST, call.state());
        h.run(Duration.ofSeconds(8)); // T308 twice
        assertEquals(CallState.NULL, call.state());
        assertEquals(List.of(DISCONNECT, RELEASE, RELEASE), PriHarness.types(h.pbx.received()).stream()
                .filter(t -> t == DISCONNECT || t == RELEASE).toList());
    }
}
