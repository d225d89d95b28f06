package org.voipgw.agent.isdn.leg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.call.CallCore;
import org.voipgw.agent.call.NumberConversion;
import org.voipgw.agent.sip.invite.DialogState;
import org.voipgw.agent.sip.invite.G711OnlyMedia;
import org.voipgw.agent.sip.invite.IncomingSipLeg;
import org.voipgw.agent.sip.invite.OutgoingIdentity;
import org.voipgw.agent.sip.invite.OutgoingSipLeg;
import org.voipgw.agent.sip.invite.sim.FarEndBehaviour;
import org.voipgw.agent.sip.invite.sim.SimulatedCallNetwork;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.isdn.IsdnLine;
import org.voipgw.isdn.call.AnsweringFarEnd;
import org.voipgw.isdn.call.CallState;
import org.voipgw.isdn.dchan.DChannelWire;
import org.voipgw.isdn.pri.PriSpan;
import org.voipgw.isdn.pri.SpanMode;
import org.voipgw.isdn.q931.Message;
import org.voipgw.isdn.q931.MessageType;
import org.voipgw.isdn.sim.PbxCall;
import org.voipgw.isdn.sim.SimulatedPbx;

/**
 * Ⅷ's PRI with a simulated PBX, the call core and the SIP legs against the simulated carrier, on one
 * virtual clock: the Q.931 each side sees for calls both ways (the calls issue's tables).
 */
class PriCallsThroughTheCoreTest {
    private final VirtualClock clock = new VirtualClock();
    private final SimulatedCallNetwork carrier = new SimulatedCallNetwork(clock,
            RandomGeneratorFactory.of("L64X128MixRandom").create(3), "carrier.example",
            u -> u.equals("gw1") ? Optional.of("secret") : Optional.empty());
    private final CallCore core = new CallCore(clock, 23, () -> true);
    private final Map<String, IsdnLine> lines = new LinkedHashMap<>();
    private final IsdnCallRouting routing = new IsdnCallRouting(core, call -> OutgoingSipLeg.start(call, carrier,
            "carrier.example", OutgoingIdentity.of("0312345678", Set.of("0312345678"), "carrier.example",
                    call.calling()), new G711OnlyMedia(), clock, new OutgoingSipLeg.Credentials("gw1", "secret"),
            RandomGeneratorFactory.of("L64X128MixRandom").create(9)), () -> lines);
    private SimulatedPbx pbx;

    @BeforeEach
    void wire() {
        DChannelWire wire = new DChannelWire(clock);
        PriSpan span = new PriSpan(clock, wire.gatewayEnd(), PriSpan.Config.of(SpanMode.NT),
                new AnsweringFarEnd(clock, Duration.ofSeconds(3)));
        span.setFarEnd(routing.farEnd("pri"));
        lines.put("pri", span);
        pbx = new SimulatedPbx(clock, wire, SimulatedPbx.Config.forPri().answeringAfter(null));
        carrier.onInvite((invite, dialog) -> IncomingSipLeg.admit(invite, dialog, new G711OnlyMedia(), core, routing, clock));
        span.start();
        pbx.start();
        clock.advance(Duration.ofSeconds(2));
    }

    private List<MessageType> toPbx() {
        return pbx.received().stream().map(Message::type).toList();
    }

    @Test
    void aCallFromThePbxRingsAndIsAnsweredByTheFarEnd() {
        PbxCall c = pbx.call("0398765432", "0312345678");
        clock.advance(Duration.ofSeconds(2));
        assertEquals(List.of(MessageType.CALL_PROCEEDING, MessageType.ALERTING, MessageType.CONNECT), toPbx());
        assertEquals(DialogState.CONFIRMED, carrier.dialog("0398765432").orElseThrow().state());
        carrier.hangUp("0398765432");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(16, c.cause());
        assertEquals(0, core.inProgress());
    }

    @Test
    void busyAndUnknownNumbersReachThePbxAsCauses() {
        carrier.far("0398765432", FarEndBehaviour.of(List.of("busy")));
        carrier.far("0399999999", FarEndBehaviour.of(List.of("reject", "404")));
        PbxCall busy = pbx.call("0398765432", "0312345678");
        clock.advance(Duration.ofSeconds(1));
        PbxCall unknown = pbx.call("0399999999", "0312345678");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(17, busy.cause());
        assertEquals(1, unknown.cause());
    }

    @Test
    void thePbxHangingUpWhileItRingsCancels() {
        carrier.far("0398765432", FarEndBehaviour.of(List.of("no-answer")));
        PbxCall c = pbx.call("0398765432", "0312345678");
        clock.advance(Duration.ofSeconds(1));
        pbx.hangup(c);
        clock.advance(Duration.ofSeconds(1));
        assertEquals(487, carrier.dialog("0398765432").orElseThrow().finalStatus());
        assertEquals(0, core.inProgress());
    }

    @Test
    void aCallFromTheCarrierIsASetupWithTheConvertedNumber() {
        core.conversion(NumberConversion.parse(List.of(new NumberConversion.Entry(1, "0312345678", "201")))
                .table().orElseThrow());
        carrier.callBox("0312345678", "0398765432");
        clock.advance(Duration.ofMillis(200));
        PbxCall ringing = pbx.calls().get(0);
        assertEquals("201", ringing.called());
        pbx.answer(ringing);
        clock.advance(Duration.ofMillis(200));
        assertEquals(DialogState.CONFIRMED, carrier.dialog("0398765432").orElseThrow().state());
        pbx.hangup(ringing);
        clock.advance(Duration.ofMillis(200));
        assertEquals(DialogState.TERMINATED, carrier.dialog("0398765432").orElseThrow().state());
        assertEquals(0, core.inProgress());
    }

    @Test
    void the24thCallIsRefusedWithCause34() {
        carrier.far("0398765432", FarEndBehaviour.of(List.of("no-answer")));
        for (int i = 0; i < 23; i++) {
            pbx.call("0398765432", "0312345678");
            clock.advance(Duration.ofMillis(100));
        }
        assertEquals(23, core.inProgress());
        PbxCall extra = pbx.call("0398765432", "0312345678");
        clock.advance(Duration.ofMillis(500));
        assertEquals(34, extra.cause());
        assertEquals(CallState.NULL, extra.state());
        carrier.callBox("0312345678", "0311112222");
        clock.advance(Duration.ofMillis(500));
        assertEquals(503, carrier.dialog("0311112222").orElseThrow().finalStatus(), "RFC 3398: cause 34 → 503");
    }

}
