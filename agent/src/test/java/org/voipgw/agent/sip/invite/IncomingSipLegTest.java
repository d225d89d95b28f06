package org.voipgw.agent.sip.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.call.Call;
import org.voipgw.agent.call.CallCore;
import org.voipgw.agent.call.CallLeg;
import org.voipgw.agent.call.CallSide;
import org.voipgw.agent.call.CallingParty;
import org.voipgw.agent.call.NumberConversion;
import org.voipgw.agent.call.ToPbx;
import org.voipgw.hal.time.VirtualClock;

class IncomingSipLegTest {
    private static final String OFFER = "v=0 m=audio 50000 RTP/AVP 0 101";
    private final VirtualClock clock = new VirtualClock();
    private final CallCore core = new CallCore(clock, 4, () -> true);
    private final List<Call> offered = new ArrayList<>();
    private final ToPbx pbx = call -> {
        offered.add(call);
        call.attach(CallSide.PBX, new CallLeg() {
            @Override
            public void otherAlerting(boolean earlyMedia) {
            }

            @Override
            public void otherAnswered() {
            }

            @Override
            public void otherReleased(int cause) {
            }
        });
    };

    private IncomingSipLeg.Outcome invite(String number, String sdp, ScriptedInvitePort.Server server) {
        InvitePort.IncomingInvite inv = new InvitePort.IncomingInvite("c1", "sip:" + number + "@gw.example",
                "<sip:0398765432@carrier.example>", Optional.empty(), Optional.empty(), Optional.ofNullable(sdp),
                OptionalInt.empty());
        return IncomingSipLeg.admit(inv, server, new G711OnlyMedia(), core, pbx, clock);
    }

    @Test
    void thePbxsProgressBecomesTheResponses() {
        core.conversion(NumberConversion.parse(List.of(new NumberConversion.Entry(1, "0312345678", "201")))
                .table().orElseThrow());
        ScriptedInvitePort.Server server = new ScriptedInvitePort.Server();
        IncomingSipLeg leg = invite("0312345678", OFFER, server).leg().orElseThrow();
        Call call = offered.get(0);
        assertEquals("201", call.called(), "the PBX is asked for the converted number");
        assertEquals(CallingParty.allowed("0398765432"), call.calling());
        call.alerting(CallSide.PBX, false);
        call.answered(CallSide.PBX);
        assertEquals(DialogState.CONFIRMED, leg.state());
        server.listener.bye(OptionalInt.empty());
        assertEquals(List.of("180", "200"), server.sent);
        assertEquals(0, core.inProgress());
        assertEquals(CallSide.IP, core.history().get(0).clearedBy());
    }

    @Test
    void aBusyPbxIs486AndARejectingOne603() {
        ScriptedInvitePort.Server server = new ScriptedInvitePort.Server();
        invite("0312345678", OFFER, server);
        offered.get(0).released(CallSide.PBX, 17);
        assertEquals(List.of("486"), server.sent);
        ScriptedInvitePort.Server second = new ScriptedInvitePort.Server();
        invite("0312345678", OFFER, second);
        offered.get(1).released(CallSide.PBX, 21);
        assertEquals(List.of("603"), second.sent);
    }

    @Test
    void noG711OrNoOfferIs488AndNothingReachesThePbx() {
        ScriptedInvitePort.Server server = new ScriptedInvitePort.Server();
        assertEquals(488, invite("0312345678", "v=0 m=audio 50000 RTP/AVP 18", server).refusedWith());
        assertEquals(488, invite("0312345678", null, new ScriptedInvitePort.Server()).refusedWith());
        assertTrue(offered.isEmpty());
        assertEquals(0, core.inProgress());
    }

    @Test
    void beyondTheChannelsIs503() {
        for (int i = 0; i < 4; i++) {
            invite("0312345678", OFFER, new ScriptedInvitePort.Server());
        }
        ScriptedInvitePort.Server fifth = new ScriptedInvitePort.Server();
        assertEquals(503, invite("0312345678", OFFER, fifth).refusedWith());
        assertEquals(List.of("503"), fifth.sent);
    }

    @Test
    void aCancelClearsThePbxAndALateOneDoesNothing() {
        ScriptedInvitePort.Server server = new ScriptedInvitePort.Server();
        IncomingSipLeg leg = invite("0312345678", OFFER, server).leg().orElseThrow();
        offered.get(0).alerting(CallSide.PBX, false);
        server.listener.cancelled(OptionalInt.empty());
        assertEquals(487, leg.finalStatus());
        assertEquals(0, core.inProgress());
        ScriptedInvitePort.Server answered = new ScriptedInvitePort.Server();
        IncomingSipLeg other = invite("0312345678", OFFER, answered).leg().orElseThrow();
        offered.get(1).answered(CallSide.PBX);
        answered.listener.cancelled(OptionalInt.empty());
        assertEquals(DialogState.CONFIRMED, other.state(), "a CANCEL after the 200 has no effect");
    }

    @Test
    void earlyMediaFromThePbxIs183WithOurAnswer() {
        ScriptedInvitePort.Server server = new ScriptedInvitePort.Server();
        IncomingSipLeg leg = invite("0312345678", OFFER, server).leg().orElseThrow();
        offered.get(0).alerting(CallSide.PBX, true);
        assertEquals(List.of("183 with SDP"), server.sent);
        assertEquals(DialogState.EARLY, leg.state());
    }
}
