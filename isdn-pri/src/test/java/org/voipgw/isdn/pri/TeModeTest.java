package org.voipgw.isdn.pri;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.isdn.IsdnLineState;
import org.voipgw.isdn.call.AnsweringFarEnd;
import org.voipgw.isdn.call.BChannels;
import org.voipgw.isdn.call.CallObserver;
import org.voipgw.isdn.call.CallState;
import org.voipgw.isdn.call.IsdnCall;
import org.voipgw.isdn.dchan.DChannelWire;
import org.voipgw.isdn.q931.CauseValue;

/**
 * The gateway's span set to TE (user side at layers 2 and 3) against a PBX set to NT — played by
 * a second span in NT mode, whose call control is the network side.
 */
class TeModeTest {
    private final VirtualClock clock = new VirtualClock();
    private final DChannelWire wire = new DChannelWire(clock);
    private final List<CallState> gatewayStates = new ArrayList<>();
    private final PriSpan gateway = new PriSpan(clock, wire.gatewayEnd(), PriSpan.Config.of(SpanMode.TE), call -> {
        call.alert();
        clock.schedule(Duration.ofSeconds(1), call::answer);
        recordStates(call);
    });
    private final PriSpan pbxNt;

    TeModeTest() {
        PriSpan.Config nt = PriSpan.Config.of(SpanMode.NT);
        pbxNt = new PriSpan(clock, wire.pbxEnd(), new PriSpan.Config(SpanMode.NT, BChannels.Order.ASCENDING,
                nt.blockedCause(), nt.timers(), nt.link(), nt.relinkInterval()),
                new AnsweringFarEnd(clock, Duration.ofSeconds(1)));
        gateway.start();
        pbxNt.start();
        clock.advance(Duration.ofMillis(100));
    }

    private void recordStates(IsdnCall call) {
        gatewayStates.add(call.state());
        clock.schedule(Duration.ofMillis(500), () -> gatewayStates.add(call.state()));
        clock.schedule(Duration.ofMillis(1001), () -> gatewayStates.add(call.state()));
    }

    @Test
    void linkComesUpWithTheRolesTheRightWayRound() {
        assertEquals(IsdnLineState.USABLE, gateway.lineState());
        assertEquals(IsdnLineState.USABLE, pbxNt.lineState());
    }

    @Test
    void callFromTheNtPbxIsAnsweredAsTheUserSide() {
        IsdnCall fromPbx = pbxNt.placeCall("0312345678", "0398765432", new CallObserver() { });
        clock.advance(Duration.ofSeconds(2));
        assertEquals(CallState.ACTIVE, fromPbx.state());
        IsdnCall ours = gateway.calls().iterator().next();
        assertEquals(CallState.ACTIVE, ours.state());
        assertEquals(1, ours.channel(), "the network's exclusive choice");
        // U7 after ALERTING (sampled at the offer and 0.5 s later), U10 once CONNECT ACK arrived
        assertEquals(List.of(CallState.CALL_RECEIVED, CallState.CALL_RECEIVED, CallState.ACTIVE), gatewayStates);
    }

    @Test
    void callTowardTheNtPbxAdoptsTheChannelTheNetworkGives() {
        List<String> events = new ArrayList<>();
        IsdnCall call = gateway.placeCall("201", "0312345678", new CallObserver() {
            @Override
            public void connected(IsdnCall c) {
                events.add("connected B" + c.channel());
            }
        });
        assertEquals(CallState.CALL_INITIATED, call.state(), "U1 after SETUP");
        clock.advance(Duration.ofMillis(100));
        assertEquals(CallState.CALL_DELIVERED, call.state(), "U4 after ALERTING");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(CallState.ACTIVE, call.state());
        assertEquals(List.of("connected B1"), events);
        assertEquals(CallState.ACTIVE, pbxNt.calls().iterator().next().state());
    }

    @Test
    void glareIsResolvedInFavourOfTheNetwork() {
        List<Integer> pbxCauses = new ArrayList<>();
        IsdnCall ours = gateway.placeCall("201", "", new CallObserver() { }); // proposes B1 (preferred)
        pbxNt.placeCall("0312345678", "", new CallObserver() { // assigns B1 (exclusive)
            @Override
            public void cleared(IsdnCall c, int cause) {
                pbxCauses.add(cause);
            }
        });
        clock.advance(Duration.ofSeconds(2));
        assertEquals(CallState.ACTIVE, ours.state());
        assertEquals(2, ours.channel(), "B1 was the network's: we were moved to B2");
        assertEquals(List.of(CauseValue.REQUESTED_CHANNEL_NOT_AVAILABLE), pbxCauses);
    }

    @Test
    void t313ClearsWhenTheNetworkNeverAcknowledgesOurConnect() {
        // CONNECT ACKNOWLEDGE (message type 0x0f at offset 4 + 4 of the I frame) never arrives
        wire.dropIf(f -> f.length > 8 && (f[2] & 1) == 0 && f[8] == 0x0f);
        List<Integer> causes = new ArrayList<>();
        pbxNt.placeCall("0312345678", "", new CallObserver() { });
        clock.advance(Duration.ofMillis(100));
        gateway.calls().iterator().next().observe(new CallObserver() {
            @Override
            public void cleared(IsdnCall c, int cause) {
                causes.add(cause);
            }
        });
        clock.advance(Duration.ofSeconds(6)); // answered at 1 s, T313 = 4 s
        assertEquals(List.of(CauseValue.RECOVERY_ON_TIMER_EXPIRY), causes);
    }
}
