package org.voipgw.agent.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.time.VirtualClock;

class CallTest {
    private final VirtualClock clock = new VirtualClock();
    private final CallCore core = new CallCore(clock, 2, () -> true);
    private final RecordingLeg pbx = new RecordingLeg();
    private final RecordingLeg ip = new RecordingLeg();

    private Call fromPbx() {
        Call c = ((Admission.Admitted) core.fromPbx("pri", "0312345678", CallingParty.allowed("0398765432"))).call();
        c.attach(CallSide.PBX, pbx);
        c.attach(CallSide.IP, ip);
        return c;
    }

    @Test
    void progressOfTheCalledSideReachesTheCaller() {
        Call c = fromPbx();
        assertTrue(c.proceeding(CallSide.IP));
        assertTrue(c.alerting(CallSide.IP, false));
        assertTrue(c.alerting(CallSide.IP, true)); // 183 after 180: early media starts
        clock.advance(Duration.ofSeconds(2));
        assertTrue(c.answered(CallSide.IP));
        clock.advance(Duration.ofSeconds(30));
        assertTrue(c.released(CallSide.PBX, 16));
        assertEquals(List.of("proceeding", "alerting", "early-media", "answered"), pbx.heard);
        assertEquals(List.of("released 16"), ip.heard);
        assertEquals(Duration.ofSeconds(30), c.talkTime());
        assertEquals(CallSide.PBX, c.clearedBy().orElseThrow());
    }

    @Test
    void theCallingSideCannotAnswerOrRingItsOwnCall() {
        Call c = fromPbx();
        assertFalse(c.answered(CallSide.PBX));
        assertFalse(c.alerting(CallSide.PBX, false));
        assertFalse(c.proceeding(CallSide.PBX));
        assertEquals(CallPhase.SETTING_UP, c.phase());
        assertTrue(ip.heard.isEmpty());
    }

    @Test
    void phasesOnlyMoveForward() {
        Call c = fromPbx();
        c.alerting(CallSide.IP, true);
        assertFalse(c.alerting(CallSide.IP, false), "a 180 after a 183 keeps the early media");
        assertFalse(c.proceeding(CallSide.IP), "a late 100");
        c.answered(CallSide.IP);
        assertFalse(c.answered(CallSide.IP), "a retransmitted 200");
        assertEquals(List.of("early-media", "answered"), pbx.heard);
    }

    @Test
    void crossingReleasesEndTheCallOnceAndNeverEchoTheCause() {
        Call c = fromPbx();
        c.answered(CallSide.IP);
        assertTrue(c.released(CallSide.IP, 16)); // BYE from the carrier
        assertFalse(c.released(CallSide.PBX, 16)); // the PBX's DISCONNECT crossing it
        assertFalse(c.answered(CallSide.IP)); // a 200 racing the CANCEL
        assertEquals(1, pbx.releases);
        assertEquals(0, ip.releases, "the side that cleared is not told its own release");
        assertEquals(0, core.inProgress());
        assertEquals(16, core.history().get(0).cause());
    }

    @Test
    void aLegAttachedAfterTheCallEndedIsClearedAtOnce() {
        Call c = ((Admission.Admitted) core.fromPbx("pri", "117", CallingParty.unavailable())).call();
        c.attach(CallSide.PBX, pbx);
        c.released(CallSide.PBX, 16); // the PBX gave up before the INVITE went out
        c.attach(CallSide.IP, ip);
        assertEquals(List.of("released 16"), ip.heard);
    }

    @Test
    void aLegIsAttachedOnce() {
        Call c = fromPbx();
        assertThrows(IllegalStateException.class, () -> c.attach(CallSide.IP, new RecordingLeg()));
    }

    @Test
    void anInvalidCauseBecomesNormalClearing() {
        Call c = fromPbx();
        c.released(CallSide.IP, 0);
        assertEquals(List.of("released 16"), pbx.heard);
    }

    @Test
    void callsToThePbxAreAnsweredByThePbx() {
        Admission a = core.toPbx("bri1", "0312345678", CallingParty.allowed("09011112222"));
        Call c = assertInstanceOf(Admission.Admitted.class, a).call();
        c.attach(CallSide.IP, ip);
        c.attach(CallSide.PBX, pbx);
        assertFalse(c.answered(CallSide.IP));
        assertTrue(c.alerting(CallSide.PBX, false));
        assertTrue(c.answered(CallSide.PBX));
        assertEquals(List.of("alerting", "answered"), ip.heard);
    }
}
