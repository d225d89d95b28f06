package org.voipgw.isdn.pri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voipgw.isdn.q931.MessageType.CALL_PROCEEDING;
import static org.voipgw.isdn.q931.MessageType.DISCONNECT;
import static org.voipgw.isdn.q931.MessageType.SETUP;
import static org.voipgw.isdn.q931.MessageType.STATUS_ENQUIRY;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.isdn.IsdnLineState;
import org.voipgw.isdn.call.CallState;
import org.voipgw.isdn.call.IsdnCall;
import org.voipgw.isdn.q931.CallRef;
import org.voipgw.isdn.q931.CauseValue;
import org.voipgw.isdn.q931.Ie;
import org.voipgw.isdn.q931.Message;

/** Q.931 procedures beyond the basic call: T310, T309, SETUP admission causes. */
class CallProceduresTest {
    private final PriHarness h = new PriHarness().started();

    @Test
    void t310ClearsACallThatProceedsButNeverAlerts() {
        h.pbx.ignoreCalls(true);
        IsdnCall call = h.span.placeCall("201", "", h.recorder());
        h.run(Duration.ofMillis(100));
        h.pbx.send(Message.of(new CallRef(2, call.callReference(), true), CALL_PROCEEDING));
        h.run(Duration.ofMillis(100));
        assertEquals(CallState.INCOMING_CALL_PROCEEDING, call.state());
        h.run(Duration.ofSeconds(9));
        assertEquals(CallState.INCOMING_CALL_PROCEEDING, call.state());
        h.run(Duration.ofSeconds(1)); // T310 = 10 s
        assertEquals(CallState.DISCONNECT_INDICATION, call.state());
        Message disconnect = h.pbx.received().get(h.pbx.received().size() - 1);
        assertEquals(DISCONNECT, disconnect.type());
        assertEquals(CauseValue.RECOVERY_ON_TIMER_EXPIRY, disconnect.causeValue());
        assertEquals(List.of("proceeding", "cleared 18 @10200"), h.events);
    }

    /** An answered call toward the PBX, then the PBX goes silent until the link has failed (about 13 s). */
    private IsdnCall activeCallOnAFailedLink() {
        IsdnCall call = h.span.placeCall("201", "", h.recorder());
        h.run(Duration.ofSeconds(3));
        assertEquals(CallState.ACTIVE, call.state());
        h.pbx.goSilent();
        h.run(Duration.ofSeconds(30));
        assertEquals(IsdnLineState.FAILED, h.span.lineState());
        assertEquals(CallState.ACTIVE, call.state(), "T309 running");
        return call;
    }

    @Test
    void activeCallSurvivesALinkFailureUntilT309() {
        IsdnCall call = activeCallOnAFailedLink();
        h.run(Duration.ofSeconds(80));
        assertEquals(CallState.NULL, call.state());
        // §5.8.9: T309 expiry clears with cause 27 "destination out of order"
        assertEquals(CauseValue.DESTINATION_OUT_OF_ORDER + "", h.events.get(h.events.size() - 1).split(" ")[1]);
    }

    @Test
    void aCallTheRestartedPeerNoLongerKnowsIsClearedWhenTheLinkReturns() {
        IsdnCall call = activeCallOnAFailedLink();
        h.pbx.wakeUp(); // its own link failed meanwhile, and with it the calls it had
        h.run(Duration.ofSeconds(10)); // the link is back: our STATUS ENQUIRY, the PBX's STATUS says Null
        assertTrue(h.pbx.received().stream().anyMatch(m -> m.type() == STATUS_ENQUIRY
                && m.callRef().value() == call.callReference()));
        assertEquals(CallState.NULL, call.state());
        assertEquals(IsdnLineState.USABLE, h.span.lineState());
    }

    @Test
    void callsNotYetActiveAreClearedAtOnceWhenTheLinkFails() {
        h.pbx.ignoreCalls(true);
        IsdnCall call = h.span.placeCall("201", "", h.recorder());
        h.pbx.cutCable();
        h.run(Duration.ofMillis(100));
        assertEquals(CallState.NULL, call.state());
        assertEquals("cleared 41", h.events.get(0).substring(0, 10));
    }

    @Test
    void setupWithoutCalledNumberIsRefusedWithCause96() {
        h.pbx.send(Message.of(new CallRef(2, 5, false), SETUP, Ie.BearerCapability.speech()));
        h.run(Duration.ofMillis(100));
        assertEquals(CauseValue.MANDATORY_IE_MISSING, h.pbx.received().get(0).causeValue());
    }

    @Test
    void exclusiveRequestForABusyChannelIsRefusedWithCause44() {
        h.pbx.answerAfter(null);
        h.pbx.call("0311111111"); // takes the preferred B1
        h.run(Duration.ofMillis(100));
        h.pbx.send(Message.of(new CallRef(2, 9, false), SETUP, Ie.BearerCapability.speech(),
                Ie.ChannelId.priExclusive(1), Ie.CalledPartyNumber.of("0322222222")));
        h.run(Duration.ofMillis(100));
        Message last = h.pbx.received().get(h.pbx.received().size() - 1);
        assertEquals(CauseValue.REQUESTED_CHANNEL_NOT_AVAILABLE, last.causeValue());
    }

    @Test
    void preferredButBusyChannelIsReplacedByHunting() {
        h.pbx.answerAfter(null);
        h.pbx.call("0311111111");
        h.run(Duration.ofMillis(100));
        h.pbx.send(Message.of(new CallRef(2, 9, false), SETUP, Ie.BearerCapability.speech(),
                new Ie.ChannelId(true, false, false, 1, List.of(1)), Ie.CalledPartyNumber.of("0322222222")));
        h.run(Duration.ofMillis(100));
        Message proceeding = h.pbx.received().stream().filter(m -> m.callRef().value() == 9).findFirst().orElseThrow();
        assertEquals(CALL_PROCEEDING, proceeding.type());
        assertEquals(List.of(23), proceeding.find(Ie.ChannelId.class).orElseThrow().channels());
    }
}
