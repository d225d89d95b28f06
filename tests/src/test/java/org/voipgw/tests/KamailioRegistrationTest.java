package org.voipgw.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tinylog.Logger;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.agent.device.EthernetPorts;
import org.voipgw.agent.device.EventLoop;
import org.voipgw.agent.sip.FlowRecoveryBackoff;
import org.voipgw.agent.sip.SipFeature;
import org.voipgw.agent.sip.SipRegistration;
import org.voipgw.agent.sip.live.JainSipPort;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.SystemScheduler;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampState;
import org.voipgw.led.status.RegistrationState;

/**
 * The gateway's SIP registration against a real registrar, Kamailio on 127.0.0.1 (issue 5): registration
 * and refresh, a wrong password (認証失敗, VoIP lamp off), a registrar outage with retries at the RFC 5626
 * §4.5 times and the return, and a ghost INVITE from a non-proxy address left unanswered (sipp). Timing
 * is shortened so the run stays well under a minute: lifetime 10 s (refresh at 5 s), Timer F 1 s,
 * backoff base 0.5 s and max 4 s — the same code paths as the RFC defaults.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KamailioRegistrationTest {
    private static final Duration TIMER_F = Duration.ofSeconds(1);
    private static final FlowRecoveryBackoff BACKOFF = new FlowRecoveryBackoff(Duration.ofMillis(500),
            Duration.ofSeconds(4));
    private static final String USER = "alice";
    private static final String PASSWORD = "right-pass";

    private static Path dir;
    private static Kamailio kamailio;
    private static SystemScheduler loop;
    private static Device device;
    private static SipFeature sip;
    private static int gatewayPort;
    private static Instant booted;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("voipgw-kamailio-");
        kamailio = new Kamailio(dir, Peers.freeUdpPort("127.0.0.1"), Map.of(USER, PASSWORD));
        kamailio.start();
        gatewayPort = Peers.freeUdpPort("127.0.0.1");
        sip = SipFeature.of((e, s) -> new RecordingPort(JainSipPort.open(e, s)),
                RandomGeneratorFactory.of("L64X128MixRandom").create(5626), new SipRegistration.Timing(BACKOFF, TIMER_F),
                inService -> { }); // no PBX side in this box: registrationBlocksLine() is what is checked
        loop = new SystemScheduler("it");
        booted = Instant.now();
        device = boot(loop, GatewayModel.VIII, sip, Map.of("sip.registrar", kamailio.hostPort(), "sip.user", USER, "sip.password", PASSWORD,
                "sip.domain", "voipgw.test", "sip.number", "0312345678", "sip.expires", "10",
                "sip.local", "127.0.0.1:" + gatewayPort));
    }

    /** The runtime's Device with Ethernet and {@code sip}, on a real-time loop, powered on with {@code settings}. */
    private static Device boot(SystemScheduler on, GatewayModel model, SipFeature feature, Map<String, String> settings) {
        Device d = EventLoop.call(on, () -> new Device(model, on, null, DeviceAssembly.FACTORY_FIRMWARE,
                List.of(new EthernetPorts(), feature)));
        assertEquals(List.of(), EventLoop.call(on, () -> d.set(settings)));
        EventLoop.run(on, d::powerOn);
        return d;
    }

    private static void set(Map<String, String> settings) {
        assertEquals(List.of(), EventLoop.call(loop, () -> device.set(settings)));
    }

    @AfterAll
    static void stop() {
        if (device != null) {
            EventLoop.run(loop, device::powerOff);
            loop.close();
        }
        if (kamailio != null) {
            kamailio.close();
        }
    }

    @Test
    @Order(1)
    void registersAndRefreshes() {
        Waits.until("VoIP lamp green", 10, () -> device.panel().get(Lamp.VOIP) == LampState.GREEN);
        Logger.info("TIMELINE registered {} ms after boot", Duration.between(booted, Instant.now()).toMillis());
        Waits.until("two refreshes seen by Kamailio", 15,
                () -> kamailio.logLines("VOIPGW registered " + USER).size() >= 3);
        String table = kamailio.locationTable();
        assertTrue(table.contains("sip:" + USER + "@127.0.0.1:" + gatewayPort), table);
        kamailio.logLines("VOIPGW").forEach(l -> Logger.info("TIMELINE kamailio: {}", l.trim()));
        assertEquals("registered", sip.registrationStatus().state());
        Logger.info("TIMELINE status.json registration: {}", sip.registrationStatus().toJson());
    }

    @Test
    @Order(2)
    void wrongPasswordIsAuthFailedWithTheVoipLampOff() {
        Instant t0 = Instant.now();
        set(Map.of("sip.password", "wrong-pass"));
        Waits.until("認証失敗", 5,
                () -> device.status().registration() == RegistrationState.AUTH_FAILED);
        Logger.info("TIMELINE wrong password: auth-failed {} ms after the change; {}",
                Duration.between(t0, Instant.now()).toMillis(), sip.registrationStatus().toJson());
        assertEquals(LampState.OFF, device.panel().get(Lamp.VOIP));
        assertTrue(sip.registrationStatus().lastError().contains("credentials rejected"));
        assertTrue(sip.registrationBlocksLine(), "PBX side out of service while not registered");
        set(Map.of("sip.password", PASSWORD));
        Waits.until("registered again", 10,
                () -> device.panel().get(Lamp.VOIP) == LampState.GREEN);
        Logger.info("TIMELINE right password again: registered {} ms after the wrong one",
                Duration.between(t0, Instant.now()).toMillis());
    }

    @Test
    @Order(3)
    void ghostInviteFromANonProxyAddressGetsNoReply() {
        String gateway = "127.0.0.1:" + gatewayPort;
        Sipp.Result control = Sipp.run(dir, "options-from-registrar-address", Sipp.scenario("OPTIONS", "200"),
                "127.0.0.1", gateway, 5);
        assertEquals(0, control.exitCode(), "OPTIONS from the registrar's address is answered 200");
        Sipp.Result ghost = Sipp.run(dir, "invite-from-elsewhere", Sipp.scenario("INVITE", "180"), "127.0.0.2",
                gateway, 4);
        assertNotEquals(0, ghost.exitCode(), "sipp must time out");
        assertFalse(ghost.receivedAnything(), "no reply at all, not even 100 Trying:\n" + ghost.messages());
        assertEquals(RegistrationState.REGISTERED, device.status().registration());
    }

    @Test
    @Order(4)
    void registrarOutageRetriesAtRfc5626TimesAndRecovers() {
        int before = RecordingPort.SENT.size();
        Instant down = Instant.now();
        kamailio.stop();
        Logger.info("TIMELINE Kamailio stopped");
        Waits.until("five REGISTERs into the outage", 40,
                () -> RecordingPort.SENT.size() >= before + 5);
        Waits.until("the registration lapsed", 15,
                () -> device.status().registration() != RegistrationState.REGISTERED);
        assertEquals(LampState.OFF, device.panel().get(Lamp.VOIP));
        assertEquals(LampState.OFF, device.panel().get(Lamp.VOIP));
        kamailio.start();
        Instant up = Instant.now();
        Logger.info("TIMELINE Kamailio started again {} ms after it stopped", Duration.between(down, up).toMillis());
        Waits.until("registered again", 15,
                () -> device.status().registration() == RegistrationState.REGISTERED);
        Logger.info("TIMELINE registered again {} ms after Kamailio came back", Duration.between(up, Instant.now())
                .toMillis());
        assertTrue(kamailio.locationTable().contains("sip:" + USER + "@127.0.0.1:" + gatewayPort));

        List<RecordingPort.Sent> sent = RecordingPort.SENT.subList(before, RecordingPort.SENT.size());
        // The first REGISTER of the outage is the refresh; each later one is retry n after n failures.
        int failures = 0;
        for (int i = 1; i < sent.size(); i++) {
            RecordingPort.Sent prev = sent.get(i - 1);
            Instant gaveUp = RecordingPort.GAVE_UP.get(prev.cseq());
            if (gaveUp == null || !gaveUp.isBefore(up)) {
                break; // answered (challenge, then success): no longer the outage
            }
            failures++;
            long bound = BACKOFF.bound(failures).toMillis();
            long waited = Duration.between(gaveUp, sent.get(i).at()).toMillis();
            Logger.info("TIMELINE retry {}: CSeq {} failed (no answer in {} ms), next REGISTER after {} ms; "
                    + "RFC 5626 window [{}, {}] ms", failures, prev.cseq(), Duration.between(prev.at(), gaveUp)
                    .toMillis(), waited, bound / 2, bound);
            assertTrue(waited >= bound / 2 - 20 && waited <= bound + 300,
                    "retry " + failures + " waited " + waited + " ms, outside [" + bound / 2 + ", " + bound + "]");
            assertTrue(waited >= 200, "never at once after a timeout");
        }
        assertTrue(failures >= 4, "at least four failed attempts were checked: " + failures);
    }

    @Test
    @Order(5)
    void registersOverTcpToo() {
        int port = Peers.freeUdpPort("127.0.0.1");
        SipFeature tcp = SipFeature.of(JainSipPort::open, RandomGeneratorFactory.of("L64X128MixRandom").create(6),
                new SipRegistration.Timing(BACKOFF, TIMER_F), inService -> { });
        try (SystemScheduler tcpLoop = new SystemScheduler("it-tcp")) {
            Device d = boot(tcpLoop, GatewayModel.III, tcp, Map.of("sip.registrar", kamailio.hostPort(), "sip.user", USER, "sip.password", PASSWORD,
                    "sip.domain", "voipgw.test", "sip.transport", "tcp", "sip.local", "127.0.0.1:" + port));
            Waits.until("registered over TCP", 15,
                    () -> d.panel().get(Lamp.VOIP) == LampState.GREEN);
            String table = kamailio.locationTable();
            assertTrue(table.contains("transport=tcp") || table.contains("tcp:127.0.0.1"), table);
            EventLoop.run(tcpLoop, d::powerOff);
        }
    }
}
