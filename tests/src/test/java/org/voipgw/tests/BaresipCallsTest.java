package org.voipgw.tests;

import java.util.function.Function;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.agent.assembly.RunningGateway;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.sip.live.JainSipPort;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.status.RegistrationState;
import org.voipgw.media.tone.ToneExpectation;

/**
 * Calls end to end against real peers: Ⅷ with its simulated PBX, real SIP (jain-sip) and real RTP, through
 * Kamailio as registrar and record-routing proxy, to baresip as the far-end phone (PITFALLS.md recipes). The
 * PBX plays 1004 Hz and baresip 697 Hz; each side's recording is judged by the media analyser (±2 %).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BaresipCallsTest {
    private static final String GW_USER = "0312345678";
    private static final String PHONE = "0398765432";
    private static final String PASSWORD = "gw-Secret-7";
    private static Kamailio kamailio;
    private static Baresip baresip;
    private static RunningGateway gw;

    @BeforeAll
    static void start() throws IOException {
        Path dir = Files.createTempDirectory("voipgw-baresip-");
        kamailio = new Kamailio(Files.createDirectories(dir.resolve("kamailio")), Peers.freeUdpPort("127.0.0.1"),
                Map.of(GW_USER, PASSWORD, PHONE, "phone-secret"), true);
        kamailio.start();
        baresip = new Baresip(Files.createDirectories(dir.resolve("baresip")), PHONE, "phone-secret",
                kamailio.hostPort(), 697, true);
        GatewayModel model = GatewayModel.VIII;
        Path flash = Files.createDirectories(dir.resolve("flash"));
        int sipPort = Peers.freeUdpPort("127.0.0.1");
        gw = RunningGateway.start(model, flash, Map.of(
                "sip.registrar", kamailio.hostPort(), "sip.user", GW_USER, "sip.password", PASSWORD,
                "sip.domain", "127.0.0.1", "sip.number", GW_USER, "sip.local", "127.0.0.1:" + sipPort,
                "conversion.1.from", GW_USER, "conversion.1.to", "201"),
                InetSocketAddress.createUnresolved("127.0.0.1", 0),
                loop -> DeviceAssembly.demo(model, loop, flash, JainSipPort::open));
        Waits.until("the gateway registered at Kamailio", 20,
                () -> read(d -> d.status().registration()) == RegistrationState.REGISTERED);
        Waits.until("baresip registered at Kamailio", 20, () -> kamailio.locationTable().contains(PHONE));
    }

    @AfterAll
    static void stop() {
        if (gw != null) {
            gw.close();
        }
        if (baresip != null) {
            baresip.close();
        }
        if (kamailio != null) {
            kamailio.close();
        }
    }

    private static <T> T read(Function<Device, T> f) {
        return Prompt.read(gw, f);
    }

    private static void act(String word, String... args) {
        Prompt.act(gw, word, args);
    }

    private static String probe(String word, String... args) {
        return Prompt.probe(gw, word, args);
    }

    @Test
    @Order(1)
    void thePbxCallsBaresipAndTheyHearEachOther() {
        act("pbx.tone", "pri", "1004");
        act("pbx.call", "pri", PHONE);
        Waits.until("the call answered", 15, () -> probe("call", "pri").equals("active"));
        Waits.until("the PBX hears baresip's 697 Hz", 10, () -> probe("tone", "pbx", "pri", "697").equals("697"));
        Waits.until("baresip's call established", 5, () -> baresip.saw("CALL_ESTABLISHED"));
        // two seconds of what baresip hears (16-bit samples at 8 kHz after the 44-octet header)
        Waits.until("baresip's recording grows", 15, () -> baresip.heardBytes() > 44 + 2 * 16_000);
        baresip.command("hangup", "");
        Waits.until("the PBX cleared with cause 16", 10, () -> probe("cause", "pri").equals("16"));
        Waits.until("baresip's recording", 10, () -> baresip.lastHeard().map(a -> a.length > 8000).orElse(false));
        short[] heard = baresip.lastHeard().orElseThrow();
        ToneExpectation e = ToneExpectation.parse("1004");
        assertTrue(e.matches(e.judge(Arrays.copyOfRange(heard, Math.max(0, heard.length - 16000), heard.length))),
                "baresip heard " + e.judge(heard).describe());
        act("pbx.tone", "pri", "off");
    }

    @Test
    @Order(2)
    void baresipCallsTheGatewaysNumberWhichRingsThePbxWithTheConvertedNumber() {
        baresip.command("dial", "sip:" + GW_USER + "@" + kamailio.hostPort());
        Waits.until("a SETUP to the PBX", 10, () -> probe("call", "pri").equals("call-received"));
        act("pbx.answer", "pri");
        Waits.until("the PBX hears baresip", 10, () -> probe("tone", "pbx", "pri", "697").equals("697"));
        assertEquals("confirmed", probe("dialog", PHONE));
        act("pbx.hangup", "pri");
        Waits.until("the call over", 10, () -> probe("calls").equals("0"));
        assertTrue(kamailio.logLines("VOIPGW call " + PHONE + " -> " + GW_USER).size() >= 1);
    }

    @Test
    @Order(3)
    void anUnknownNumberIsCause1() {
        act("pbx.call", "pri", "0399999999");
        Waits.until("Kamailio's 404 as cause 1", 10, () -> probe("cause", "pri").equals("1"));
        assertEquals("404", probe("status", "0399999999"));
    }
}
