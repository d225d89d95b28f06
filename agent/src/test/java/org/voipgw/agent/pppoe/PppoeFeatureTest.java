package org.voipgw.agent.pppoe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.device.ActionSpec;
import org.voipgw.agent.device.FaultSpec;
import org.voipgw.agent.device.ProbeSpec;
import org.voipgw.agent.pppoe.sim.PppoeAccount;
import org.voipgw.agent.pppoe.sim.IspFaults;
import org.voipgw.agent.pppoe.sim.SimulatedAccessConcentrator;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.LampState;
import org.voipgw.led.status.PppState;
import org.voipgw.hal.time.Scheduler;

/** The PPPoE client against the simulated ISP, on virtual time. */
class PppoeFeatureTest {
    private final SimulatedAccessConcentrator isp = SimulatedAccessConcentrator.acceptingAnyAccount();
    private final PppoeFeature pppoe = IspFaults.pppoe(isp);
    private final IspFaults ispFaults = new IspFaults(isp);

    private TestDevice device(GatewayModel model) {
        return new TestDevice(model, pppoe, ispFaults);
    }

    private static Map<String, String> session(int n, String user, String password) {
        return Map.of("pppoe." + n + ".enabled", "true", "pppoe." + n + ".user", user, "pppoe." + n + ".password",
                password);
    }

    /** A powered-on device whose session 1 (always on, plus {@code extra} settings) is connected. */
    @SafeVarargs
    private TestDevice connected(GatewayModel model, Map<String, String>... extra) {
        TestDevice d = device(model);
        d.set(session(1, "a@isp", "x"));
        for (Map<String, String> e : extra) {
            d.set(e);
        }
        d.powerOn();
        d.advance(Duration.ofSeconds(1));
        assertEquals("connected", state(1));
        return d;
    }

    private String state(int n) {
        return pppoe.status(n).state();
    }

    private FaultSpec fault(String name) {
        return ispFaults.vocabulary().faults(GatewayModel.VIII).stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void alwaysOnSessionConnectsAtBootAndLightsThePppLamp() {
        TestDevice d = device(GatewayModel.VIII);
        d.set(session(1, "user@isp.ne.jp", "secret"));
        assertEquals("stopped", state(1), "nothing happens before power-on");
        d.powerOn();
        assertEquals("connecting", state(1));
        assertEquals(LampState.OFF, d.pppLamp());
        d.advance(Duration.ofMillis(100));
        assertEquals("connected", state(1));
        assertEquals("203.0.113.10", pppoe.status(1).address());
        assertEquals(PppState.CONNECTED, d.status().ppp().get(0));
        assertEquals(LampState.GREEN, d.pppLamp(), "Ⅷ: one session → green (guide 4451)");
        assertTrue(d.device.log().recent().stream().anyMatch(l -> l.contains("PPPoE session 1: 接続 (connected)"
                + " 203.0.113.10")), "state changes are in the device log (web UI ログ)");
    }

    @Test
    void twoSessionsOnModelEightShowOrange() {
        TestDevice d = device(GatewayModel.VIII);
        d.set(session(1, "a@isp.ne.jp", "x"));
        d.set(session(2, "b@isp.ne.jp", "y"));
        d.powerOn();
        d.advance(Duration.ofSeconds(1));
        assertEquals("203.0.113.11", pppoe.status(2).address());
        assertEquals(LampState.ORANGE, d.pppLamp(), "Ⅷ: two sessions → orange (guide 4453)");
        pppoe.disconnect(2);
        assertEquals(LampState.GREEN, d.pppLamp());
    }

    @Test
    void authFailureIsShownDistinctlyAndRetriedSlowly() {
        TestDevice d = device(GatewayModel.III);
        d.fault("pppoe.auth", "reject");
        d.set(session(1, "a@isp.ne.jp", "x"));
        d.powerOn();
        d.advance(Duration.ofMillis(3_000));
        assertEquals("connecting", state(1), "pppd needs ~3.5 s to give up on a refused account");
        d.advance(Duration.ofMillis(1_000));
        assertEquals("auth-failed", state(1));
        assertEquals(LampState.GREEN_BLINK, d.pppLamp(), "Ⅲ–Ⅶ: retrying after an error → green-blink");
        assertEquals(Duration.ofMillis(3_540 + 60_000), Duration.between(Instant.parse("2026-01-01T00:00:02Z"),
                Instant.parse(pppoe.status(1).retryAt())), "discovery+LCP 40 ms, refusal 3.5 s, then 60 s");
        assertTrue(pppoe.status(1).lastError().contains("refused"), pppoe.status(1).lastError());

        List<Long> waits = new ArrayList<>();
        pppoe.onChange(st -> {
            if (st.retryAt() != null) {
                waits.add(Duration.between(d.clock.now(), Instant.parse(st.retryAt())).toSeconds());
            }
        });
        for (int i = 0; i < 6; i++) {
            d.clock.advanceTo(Instant.parse(pppoe.status(1).retryAt()).toEpochMilli());
            assertEquals("auth-failed", state(1), "the retry attempt keeps 認証失敗 on show");
            assertTrue(pppoe.status(1).attempting());
            assertEquals(LampState.GREEN_BLINK, d.pppLamp(), "the lamp does not flicker off during retries");
            d.advance(Duration.ofMillis(3_600));
        }
        assertEquals(List.of(120L, 240L, 480L, 600L, 600L, 600L), waits);

        d.clear("pppoe.auth");
        d.clock.advanceTo(Instant.parse(pppoe.status(1).retryAt()).toEpochMilli());
        d.advance(Duration.ofMillis(100));
        assertEquals("connected", state(1));
        assertNull(pppoe.status(1).lastError());
        assertEquals(LampState.GREEN, d.pppLamp());
    }

    @Test
    void accountsFaultAcceptsOnlyTheListedAccounts() {
        TestDevice d = device(GatewayModel.VIII);
        FaultSpec accounts = fault("pppoe.accounts");
        assertTrue(accounts.checkArg().apply("nocolon").isPresent());
        assertTrue(accounts.checkArg().apply("a b:x").isPresent());
        assertTrue(accounts.checkArg().apply("a@isp:x\ny").isPresent());
        assertTrue(accounts.checkArg().apply("").isPresent());
        assertTrue(accounts.checkArg().apply("a@isp:right,b@isp:pa:ss").isEmpty());
        d.fault("pppoe.accounts", "a@isp:right,b@isp:pa:ss");

        d.set(session(1, "a@isp", "wrong"));
        d.set(session(2, "b@isp", "pa:ss"));
        d.powerOn();
        d.advance(Duration.ofSeconds(4));
        assertEquals("auth-failed", state(1));
        assertEquals("connected", state(2));

        d.set(Map.of("pppoe.1.password", "right"));
        assertEquals("connecting", state(1), "new settings: a fresh start, no 60 s wait");
        d.advance(Duration.ofMillis(100));
        assertEquals("connected", state(1));
        d.clear("pppoe.accounts");
        assertTrue(isp.accounts().isEmpty());
    }

    @Test
    void demoIspHasExactlyOneAccount() {
        SimulatedAccessConcentrator demo = SimulatedAccessConcentrator.demo();
        assertEquals(List.of(SimulatedAccessConcentrator.DEMO_ACCOUNT), demo.accounts());
        PppoeFeature f = IspFaults.pppoe(demo);
        TestDevice d = new TestDevice(GatewayModel.VIII, f, new IspFaults(demo));
        PppoeAccount a = SimulatedAccessConcentrator.DEMO_ACCOUNT;
        d.set(session(1, a.user(), a.password() + "x"));
        d.set(session(2, a.user(), a.password()));
        d.powerOn();
        d.advance(Duration.ofSeconds(4));
        assertEquals("auth-failed", f.status(1).state());
        assertEquals("connected", f.status(2).state());
        assertFalse(a.toString().contains(a.password()));
    }

    @Test
    void anAssembledDevicesIspCanBeGivenTheDemoAccount() {
        TestDevice d = device(GatewayModel.VIII);
        PppoeAccount a = SimulatedAccessConcentrator.DEMO_ACCOUNT;
        d.device.feature(IspFaults.class).orElseThrow().isp().setUsualAccounts(List.of(a));
        d.set(session(1, a.user(), "wrong"));
        d.powerOn();
        d.advance(Duration.ofSeconds(4));
        assertEquals("auth-failed", state(1));
        d.fault("pppoe.accounts", "x@isp:wrong");
        d.clear("pppoe.accounts");
        assertEquals(List.of(a), isp.accounts(), "clear returns to the usual accounts");
    }

    @Test
    void accessConcentratorDownFailsDiscoveryAfterRfc2516BackoffThenRecovers() {
        TestDevice d = device(GatewayModel.VI);
        d.fault("pppoe.ac", "down");
        d.set(session(1, "a@isp", "x"));
        d.powerOn();
        d.advance(Duration.ofMillis(34_999));
        assertEquals("connecting", state(1), "PADI resent after 5 s and 10 s, given up after 20 s more");
        assertEquals(LampState.OFF, d.pppLamp());
        d.advance(Duration.ofMillis(1));
        assertEquals("retry-wait", state(1));
        assertTrue(pppoe.status(1).lastError().contains("PADO"), pppoe.status(1).lastError());
        assertEquals(d.clock.now().plusSeconds(5).toString(), pppoe.status(1).retryAt());
        assertEquals(LampState.GREEN_BLINK, d.pppLamp());
        d.advance(Duration.ofSeconds(5 + 35));
        assertEquals(d.clock.now().plusSeconds(10).toString(), pppoe.status(1).retryAt(), "second wait doubles");

        d.clear("pppoe.ac");
        d.advance(Duration.ofSeconds(10));
        d.advance(Duration.ofMillis(100));
        assertEquals("connected", state(1));
        assertEquals(LampState.GREEN, d.pppLamp());
    }

    @Test
    void echoLossDropsTheLinkAfterFailuresPlusOneIntervals() {
        TestDevice d = connected(GatewayModel.VIII, Map.of("pppoe.1.echo-interval", "10", "pppoe.1.echo-failures", "3"));
        d.advance(Duration.ofMinutes(10));
        assertEquals("connected", state(1), "answered echoes keep the link");
        Instant lost = d.clock.now();
        d.fault("pppoe.echo", "lost");
        d.advance(Duration.ofSeconds(39));
        assertEquals("connected", state(1));
        d.advance(Duration.ofSeconds(1));
        assertEquals("retry-wait", state(1), "3 unanswered echoes at 10 s → dead at the 4th interval");
        assertTrue(Duration.between(lost, d.clock.now()).toSeconds() <= 40);
        assertTrue(pppoe.status(1).lastError().contains("echo"));
        assertEquals(LampState.OFF, d.pppLamp(), "Ⅷ has no retry lamp: no session → off");
        d.clear("pppoe.echo");
        d.advance(Duration.ofSeconds(6));
        assertEquals("connected", state(1));
    }

    @Test
    void padtEndsTheSessionAndItReconnectsAfterTheFirstHoldoff() {
        TestDevice d = connected(GatewayModel.VIII);
        d.fault("pppoe.padt", "");
        assertEquals("retry-wait", state(1));
        assertTrue(pppoe.status(1).lastError().contains("PADT"));
        d.advance(Duration.ofSeconds(5));
        d.advance(Duration.ofMillis(100));
        assertEquals("connected", state(1));
        assertEquals("203.0.113.10", pppoe.status(1).address(), "the lease was returned on PADT");
    }

    @Test
    void wanCableCutDropsSessionsWhichReturnWithTheLink() {
        TestDevice d = connected(GatewayModel.IV);
        d.wan(false);
        assertEquals("retry-wait", state(1));
        assertNull(pppoe.status(1).retryAt(), "no timer: waiting for the link");
        assertTrue(pppoe.status(1).lastError().contains("WAN"));
        assertEquals(LampState.GREEN_BLINK, d.pppLamp(), "guide remedy ①: check the WAN cable");
        d.advance(Duration.ofHours(1));
        assertEquals("retry-wait", state(1));
        d.wan(true);
        d.advance(Duration.ofMillis(100));
        assertEquals("connected", state(1));
    }

    @Test
    void cableOutAtBootWaitsForTheLink() {
        TestDevice d = device(GatewayModel.VIII);
        d.set(session(1, "a@isp", "x"));
        d.wan(false);
        d.powerOn();
        assertEquals("retry-wait", state(1));
        d.wan(true);
        d.advance(Duration.ofMillis(100));
        assertEquals("connected", state(1));
    }

    @Test
    void manualModeConnectsOnlyOnTheButtons() {
        TestDevice d = device(GatewayModel.VIII);
        d.set(session(1, "a@isp", "x"));
        d.set(Map.of("pppoe.1.mode", "manual"));
        d.powerOn();
        d.advance(Duration.ofMinutes(5));
        assertEquals("stopped", state(1));
        action().run().accept(d.device, List.of("1", "connect"));
        d.advance(Duration.ofMillis(100));
        assertEquals("connected", state(1));
        action().run().accept(d.device, List.of("1", "disconnect"));
        assertEquals("stopped", state(1));
        assertNull(pppoe.status(1).address());
        assertEquals(0, d.clock.pending(), "no timers left behind");
    }

    @Test
    void alwaysOnSessionStaysDownAfterDisconnectUntilConnectOrReboot() {
        TestDevice d = connected(GatewayModel.VIII);
        pppoe.disconnect(1);
        d.advance(Duration.ofHours(1));
        assertEquals("stopped", state(1));
        assertTrue(pppoe.connect(1));
        d.advance(Duration.ofSeconds(1));
        assertEquals("connected", state(1));
    }

    @Test
    void onDemandConnectsOnTrafficAndDropsWhenIdle() {
        TestDevice d = device(GatewayModel.VIII);
        d.set(session(1, "a@isp", "x"));
        d.set(Map.of("pppoe.1.mode", "on-demand", "pppoe.1.idle", "60"));
        d.powerOn();
        assertEquals("stopped", state(1));
        action().run().accept(d.device, List.of("1", "traffic"));
        d.advance(Duration.ofSeconds(1));
        assertEquals("connected", state(1));
        d.advance(Duration.ofSeconds(50));
        pppoe.demand(1);
        d.advance(Duration.ofSeconds(50));
        assertEquals("connected", state(1), "traffic restarted the idle timer");
        d.advance(Duration.ofSeconds(10));
        assertEquals("stopped", state(1));
        assertNull(pppoe.status(1).lastError(), "an idle time-out is not an error");
        d.advance(Duration.ofHours(1));
        assertEquals("stopped", state(1));
        pppoe.connect(1);
        d.advance(Duration.ofSeconds(1));
        assertEquals("connected", state(1));
    }

    @Test
    void disabledSessionNeverConnects() {
        TestDevice d = device(GatewayModel.VIII);
        d.set(Map.of("pppoe.1.user", "a@isp"));
        d.powerOn();
        assertFalse(pppoe.connect(1));
        d.advance(Duration.ofMinutes(1));
        assertEquals("stopped", state(1));
        assertFalse(pppoe.status(1).enabled());
    }

    @Test
    void connectFromAnotherThreadSaysWhyItIsRefused() throws Exception {
        TestDevice d = device(GatewayModel.VIII);
        d.set(Map.of("pppoe.1.mode", "manual"));
        d.powerOn();
        var refused = pppoe.connectLater(1);
        d.clock.runDue();
        assertTrue(refused.get().orElseThrow().contains("not enabled"));
        d.set(Map.of("pppoe.1.enabled", "true"));
        var noUser = pppoe.connectLater(1);
        d.clock.runDue();
        assertTrue(noUser.get().orElseThrow().contains("user name"));
        d.set(Map.of("pppoe.1.user", "a@isp"));
        var ok = pppoe.connectLater(1);
        d.clock.runDue();
        assertTrue(ok.get().isEmpty());
        d.advance(Duration.ofSeconds(1));
        assertEquals("connected", state(1));
        var off = pppoe.disconnectLater(1);
        d.clock.runDue();
        off.get();
        assertEquals("stopped", state(1));
    }

    @Test
    void enabledWithoutUserNameStaysStoppedAndSaysWhy() {
        TestDevice d = device(GatewayModel.VIII);
        d.set(Map.of("pppoe.1.enabled", "true"));
        d.powerOn();
        d.advance(Duration.ofMinutes(1));
        assertEquals("stopped", state(1));
        assertTrue(pppoe.status(1).lastError().contains("pppoe.1.user"));
    }

    @Test
    void disablingASessionEndsItAndFreesTheLease() {
        TestDevice d = connected(GatewayModel.VIII);
        d.set(Map.of("pppoe.1.enabled", "false"));
        assertEquals("stopped", state(1));
        d.set(Map.of("pppoe.2.enabled", "true", "pppoe.2.user", "b@isp"));
        d.advance(Duration.ofSeconds(1));
        assertEquals("203.0.113.10", pppoe.status(2).address());
    }

    @Test
    void unrelatedSettingsDoNotDisturbASession() {
        TestDevice d = connected(GatewayModel.VIII);
        d.set(Map.of("pppoe.3.service", "other"));
        assertEquals("connected", state(1));
    }

    @Test
    void orderlyShutdownEndsEverythingAndLeavesNoTimers() {
        TestDevice d = device(GatewayModel.VIII);
        d.set(session(1, "a@isp", "x"));
        d.set(session(2, "b@isp", "y"));
        d.fault("pppoe.auth", "reject");
        d.powerOn();
        d.advance(Duration.ofSeconds(10));
        d.device.shutdownOrderly();
        d.clock.runDue();
        assertEquals("stopped", state(1));
        assertEquals("stopped", state(2));
        assertEquals(0, d.clock.pending());
    }

    @Test
    void actionAndProbeArgumentsAreChecked() {
        ActionSpec a = action();
        assertTrue(a.checkArgs().apply(List.of("1", "connect")).isEmpty());
        assertTrue(a.checkArgs().apply(List.of("5", "disconnect")).isEmpty());
        assertTrue(a.checkArgs().apply(List.of("6", "connect")).isPresent());
        assertTrue(a.checkArgs().apply(List.of("0", "connect")).isPresent());
        assertTrue(a.checkArgs().apply(List.of("1", "dial")).isPresent());
        assertTrue(a.checkArgs().apply(List.of("1")).isPresent());
        ProbeSpec p = pppoe.vocabulary().probes(GatewayModel.VIII).get(0);
        assertEquals(List.of("stopped", "connecting", "connected", "auth-failed", "retry-wait", "no-kernel-ppp"),
                p.values());
        assertTrue(p.checkArgs().apply(List.of("x")).isPresent());
        TestDevice d = device(GatewayModel.VIII);
        d.set(session(3, "a@isp", "x"));
        d.powerOn();
        d.advance(Duration.ofSeconds(1));
        assertEquals("connected", p.read().apply(d.device, List.of("3")));
        assertEquals("stopped", p.read().apply(d.device, List.of("1")));
    }

    @Test
    void faultsAreOfferedOnlyWithASimulatedIsp() {
        assertEquals(List.of("pppoe.accounts", "pppoe.ac", "pppoe.auth", "pppoe.echo", "pppoe.padt"),
                ispFaults.vocabulary().faults(GatewayModel.III).stream().map(FaultSpec::name).toList());
        PppoeFeature live = PppoeFeature.live(new NeverConnects());
        assertTrue(live.vocabulary().faults(GatewayModel.III).isEmpty(), "the PPPoE feature itself offers none");
        assertTrue(pppoe.vocabulary().faults(GatewayModel.III).isEmpty(), "nor does a simulated one: the ISP's are its own feature's");
        assertEquals(45, live.vocabulary().settings(GatewayModel.III).size());
    }

    @Test
    void statusJsonHasTheAgreedNames() throws Exception {
        TestDevice d = device(GatewayModel.VIII);
        d.set(session(1, "a@isp", "x"));
        d.fault("pppoe.ac", "down");
        d.powerOn();
        d.advance(Duration.ofSeconds(36));
        JsonNode j = new ObjectMapper().valueToTree(pppoe.statuses());
        assertEquals(5, j.size());
        JsonNode s1 = j.get(0);
        assertEquals(1, s1.get("session").asInt());
        assertTrue(s1.get("enabled").asBoolean());
        assertEquals("retry-wait", s1.get("state").asText());
        assertTrue(s1.get("address").isNull());
        assertEquals("2026-01-01T00:00:42Z", s1.get("retryAt").asText());
        assertNotNull(s1.get("lastError").asText());
        assertEquals("always", s1.get("mode").asText());
        assertFalse(s1.has("ppp"), "helper accessors stay out of the JSON");
        assertEquals("stopped", j.get(4).get("state").asText());
    }

    @Test
    void specsActOnTheDeviceTheyAreRunOnNotTheOneTheyCameFrom() {
        // the scenario parser reads actions, probes and faults from a description of the model, not the box
        PppoeFeature other = IspFaults.pppoe(SimulatedAccessConcentrator.acceptingAnyAccount());
        IspFaults otherIsp = new IspFaults(SimulatedAccessConcentrator.acceptingAnyAccount());
        TestDevice d = device(GatewayModel.VIII);
        d.set(session(1, "a@isp", "x"));
        d.set(Map.of("pppoe.1.mode", "manual"));
        d.powerOn();
        other.vocabulary().actions(GatewayModel.VIII).get(0).run().accept(d.device, List.of("1", "connect"));
        d.advance(Duration.ofSeconds(1));
        assertEquals("connected", other.vocabulary().probes(GatewayModel.VIII).get(0).read().apply(d.device, List.of("1")));
        otherIsp.vocabulary().faults(GatewayModel.VIII).stream().filter(f -> f.name().equals("pppoe.padt")).findFirst().orElseThrow()
                .inject().accept(d.device, "");
        assertEquals("retry-wait", state(1), "a manual session once connected is kept up until 切断");
    }

    private ActionSpec action() {
        return pppoe.vocabulary().actions(GatewayModel.VIII).get(0);
    }

    /** A backend whose attempts never finish (for wiring checks). */
    private static final class NeverConnects implements PppoeBackend {
        @Override
        public void attach(Scheduler loop, Path deviceDir) {
        }

        @Override
        public Link open(PppoeConfig config, LinkEvents events) {
            return orderly -> { };
        }
    }
}
