package org.voipgw.agent.sip.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.call.Admission;
import org.voipgw.agent.call.Call;
import org.voipgw.agent.call.CallCore;
import org.voipgw.agent.call.CallLeg;
import org.voipgw.agent.call.CallPhase;
import org.voipgw.agent.call.CallSide;
import org.voipgw.agent.call.CallingParty;
import org.voipgw.agent.sip.digest.DigestAuth;
import org.voipgw.agent.sip.digest.DigestCheck;
import org.voipgw.hal.time.VirtualClock;

class OutgoingSipLegTest {
    private final VirtualClock clock = new VirtualClock();
    private final CallCore core = new CallCore(clock, 23, () -> true);
    private final ScriptedInvitePort port = new ScriptedInvitePort();
    private final G711OnlyMedia media = new G711OnlyMedia();
    private final StringBuilder pbx = new StringBuilder();
    private Call call;
    private OutgoingSipLeg leg;

    private void dial(String number) {
        call = ((Admission.Admitted) core.fromPbx("pri", number, CallingParty.allowed("0312345678"))).call();
        call.attach(CallSide.PBX, new CallLeg() {
            @Override
            public void otherProceeding() {
                pbx.append("CALL-PROCEEDING ");
            }

            @Override
            public void otherAlerting(boolean earlyMedia) {
                pbx.append(earlyMedia ? "PROGRESS " : "ALERTING ");
            }

            @Override
            public void otherAnswered() {
                pbx.append("CONNECT ");
            }

            @Override
            public void otherReleased(int cause) {
                pbx.append("DISCONNECT-").append(cause).append(' ');
            }
        });
        OutgoingIdentity id = OutgoingIdentity.of("0312345678", Set.of("0312345678"), "carrier.example",
                call.calling());
        leg = OutgoingSipLeg.start(call, port, "carrier.example", id, media, clock,
                new OutgoingSipLeg.Credentials("gw1", "secret"), RandomGeneratorFactory.of("L64X128MixRandom").create(1));
    }

    @Test
    void aCallThatRingsAndIsAnsweredThenTheCarrierHangsUp() {
        dial("0398765432");
        assertEquals("INVITE sip:0398765432@carrier.example", port.sent.get(0));
        assertEquals(DialogState.CALLING, leg.state());
        port.outgoing.provisional(100, Optional.empty());
        port.outgoing.provisional(180, Optional.empty());
        assertEquals(DialogState.RINGING, leg.state());
        port.outgoing.success(Optional.of("v=0 m=audio 50000 RTP/AVP 0"), Optional.empty());
        assertEquals(DialogState.CONFIRMED, leg.state());
        port.outgoing.bye(OptionalInt.empty());
        assertEquals("CALL-PROCEEDING ALERTING CONNECT DISCONNECT-16 ", pbx.toString());
        assertEquals(List.of("INVITE sip:0398765432@carrier.example", "ACK"), port.sent);
        assertEquals(0, core.inProgress());
        assertTrue(media.closed());
    }

    @Test
    void earlyMediaIsProgress() {
        dial("0398765432");
        port.outgoing.provisional(183, Optional.of("v=0 m=audio 50000 RTP/AVP 8"));
        assertEquals(DialogState.EARLY, leg.state());
        port.outgoing.provisional(183, Optional.empty());
        assertEquals("PROGRESS ", pbx.toString(), "a 183 without SDP adds nothing once early media runs");
    }

    @Test
    void busyAndUnknownNumbersClearThePbxWithTheirCauses() {
        dial("0398765432");
        port.outgoing.failure(486, List.of(), OptionalInt.empty());
        assertEquals("DISCONNECT-17 ", pbx.toString());
        assertEquals(486, leg.finalStatus());
        pbx.setLength(0);
        dial("0399999999");
        port.outgoing.failure(404, List.of(), OptionalInt.empty());
        assertEquals("DISCONNECT-1 ", pbx.toString());
        pbx.setLength(0);
        dial("0399999998");
        port.outgoing.failure(503, List.of(), OptionalInt.of(34)); // a Reason: Q.850 cause wins (RFC 3326)
        assertEquals("DISCONNECT-34 ", pbx.toString());
    }

    @Test
    void aChallengeIsAnsweredOnceWithTheAccountsCredentials() {
        dial("0398765432");
        String challenge = "Digest realm=\"carrier.example\", nonce=\"abc\", qop=\"auth\", algorithm=MD5";
        port.outgoing.failure(407, List.of(challenge), OptionalInt.empty());
        assertEquals("INVITE with credentials", port.sent.get(1));
        String auth = port.invites.get(1).authorization().orElseThrow();
        assertTrue(port.invites.get(1).proxyAuthorization());
        assertTrue(DigestCheck.verify(auth, "INVITE", "carrier.example", "abc",
                u -> u.equals("gw1") ? Optional.of("secret") : Optional.empty()), auth);
        port.outgoing.failure(407, List.of(challenge), OptionalInt.empty());
        assertEquals(2, port.invites.size(), "a second challenge is not answered again");
        assertEquals(CallPhase.ENDED, call.phase());
        assertEquals(DigestAuth.Algorithm.MD5, DigestAuth.Challenge.parse(challenge).orElseThrow().algorithm());
    }

    @Test
    void aHangUpBeforeAnyProvisionalWaitsForOneThenCancels() {
        dial("0398765432");
        call.released(CallSide.PBX, 16);
        assertEquals(1, port.sent.size(), "no CANCEL before a provisional response (RFC 3261 §9.1)");
        port.outgoing.provisional(100, Optional.empty());
        assertEquals("CANCEL", port.sent.get(1));
        port.outgoing.failure(487, List.of(), OptionalInt.empty());
        assertEquals(DialogState.TERMINATED, leg.state());
        assertEquals(0, core.inProgress());
    }

    @Test
    void aTwoHundredCrossingTheCancelIsAckedAndByed() {
        dial("0398765432");
        port.outgoing.provisional(180, Optional.empty());
        call.released(CallSide.PBX, 16);
        assertEquals("CANCEL", port.sent.get(1));
        port.outgoing.success(Optional.of("v=0 m=audio 50000 RTP/AVP 0"), Optional.empty());
        assertEquals(List.of("ACK", "BYE"), port.sent.subList(2, 4));
        assertEquals(DialogState.TERMINATED, leg.state());
        assertEquals("ALERTING ", pbx.toString(), "the PBX already hung up: it hears nothing more");
    }

    @Test
    void afterTheAnswerTheHangUpIsBye() {
        dial("0398765432");
        port.outgoing.success(Optional.of("v=0 m=audio 50000 RTP/AVP 0"), Optional.empty());
        call.released(CallSide.PBX, 16);
        assertEquals(List.of("ACK", "BYE"), port.sent.subList(1, 3));
    }

    @Test
    void holdIsAnsweredWithoutDroppingTheCall() {
        dial("0398765432");
        port.outgoing.success(Optional.of("v=0 m=audio 50000 RTP/AVP 0"), Optional.empty());
        CallMedia.Negotiation n = port.outgoing.reinvite("v=0 m=audio 50000 RTP/AVP 0 a=sendonly");
        assertTrue(n instanceof CallMedia.Negotiation.Agreed);
        assertEquals(CallPhase.CONNECTED, call.phase());
    }

    @Test
    void anAnswerWithoutG711EndsTheCall() {
        dial("0398765432");
        port.outgoing.success(Optional.of("v=0 m=audio 50000 RTP/AVP 18"), Optional.empty());
        assertEquals(List.of("ACK", "BYE"), port.sent.subList(1, 3));
        assertEquals("DISCONNECT-65 ", pbx.toString());
    }

    @Test
    void sessionTimersAreRefreshedByUsOrWatched() {
        dial("0398765432");
        port.outgoing.success(Optional.empty(), Optional.of(new SessionTimer(Duration.ofSeconds(1800), true)));
        clock.advance(Duration.ofSeconds(900));
        assertEquals("re-INVITE", port.sent.get(2));
        clock.advance(Duration.ofSeconds(900));
        assertEquals(4, port.sent.size(), "refreshed again at half the interval");
        dial("0398765431");
        port.sent.clear();
        port.outgoing.success(Optional.empty(), Optional.of(new SessionTimer(Duration.ofSeconds(90), false)));
        clock.advance(Duration.ofSeconds(59));
        port.outgoing.reinvite("v=0 m=audio 50000 RTP/AVP 0"); // the carrier refreshes in time
        clock.advance(Duration.ofSeconds(59));
        assertEquals(DialogState.CONFIRMED, leg.state());
        clock.advance(Duration.ofSeconds(2)); // 90 − 30 = 60 s after the refresh: gone (RFC 4028 §10)
        assertEquals(DialogState.TERMINATED, leg.state());
        assertEquals(List.of("ACK", "BYE"), port.sent);
        assertTrue(pbx.toString().endsWith("DISCONNECT-102 "), pbx.toString());
    }

    @Test
    void noResponseAtAllIsATimeout() {
        dial("0398765432");
        port.outgoing.failed("Timer B");
        assertEquals(408, leg.finalStatus());
        assertEquals("DISCONNECT-102 ", pbx.toString());
    }
}
