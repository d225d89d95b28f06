package org.voipgw.agent.fxs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.call.Call;
import org.voipgw.agent.call.CallCore;
import org.voipgw.agent.call.CallLeg;
import org.voipgw.agent.call.CallPhase;
import org.voipgw.agent.call.CallSide;
import org.voipgw.agent.call.CallingParty;
import org.voipgw.agent.call.Admission;
import org.voipgw.fxs.CallerIdentity;
import org.voipgw.fxs.FxsPortSettings;
import org.voipgw.fxs.JapaneseNumberingPlan;
import org.voipgw.fxs.LineState;
import org.voipgw.fxs.signal.MediaSignalling;
import org.voipgw.fxs.sim.JclipPhoneReceiver;
import org.voipgw.fxs.sim.MediaPhoneSignals;
import org.voipgw.fxs.sim.SimulatedFxsPorts;
import org.voipgw.hal.time.VirtualClock;

/** The FXS lines through the call core: a real core, simulated lines and phones, a recording carrier side. */
class FxsCallRoutingTest {
    private final VirtualClock clock = new VirtualClock();
    private boolean registered = true;
    private final CallCore core = new CallCore(clock, 4, () -> registered);
    private final List<Call> toCarrier = new ArrayList<>();
    private final List<String> ipLeg = new ArrayList<>();
    private final List<String> placed = new ArrayList<>();
    private SimulatedFxsPorts sim;
    private final FxsCallRouting routing = new FxsCallRouting(core, call -> {
        toCarrier.add(call);
        call.attach(CallSide.IP, ipLeg());
    }, () -> sim.ports(), (call, port) -> placed.add(port));

    FxsCallRoutingTest() {
        sim = new SimulatedFxsPorts(clock, 4, port -> new FxsPortSettings(port == 2 ? "0312345679" : "", true,
                JapaneseNumberingPlan.digitMap(), true), port -> MediaSignalling.forLine(), new MediaPhoneSignals(),
                port -> new JclipPhoneReceiver(), routing);
    }

    private CallLeg ipLeg() {
        return new CallLeg() {
            @Override
            public void otherAlerting(boolean earlyMedia) {
                ipLeg.add("alerting");
            }

            @Override
            public void otherAnswered() {
                ipLeg.add("answered");
            }

            @Override
            public void otherReleased(int cause) {
                ipLeg.add("released " + cause);
            }
        };
    }

    private void run(long ms) {
        clock.advance(Duration.ofMillis(ms));
    }

    private LineState state(int port) {
        return sim.ports().port(port).state();
    }

    private Call dial(int port, String digits) {
        sim.phone(port).offHook();
        run(500);
        sim.phone(port).dialTones(digits);
        run(4000);
        return toCarrier.isEmpty() ? null : toCarrier.getLast();
    }

    @Test
    void aPhonesCallReachesTheCarrierAndFollowsIt() {
        Call call = dial(1, "1840398765432");
        assertEquals("fxs1", call.port());
        assertEquals("0398765432", call.called());
        assertEquals(CallingParty.Presentation.RESTRICTED, call.calling().presentation(), "184 withholds");
        assertEquals(LineState.CALLING, state(1));
        call.alerting(CallSide.IP, false);
        assertEquals(LineState.RINGBACK, state(1));
        call.answered(CallSide.IP);
        assertEquals(LineState.TALKING, state(1));
        sim.phone(1).onHook();
        run(2000);
        assertEquals(CallPhase.ENDED, call.phase());
        assertEquals(List.of("released 16"), ipLeg);
        assertEquals(0, core.inProgress());
    }

    @Test
    void theFarEndBusyGivesBusyToneAndItsHangUpGivesBusyTooAfterTalk() {
        Call busy = dial(1, "0398765432");
        busy.released(CallSide.IP, 17);
        assertEquals(LineState.BUSY, state(1));
        sim.phone(1).onHook();
        run(2000);
        Call talk = dial(3, "0398765432");
        talk.answered(CallSide.IP);
        talk.released(CallSide.IP, 16);
        assertEquals(LineState.BUSY, state(3), "終話: busy tone after the far end hung up");
    }

    @Test
    void withoutRegistrationTheNumberGetsBusyToneAndNothingReachesTheCarrier() {
        registered = false;
        assertEquals(null, dial(1, "0398765432"));
        assertEquals(LineState.BUSY, state(1));
    }

    @Test
    void aCallToAPortsNumberRingsThatPortAndItsAnswerReachesTheCarrier() {
        Call call = ((Admission.Admitted) core.toPbx("", "0312345679", CallingParty.allowed("0398765432"))).call();
        call.attach(CallSide.IP, ipLeg());
        routing.offer(call);
        assertEquals(List.of("fxs2"), placed);
        assertTrue(state(2).incoming());
        assertEquals(LineState.IDLE, state(1));
        run(8000); // CAR, the primary response, the JCLIP data, then ringing
        assertEquals("0398765432", sim.phone(2).callerId().orElseThrow().number());
        sim.phone(2).offHook();
        run(1000);
        assertEquals(List.of("alerting", "answered"), ipLeg);
        assertEquals(LineState.TALKING, state(2));
    }

    @Test
    void withEveryPortInUseTheCallIsRefusedAsBusy() {
        for (int p = 1; p <= 4; p++) {
            sim.phone(p).offHook();
        }
        run(500);
        Call call = ((Admission.Admitted) core.toPbx("", "0312345678", CallingParty.allowed("0398765432"))).call();
        call.attach(CallSide.IP, ipLeg());
        routing.offer(call);
        assertEquals(List.of("released 17"), ipLeg);
        assertEquals(0, core.inProgress());
    }

    @Test
    void callerIdentityFollowsThePresentation() {
        assertEquals(CallerIdentity.of("0398765432"), FxsCallRouting.callerIdentity(CallingParty.allowed("0398765432")));
        assertEquals(CallerIdentity.withheld(),
                FxsCallRouting.callerIdentity(new CallingParty("0398765432", CallingParty.Presentation.RESTRICTED)));
        assertEquals(CallerIdentity.unavailable(), FxsCallRouting.callerIdentity(CallingParty.unavailable()));
        assertEquals(CallerIdentity.unavailable(), FxsCallRouting.callerIdentity(CallingParty.allowed("+81398765432")),
                "JCLIP carries digits only");
    }
}
