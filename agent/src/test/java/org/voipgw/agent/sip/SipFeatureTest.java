package org.voipgw.agent.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.voipgw.agent.sip.sim.SimulatedCarrier;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.pppoe.sim.IspFaults;
import org.voipgw.agent.pppoe.sim.SimulatedAccessConcentrator;
import org.voipgw.agent.settings.Validators;
import org.voipgw.agent.sip.sim.CarrierFaults;
import org.voipgw.agent.device.DeviceFeature;
import org.voipgw.agent.device.FeatureVocabulary;
import org.voipgw.agent.device.FaultSpec;
import org.voipgw.agent.settings.SettingKey;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampState;
import org.voipgw.led.status.LineState;
import org.voipgw.led.status.PppState;
import org.voipgw.led.status.RegistrationState;

class SipFeatureTest {
    private static final Map<String, String> ACCOUNT = Map.of("sip.registrar", "carrier.example:5060",
            "sip.user", "0312345678", "sip.password", "secret", "sip.domain", "carrier.example");

    /** The SIP feature under test, the simulated carrier it talks to, and what it told the PBX side. */
    record SimSip(SipFeature sip, CarrierFaults carrier, List<Boolean> gate) {
    }

    private static SimSip feature() {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(3);
        CarrierFaults carrier = new CarrierFaults(random);
        List<Boolean> gate = new ArrayList<>();
        return new SimSip(SipFeature.of(carrier, random, SipRegistration.Timing.DEFAULT, gate::add), carrier, gate);
    }

    private static Box booted(GatewayModel model, SimSip f, DeviceFeature... more) {
        Box d = new Box(model, f, more);
        d.powerOn();
        d.wan(true);
        return d;
    }

    private static Box registered(GatewayModel model, SimSip f, DeviceFeature... more) {
        Box d = booted(model, f, more);
        d.set(ACCOUNT);
        d.clock.advance(Duration.ofSeconds(1));
        assertEquals(RegistrationState.REGISTERED, d.device.status().registration());
        return d;
    }

    @Test
    void settingKeysAreExactlyTheIssuesAndValidate() {
        List<String> names = feature().sip().vocabulary().settings(GatewayModel.VIII).stream().map(SettingKey::name).toList();
        assertEquals(List.of("sip.registrar", "sip.proxy", "sip.user", "sip.password", "sip.domain", "sip.number",
                "sip.transport", "sip.expires", "sip.local", "sip.accept-from-proxy-only", "sip.pppoe-session"), names);
        Box d = new Box(GatewayModel.VIII, feature());
        assertFalse(d.device.settings().validate(Map.of("sip.transport", "tls")).isEmpty());
        assertFalse(d.device.settings().validate(Map.of("sip.registrar", "bad host:x")).isEmpty());
        assertFalse(d.device.settings().validate(Map.of("sip.password", "has space")).isEmpty());
        assertFalse(d.device.settings().validate(Map.of("sip.number", "03-1234")).isEmpty());
        assertFalse(d.device.settings().validate(Map.of("sip.expires", "5")).isEmpty());
        assertTrue(d.device.settings().validate(ACCOUNT).isEmpty());
        assertTrue(d.device.settings().key("sip.password").orElseThrow().secret());
    }

    @ParameterizedTest
    @EnumSource(GatewayModel.class)
    void voipLampFollowsTheRegistrationOnEveryModel(GatewayModel model) {
        SimSip f = feature();
        Box d = booted(model, f);
        assertEquals(LampState.OFF, d.lamps().get(Lamp.VOIP), "no account: off");
        d.set(ACCOUNT);
        d.clock.advance(Duration.ofSeconds(1));
        assertEquals(LampState.GREEN, d.lamps().get(Lamp.VOIP));
        d.device.updateStatus(s -> s.with(b -> b.callsInProgress = 2)); // as the call side reports them
        assertEquals(LampState.GREEN_BLINK, d.lamps().get(Lamp.VOIP), "calls in progress");
        d.device.updateStatus(s -> s.with(b -> b.callsInProgress = 0));
        fault(f, model, "sip.registrar").inject().accept(d.device, "down");
        d.clock.advance(Duration.ofHours(2)); // refresh at 30 min fails, binding lapses at 1 h
        assertEquals(LampState.OFF, d.lamps().get(Lamp.VOIP));
        assertEquals("retry-wait", f.sip().vocabulary().probes(model).getFirst().read().apply(d.device, List.of()));
    }

    @Test
    void priIsBlockedWhenRegistrationIsLostAndBackWhenItReturns() {
        SimSip f = feature();
        Box d = booted(GatewayModel.VIII, f);
        fault(f, GatewayModel.VIII, "sip.registrar").inject().accept(d.device, "down");
        d.set(ACCOUNT);
        assertEquals(List.of(), f.gate(), "in service before the first attempt ends");
        d.clock.advance(Duration.ofSeconds(31));
        assertEquals(List.of(), f.gate());
        d.clock.advance(Duration.ofSeconds(2)); // Timer F (32 s) expired: the first attempt failed
        assertEquals(List.of(false), f.gate(), "out of service (the PRI lamp: scenario sip-viii-pri-blocked)");
        assertTrue(f.sip().registrationBlocksLine());
        fault(f, GatewayModel.VIII, "sip.registrar").clear().accept(d.device);
        d.clock.advance(Duration.ofSeconds(61));
        assertEquals(RegistrationState.REGISTERED, d.device.status().registration());
        assertEquals(List.of(false, true), f.gate());
        assertFalse(f.sip().registrationBlocksLine());
    }

    @Test
    void noAccountBlocksNothingAndTheGateIsToldWhenAnAccountFails() {
        SimSip f = feature();
        Box d = booted(GatewayModel.VIII, f);
        d.clock.advance(Duration.ofHours(1));
        assertEquals(List.of(), f.gate(), "no account: nothing to lose");
        fault(f, GatewayModel.VIII, "sip.auth").inject().accept(d.device, "reject");
        d.set(ACCOUNT);
        d.clock.advance(Duration.ofSeconds(1));
        assertEquals(RegistrationState.AUTH_FAILED, d.device.status().registration());
        assertEquals(List.of(false), f.gate());
        assertEquals(LineState.UNCONFIGURED, d.device.status().pbxLine(), "SIP never writes the line state");
    }

    @Test
    void statusRecordForTheWebUi() throws Exception {
        SimSip f = feature();
        Box d = booted(GatewayModel.III, f);
        assertEquals("{\"state\":\"unregistered\",\"registrar\":null,\"expiresAt\":null,\"retryAt\":null,"
                + "\"lastError\":null}", f.sip().registrationStatus().toJson());
        fault(f, GatewayModel.III, "sip.auth").inject().accept(d.device, "reject");
        d.set(ACCOUNT);
        d.clock.advance(Duration.ofSeconds(1));
        RegistrationStatus s = f.sip().registrationStatus();
        assertEquals("auth-failed", s.state());
        assertEquals("carrier.example:5060", s.registrar());
        assertNotNull(s.retryAt());
        assertTrue(Instant.parse(s.retryAt()).isAfter(d.clock.now()));
        assertNull(s.expiresAt());
        fault(f, GatewayModel.III, "sip.auth").clear().accept(d.device);
        d.clock.advance(Duration.ofMinutes(2));
        s = f.sip().registrationStatus();
        assertEquals("registered", s.state());
        assertEquals(d.device.status().registration().id(), s.state());
        assertNotNull(Instant.parse(s.expiresAt()));
    }

    @Test
    void wanLossAndPppoeRequirementAreFollowed() {
        SimSip f = feature();
        Box d = registered(GatewayModel.VIII, f);
        d.wan(false);
        assertEquals(RegistrationState.UNREGISTERED, d.device.status().registration());
        assertEquals(List.of(false), f.gate(), "PBX side out of service");
        d.wan(true);
        d.clock.advance(Duration.ofSeconds(1));
        assertEquals(RegistrationState.REGISTERED, d.device.status().registration());
        assertEquals(List.of(false, true), f.gate(), "and back");
    }

    @Test
    void overPppoeTheWanCarriesSipOnlyOnceThatSessionIsUp() {
        // a stand-in for the PPPoE feature's settings (another engineer's package)
        FeatureVocabulary settings = new FeatureVocabulary() {
            @Override
            public List<SettingKey> settings(GatewayModel model) {
                return List.of(new SettingKey("pppoe.1.enabled", "true|false", "false", false,
                        Validators.bool()));
            }
        };
        DeviceFeature pppoe = new DeviceFeature() {
            @Override
            public FeatureVocabulary vocabulary() {
                return settings;
            }

            @Override
            public void attach(DeviceContext context) {
            }
        };
        Box d = new Box(GatewayModel.III, feature(), pppoe);
        d.set(Map.of("pppoe.1.enabled", "true", "sip.pppoe-session", "1"));
        d.powerOn();
        d.set(ACCOUNT);
        d.clock.advance(Duration.ofMinutes(5));
        assertEquals(RegistrationState.UNREGISTERED, d.device.status().registration(), "PPPoE not up yet");
        d.device.updateStatus(s -> s.withPpp(1, PppState.CONNECTED));
        d.clock.advance(Duration.ofSeconds(1));
        assertEquals(RegistrationState.REGISTERED, d.device.status().registration());
        d.device.updateStatus(s -> s.withPpp(1, PppState.RETRY_WAIT));
        d.clock.runDue();
        assertEquals(RegistrationState.UNREGISTERED, d.device.status().registration(), "PPPoE down: lost");
    }

    @Test
    void aPppoeSessionForTheSitesOwnInternetDoesNotGateSip() {
        Box d = new Box(GatewayModel.VIII, feature(), IspFaults.pppoe(SimulatedAccessConcentrator.acceptingAnyAccount()));
        d.powerOn();
        d.set(ACCOUNT);
        d.clock.advance(Duration.ofSeconds(5));
        assertEquals(RegistrationState.REGISTERED, d.device.status().registration());
        d.set(Map.of("pppoe.1.enabled", "true", "pppoe.1.user", "site@isp.example", "pppoe.1.password", "x",
                "pppoe.1.mode", "on-demand"));
        d.clock.advance(Duration.ofMinutes(10));
        assertEquals(RegistrationState.REGISTERED, d.device.status().registration(), "VoIP stays up (guide 4421)");
        assertFalse(d.device.feature(SipFeature.class).orElseThrow().registrationBlocksLine(), "the PBX side stays in service");
    }

    @Test
    void orderlyShutdownUnregisters() {
        SimSip f = feature();
        Box d = registered(GatewayModel.VI, f);
        SimulatedCarrier c = f.carrier().carrier();
        assertTrue(c.isRegistered("0312345678"));
        String first = c.received().getFirst().callId();
        d.device.reboot(); // an orderly shutdown, then a new boot
        d.clock.advance(Duration.ofSeconds(1));
        assertFalse(c.isRegistered("0312345678"));
        assertEquals(0, c.received().getLast().expires());
        d.clock.advance(Device.BOOT_TIME);
        assertTrue(c.isRegistered("0312345678"));
        assertFalse(first.equals(c.received().getLast().callId()));
    }

    @Test
    void aGoodbyeLeftOverFromTheLastBootDoesNotSpeakForTheNewOne() {
        SimSip f = feature();
        Box d = registered(GatewayModel.VIII, f);
        SimulatedCarrier c = f.carrier().carrier();
        c.down(true);
        d.device.reboot(); // the un-REGISTER gets no answer: it ends by Timer F, 32 s later
        d.clock.advance(Device.BOOT_TIME.plusMillis(500)); // the new boot's first REGISTER is lost too
        c.down(false);
        d.clock.advance(Duration.ofSeconds(30)); // past the old goodbye's timeout, before the new one's
        assertEquals(RegistrationState.REGISTERING, d.device.status().registration());
        d.clock.advance(Duration.ofSeconds(65));
        assertEquals(RegistrationState.REGISTERED, d.device.status().registration());
    }

    @Test
    void faultArgumentsAreChecked() {
        SimSip f = feature();
        assertTrue(fault(f, GatewayModel.VIII, "sip.loss").checkArg().apply("30").isEmpty());
        assertTrue(fault(f, GatewayModel.VIII, "sip.loss").checkArg().apply("130").isPresent());
        assertTrue(fault(f, GatewayModel.VIII, "sip.delay").checkArg().apply("500ms").isEmpty());
        assertTrue(fault(f, GatewayModel.VIII, "sip.delay").checkArg().apply("soon").isPresent());
        assertTrue(fault(f, GatewayModel.VIII, "sip.registrar").checkArg().apply("up").isPresent());
        assertTrue(f.sip().vocabulary().faults(GatewayModel.VIII).isEmpty(), "the carrier's faults are its own feature's");
    }

    private static FaultSpec fault(SimSip f, GatewayModel m, String name) {
        return f.carrier().vocabulary().faults(m).stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }
}
