package org.voipgw.agent.sip.invite.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.call.Admission;
import org.voipgw.agent.call.Call;
import org.voipgw.agent.call.CallCore;
import org.voipgw.agent.call.CallLeg;
import org.voipgw.agent.call.CallSide;
import org.voipgw.agent.call.CallingParty;
import org.voipgw.agent.sip.invite.DialogState;
import org.voipgw.agent.sip.invite.G711OnlyMedia;
import org.voipgw.agent.sip.invite.IncomingSipLeg;
import org.voipgw.agent.sip.invite.OutgoingIdentity;
import org.voipgw.agent.sip.invite.OutgoingSipLeg;
import org.voipgw.hal.time.VirtualClock;

/** The SIP legs against the simulated carrier: what scenarios will see through `far …` and `expect dialog`. */
class SimulatedCallNetworkTest {
    private final VirtualClock clock = new VirtualClock();
    private final SimulatedCallNetwork carrier = new SimulatedCallNetwork(clock,
            RandomGeneratorFactory.of("L64X128MixRandom").create(7), "carrier.example",
            u -> u.equals("gw1") ? Optional.of("secret") : Optional.empty());
    private final CallCore core = new CallCore(clock, 23, () -> true);
    private final List<String> pbx = new ArrayList<>();

    private Call dial(String number) {
        Call call = ((Admission.Admitted) core.fromPbx("pri", number, CallingParty.allowed("0312345678"))).call();
        call.attach(CallSide.PBX, pbxLeg());
        OutgoingSipLeg.start(call, carrier, "carrier.example",
                OutgoingIdentity.of("0312345678", Set.of("0312345678"), "carrier.example", call.calling()),
                new G711OnlyMedia(), clock, new OutgoingSipLeg.Credentials("gw1", "secret"),
                RandomGeneratorFactory.of("L64X128MixRandom").create(1));
        return call;
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
    void byDefaultAFarEndRingsOneSecondThenAnswers() {
        dial("0398765432");
        clock.advance(Duration.ofMillis(500));
        assertEquals(DialogState.RINGING, carrier.dialog("0398765432").orElseThrow().state());
        clock.advance(Duration.ofMillis(700));
        assertEquals(DialogState.CONFIRMED, carrier.dialog("0398765432").orElseThrow().state());
        assertEquals(200, carrier.dialog("0398765432").orElseThrow().finalStatus());
        assertTrue(carrier.hangUp("0398765432"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(List.of("ALERTING", "CONNECT", "DISCONNECT 16"), pbx);
        assertEquals(0, core.inProgress());
    }

    @Test
    void aBoxThatLostPowerHasItsCallsEndedByTheCarrierAfterTheSilenceTimeout() {
        dial("0398765432");
        carrier.far("0322222222", FarEndBehaviour.of(List.of("no-answer")));
        dial("0322222222");
        clock.advance(Duration.ofSeconds(2));
        carrier.boxLost();
        dial("0311111111"); // after the cut: the box rebooted and calls again; this call is not the lost box's
        clock.advance(SimulatedCallNetwork.BOX_SILENCE_TIMEOUT.minusSeconds(1));
        assertEquals(DialogState.CONFIRMED, carrier.dialog("0398765432").orElseThrow().state());
        clock.advance(Duration.ofSeconds(2));
        assertEquals(DialogState.TERMINATED, carrier.dialog("0398765432").orElseThrow().state());
        assertEquals(DialogState.TERMINATED, carrier.dialog("0322222222").orElseThrow().state());
        assertEquals(DialogState.CONFIRMED, carrier.dialog("0311111111").orElseThrow().state());
        assertEquals(List.of("ALERTING", "ALERTING", "CONNECT", "ALERTING", "CONNECT"), pbx,
                "the box hears nothing of the calls the carrier drops");
        assertTrue(!carrier.hangUp("0398765432"), "a dropped far end has no call left to hang up");
    }

    @Test
    void busyRejectAndNoAnswer() {
        carrier.far("0398765432", FarEndBehaviour.of(List.of("busy")));
        carrier.far("0311111111", FarEndBehaviour.of(List.of("reject", "404")));
        carrier.far("0322222222", FarEndBehaviour.of(List.of("no-answer")));
        dial("0398765432");
        dial("0311111111");
        Call ringing = dial("0322222222");
        clock.advance(Duration.ofSeconds(5));
        assertEquals(486, carrier.dialog("0398765432").orElseThrow().finalStatus());
        assertEquals(404, carrier.dialog("0311111111").orElseThrow().finalStatus());
        assertEquals(DialogState.RINGING, carrier.dialog("0322222222").orElseThrow().state());
        ringing.released(CallSide.PBX, 16); // the PBX gives up: CANCEL
        clock.advance(Duration.ofSeconds(1));
        assertEquals(487, carrier.dialog("0322222222").orElseThrow().finalStatus());
        assertEquals(List.of("DISCONNECT 17", "DISCONNECT 1", "ALERTING"), pbx);
    }

    @Test
    void wrongCredentialsAre403() {
        SimulatedCallNetwork strict = new SimulatedCallNetwork(clock,
                RandomGeneratorFactory.of("L64X128MixRandom").create(7), "carrier.example", u -> Optional.of("other"));
        Call call = ((Admission.Admitted) core.fromPbx("pri", "0398765432", CallingParty.unavailable())).call();
        call.attach(CallSide.PBX, pbxLeg());
        OutgoingSipLeg leg = OutgoingSipLeg.start(call, strict, "carrier.example",
                OutgoingIdentity.of("1", Set.of(), "carrier.example", call.calling()), new G711OnlyMedia(), clock,
                new OutgoingSipLeg.Credentials("gw1", "secret"), RandomGeneratorFactory.of("L64X128MixRandom").create(1));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(403, leg.finalStatus());
        assertEquals(List.of("DISCONNECT 21"), pbx, "RFC 3398 §8.2.6.1: 403 → 21");
    }

    @Test
    void aSilentCarrierTimesOut() {
        carrier.down(true);
        dial("0398765432");
        clock.advance(Duration.ofSeconds(33));
        assertEquals(List.of("DISCONNECT 102"), pbx);
    }

    @Test
    void aCallToTheBoxIsAnsweredByThePbxAndTheWithheldNumberStaysWithheld() {
        List<Call> offered = new ArrayList<>();
        carrier.onInvite((invite, dialog) -> IncomingSipLeg.admit(invite, dialog, new G711OnlyMedia(), core, call -> {
            offered.add(call);
            call.attach(CallSide.PBX, pbxLeg());
        }, clock));
        carrier.callBox("0312345678", "anonymous");
        clock.advance(Duration.ofMillis(100));
        Call call = offered.get(0);
        assertEquals(CallingParty.Presentation.RESTRICTED, call.calling().presentation());
        call.alerting(CallSide.PBX, false);
        assertEquals(DialogState.RINGING, carrier.dialog("anonymous").orElseThrow().state());
        call.answered(CallSide.PBX);
        assertEquals(DialogState.CONFIRMED, carrier.dialog("anonymous").orElseThrow().state());
        carrier.hangUp("anonymous");
        clock.advance(Duration.ofMillis(100));
        assertEquals(List.of("DISCONNECT 16"), pbx);
    }

}
