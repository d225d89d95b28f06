package org.voipgw.agent.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.sip.sim.SimulatedCarrier;
import org.voipgw.agent.sip.digest.DigestAuth.Algorithm;
import org.voipgw.led.status.RegistrationState;

class SipRegistrationTest {
    private static final Duration MS = Duration.ofMillis(1);

    @Test
    void registersWithADigestChallengeAndTheStrongestAlgorithm() {
        RegistrationHarness h = new RegistrationHarness().start(3600);
        assertEquals(RegistrationState.REGISTERING, h.registration.state());
        h.advance(Duration.ofSeconds(1));
        assertEquals(RegistrationState.REGISTERED, h.registration.state());
        assertTrue(h.carrier.isRegistered("0312345678"));
        List<SimulatedCarrier.Received> rs = h.carrier.received();
        assertEquals(2, rs.size());
        assertFalse(rs.get(0).authorized());
        assertTrue(rs.get(1).authorized());
        assertFalse(h.registration.snapshot().lost());
        assertEquals(h.clock.now().minusSeconds(1).plusMillis(40).plusSeconds(3600),
                h.registration.snapshot().expiresAt());
        h.assertCseqAndCallIdRules();
    }

    @Test
    void answersMd5WhenThatIsAllThatIsOffered() {
        RegistrationHarness h = new RegistrationHarness();
        h.carrier.offer(List.of(Algorithm.MD5));
        h.start(3600).advance(Duration.ofSeconds(1));
        assertEquals(RegistrationState.REGISTERED, h.registration.state());
    }

    @Test
    void refreshesAtHalfTheGrantedLifetimeForADay() {
        RegistrationHarness h = new RegistrationHarness();
        h.carrier.maxExpires(600); // the registrar grants less than asked
        h.start(3600);
        h.advance(Duration.ofHours(24));
        List<SimulatedCarrier.Received> rs = h.carrier.received();
        // 2 for the first registration, then one pre-authorised refresh every 300 s (+ 20 ms answer time)
        assertEquals(2 + 24 * 3600 * 1000 / 300_020, rs.size());
        for (int i = 2; i < rs.size(); i++) {
            long gap = Duration.between(rs.get(i - 1).at(), rs.get(i).at()).toMillis();
            assertEquals(300_020, gap, "refresh " + i + " at half of 600 s after the 200");
            assertTrue(rs.get(i).authorized(), "refreshes reuse the challenge (nc+1)");
        }
        assertTrue(h.snapshots.stream().dropWhile(s -> s.state() != RegistrationState.REGISTERED)
                        .allMatch(s -> s.state() == RegistrationState.REGISTERED),
                "the lamp never drops during refreshes");
        h.assertCseqAndCallIdRules();
    }

    @Test
    void honoursMinExpiresOf423() {
        RegistrationHarness h = new RegistrationHarness();
        h.carrier.minExpires(1800);
        h.start(300).advance(Duration.ofSeconds(1));
        assertEquals(RegistrationState.REGISTERED, h.registration.state());
        List<SimulatedCarrier.Received> rs = h.carrier.received();
        assertEquals(List.of(300, 300, 1800), rs.stream().map(SimulatedCarrier.Received::expires).toList());
        assertEquals(h.clock.now().minusSeconds(1).plusMillis(60).plusSeconds(1800),
                h.registration.snapshot().expiresAt());
        h.advance(Duration.ofSeconds(900));
        assertEquals(1800, h.carrier.received().get(3).expires(), "refresh keeps the Min-Expires");
        h.assertCseqAndCallIdRules();
    }

    @Test
    void rejectedPasswordIsAuthFailedAndRetriesOnTheBackoff() {
        RegistrationHarness h = new RegistrationHarness();
        h.carrier.authReject(true);
        h.start(3600).advance(Duration.ofSeconds(1));
        SipRegistration.Snapshot s = h.registration.snapshot();
        assertEquals(RegistrationState.AUTH_FAILED, s.state());
        assertTrue(s.lost());
        assertTrue(s.lastError().contains("credentials rejected"), s.lastError());
        assertEquals(2, h.carrier.received().size(), "one answer to the challenge, then stop");
        long failedAt = h.clock.millis() - 1000 + 40;
        long retry = s.retryAt().toEpochMilli() - failedAt;
        assertTrue(retry >= 30_000 && retry <= 60_000, "first retry within [30, 60] s: " + retry);
        // fixed on the carrier's side: the next scheduled retry succeeds
        h.carrier.authReject(false);
        h.advance(Duration.ofSeconds(61));
        assertEquals(RegistrationState.REGISTERED, h.registration.state());
        assertFalse(h.registration.snapshot().lost());
        h.assertCseqAndCallIdRules();
    }

    @Test
    void forbiddenIsAuthFailed() {
        RegistrationHarness h = new RegistrationHarness();
        ScriptedPort port = new ScriptedPort(req -> SipResponse.of(req.callId(), req.cseq(), 403, "Forbidden"));
        SipRegistration r = new SipRegistration(h.clock, port, h.random, SipRegistration.Timing.DEFAULT, s -> { });
        r.wanChanged(true);
        r.configure(RegistrationHarness.account(3600));
        h.clock.runDue();
        assertEquals(RegistrationState.AUTH_FAILED, r.state());
    }

    @Test
    void retryAfterOfA503IsHonouredWhenLaterThanTheBackoff() {
        RegistrationHarness h = new RegistrationHarness();
        ScriptedPort port = new ScriptedPort(req -> new SipResponse(req.callId(), req.cseq(), 503,
                "Service Unavailable", List.of(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(600)));
        SipRegistration r = new SipRegistration(h.clock, port, h.random, SipRegistration.Timing.DEFAULT, s -> { });
        r.wanChanged(true);
        r.configure(RegistrationHarness.account(3600));
        h.clock.runDue();
        assertEquals(RegistrationState.RETRY_WAIT, r.state());
        assertEquals(h.clock.now().plusSeconds(600), r.snapshot().retryAt());
    }

    @Test
    void timeoutsBackOffPerRfc5626AndNeverRetryAtOnce() {
        RegistrationHarness h = new RegistrationHarness();
        h.carrier.down(true);
        h.start(3600);
        h.advance(Duration.ofHours(6));
        List<SimulatedCarrier.Received> rs = h.carrier.received();
        assertTrue(rs.size() >= 8, "retries keep coming: " + rs.size());
        for (int i = 1; i < rs.size(); i++) {
            // request i-1 timed out 32 s after it was sent (Timer F); the retry waits 50–100 % of the bound
            Instant failedAt = rs.get(i - 1).at().plusSeconds(32);
            long wait = Duration.between(failedAt, rs.get(i).at()).toMillis();
            long bound = Math.min(1800, 30L << i) * 1000;
            assertTrue(wait >= bound / 2 && wait <= bound, "retry " + i + " waited " + wait + " ms, bound " + bound);
        }
        assertEquals(RegistrationState.RETRY_WAIT, h.registration.state());
        assertTrue(h.registration.snapshot().lost());
        h.carrier.down(false);
        h.advance(Duration.ofMinutes(31));
        assertEquals(RegistrationState.REGISTERED, h.registration.state());
        h.assertCseqAndCallIdRules();
    }

    @Test
    void aFailedRefreshKeepsTheBindingUntilItLapses() {
        RegistrationHarness h = new RegistrationHarness();
        h.carrier.maxExpires(120);
        h.start(3600).advance(Duration.ofSeconds(1));
        h.carrier.down(true);
        h.advance(Duration.ofSeconds(60 + 32)); // refresh at 60 s, timeout 32 s later
        assertEquals(RegistrationState.REGISTERED, h.registration.state(), "still bound until 120 s");
        assertNotNull(h.registration.snapshot().retryAt());
        h.advance(Duration.ofSeconds(28)); // lapses at 120 s, before the retry (≥ 30 s after the timeout)
        assertEquals(RegistrationState.RETRY_WAIT, h.registration.state());
        assertTrue(h.registration.snapshot().lastError().startsWith("registration expired"));
        assertTrue(h.registration.snapshot().lost());
        h.assertCseqAndCallIdRules();
    }

    @Test
    void wanLossIsFollowedAndItsReturnRegistersPromptly() {
        RegistrationHarness h = new RegistrationHarness().start(3600);
        h.advance(Duration.ofSeconds(1));
        h.registration.wanChanged(false);
        assertEquals(RegistrationState.UNREGISTERED, h.registration.state());
        assertTrue(h.registration.snapshot().lost());
        int before = h.carrier.received().size();
        h.advance(Duration.ofHours(2));
        assertEquals(before, h.carrier.received().size(), "nothing is sent without a WAN");
        h.registration.wanChanged(true);
        assertEquals(RegistrationState.REGISTERING, h.registration.state());
        assertEquals(h.clock.now(), h.carrier.received().get(before).at(), "at once");
        h.advance(Duration.ofSeconds(1));
        assertEquals(RegistrationState.REGISTERED, h.registration.state());
        h.assertCseqAndCallIdRules();
    }

    @Test
    void noWanMeansNoRequestAndCountsAsAFailedFirstAttemptAfterATransactionTime() {
        RegistrationHarness h = new RegistrationHarness();
        h.registration.configure(RegistrationHarness.account(3600));
        h.advance(Duration.ofSeconds(1));
        assertFalse(h.registration.snapshot().lost(), "no red flash while the WAN may still come up");
        h.advance(Duration.ofMinutes(10));
        assertEquals(0, h.carrier.received().size(), "nothing can be sent without a WAN");
        assertTrue(h.registration.snapshot().lost(), "a box whose WAN never came up takes the PBX side out of service");
        assertEquals("WAN down: cannot register", h.registration.snapshot().lastError());
    }

    @Test
    void lossyAndSlowCarrierNeverSeesTwoRegistersInFlight() {
        RegistrationHarness h = new RegistrationHarness();
        h.carrier.loss(40);
        h.carrier.maxExpires(120);
        h.carrier.delay(Duration.ofSeconds(20));
        h.start(3600);
        h.advance(Duration.ofHours(12));
        h.carrier.delay(Duration.ofSeconds(40)); // answers after Timer F: stale, ignored
        h.advance(Duration.ofHours(12));
        assertTrue(h.carrier.received().size() > 100);
        h.assertCseqAndCallIdRules();
    }

    @Test
    void unRegistersOnOrderlyShutdown() {
        RegistrationHarness h = new RegistrationHarness().start(3600);
        h.advance(Duration.ofSeconds(1));
        List<String> done = new ArrayList<>();
        h.registration.shutdown(() -> done.add("done"));
        h.advance(Duration.ofSeconds(1));
        SimulatedCarrier.Received last = h.carrier.received().getLast();
        assertEquals(0, last.expires());
        assertTrue(last.authorized());
        assertFalse(h.carrier.isRegistered("0312345678"));
        assertEquals(List.of("done"), done);
        assertEquals(RegistrationState.UNREGISTERED, h.registration.state());
        assertFalse(h.registration.snapshot().lost());
        h.advance(Duration.ofHours(2));
        assertEquals(3, h.carrier.received().size(), "nothing after shutdown");
        h.assertCseqAndCallIdRules();
    }

    @Test
    void everyBootHasItsOwnCallId() {
        RegistrationHarness a = new RegistrationHarness();
        SipRegistration second = new SipRegistration(a.clock, a.carrier, a.random, SipRegistration.Timing.DEFAULT,
                s -> { });
        assertNotEquals(a.registration.callId(), second.callId());
    }

    @Test
    void staleNonceIsAnsweredAgainNotTakenForAWrongPassword() {
        RegistrationHarness h = new RegistrationHarness();
        int[] n = {0};
        ScriptedPort port = new ScriptedPort(req -> {
            n[0]++;
            if (n[0] <= 2) {
                return new SipResponse(req.callId(), req.cseq(), 401, "Unauthorized",
                        List.of("Digest realm=\"r\", nonce=\"n" + n[0] + "\"" + (n[0] == 2 ? ", stale=true" : "")),
                        OptionalInt.empty(), OptionalInt.empty());
            }
            return new SipResponse(req.callId(), req.cseq(), 200, "OK", List.of(), OptionalInt.empty(),
                    OptionalInt.empty());
        });
        SipRegistration r = new SipRegistration(h.clock, port, h.random, SipRegistration.Timing.DEFAULT, s -> { });
        r.wanChanged(true);
        r.configure(RegistrationHarness.account(3600));
        h.clock.runDue();
        assertEquals(RegistrationState.REGISTERED, r.state());
        assertEquals(3, n[0]);
    }

    @Test
    void aNewAddressOfRecordRemovesTheOldBindingFirst() {
        RegistrationHarness h = RegistrationHarness.registeredKnowing("0398765432", "other");
        SipAccount next = RegistrationHarness.account("0398765432", "other", 3600);
        h.registration.configure(next);
        h.registration.configure(next); // a second change while the goodbye is in flight
        h.advance(Duration.ofSeconds(1));
        assertFalse(h.carrier.isRegistered("0312345678"), "old binding removed");
        assertTrue(h.carrier.isRegistered("0398765432"));
        assertEquals(0, h.carrier.received().get(2).expires());
        h.assertCseqAndCallIdRules();
    }

    @Test
    void aPasswordChangeReRegistersWithoutAGoodbye() {
        RegistrationHarness h = RegistrationHarness.registeredKnowing("0312345678", "new-secret");
        h.registration.configure(RegistrationHarness.account("0312345678", "new-secret", 3600));
        h.advance(Duration.ofSeconds(1));
        assertEquals(RegistrationState.REGISTERED, h.registration.state());
        assertTrue(h.carrier.received().stream().noneMatch(r -> r.expires() == 0));
        h.assertCseqAndCallIdRules();
    }

    @Test
    void wanLossDuringTheGoodbyeStillAppliesTheNewAccount() {
        RegistrationHarness h = RegistrationHarness.registeredKnowing("0398765432", "other");
        h.registration.configure(RegistrationHarness.account("0398765432", "other", 3600));
        h.registration.wanChanged(false);
        assertEquals("0398765432", h.registration.account().orElseThrow().user());
        h.registration.wanChanged(true);
        h.advance(Duration.ofSeconds(1));
        assertTrue(h.carrier.isRegistered("0398765432"));
        h.assertCseqAndCallIdRules();
    }
}
