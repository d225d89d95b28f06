package org.voipgw.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voipgw.tests.CarrierWithBaresip.GW_USER;
import static org.voipgw.tests.CarrierWithBaresip.PHONE;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.voipgw.agent.isdn.IsdnSide;
import org.voipgw.boards.GatewayModel;
import org.voipgw.isdn.call.IsdnCall;
import org.voipgw.media.tone.ToneExpectation;
import org.voipgw.media.tone.ToneReport;

/**
 * Calls end to end against real peers: Ⅷ with its simulated PBX, real SIP (jain-sip) and real RTP, through
 * Kamailio as registrar and record-routing proxy, to baresip as the far-end phone (PITFALLS.md recipes). The
 * PBX plays 1004 Hz and baresip 697 Hz; each side's recording is judged by the media analyser (±2 %).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BaresipCallsTest {
    private static CarrierWithBaresip bench;
    private static Baresip baresip;
    private static Kamailio kamailio;

    @BeforeAll
    static void start() {
        bench = CarrierWithBaresip.start("baresip", GatewayModel.VIII, 697,
                Map.of("conversion.1.from", GW_USER, "conversion.1.to", "201"));
        baresip = bench.baresip;
        kamailio = bench.kamailio;
    }

    @AfterAll
    static void stop() {
        if (bench != null) {
            bench.close();
        }
    }

    private static void act(String word, String... args) {
        bench.act(word, args);
    }

    private static String probe(String word, String... args) {
        return bench.probe(word, args);
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
        ToneExpectation e = ToneExpectation.parse("1004");
        Waits.until("baresip's recording", 10, () -> baresip.lastHeardTone(e).isPresent());
        ToneReport heard = baresip.lastHeardTone(e).orElseThrow();
        assertTrue(e.matches(heard), "baresip heard " + heard.describe());
        act("pbx.tone", "pri", "off");
    }

    @Test
    @Order(2)
    void baresipCallsTheGatewaysNumberWhichRingsThePbxWithTheConvertedNumber() {
        baresip.command("dial", "sip:" + GW_USER + "@" + kamailio.hostPort());
        Waits.until("a SETUP to the PBX", 10, () -> probe("call", "pri").equals("call-received"));
        assertEquals("201", calledAtThePbx(), "the SETUP's called number after 着信番号変換");
        act("pbx.tone", "pri", "1004");
        act("pbx.answer", "pri");
        Waits.until("the PBX hears baresip", 10, () -> probe("tone", "pbx", "pri", "697").equals("697"));
        assertEquals("confirmed", probe("dialog", PHONE));
        Waits.until("baresip's recording grows", 15, () -> baresip.heardBytes() > 44 + 2 * 16_000);
        act("pbx.hangup", "pri");
        Waits.until("the call over", 10, () -> probe("calls").equals("0"));
        ToneExpectation e = ToneExpectation.parse("1004");
        Waits.until("baresip heard the PBX", 10, () -> baresip.lastHeardTone(e).isPresent());
        assertTrue(e.matches(baresip.lastHeardTone(e).orElseThrow()), "baresip heard the PBX's 1004 Hz");
        act("pbx.tone", "pri", "off");
        assertTrue(kamailio.logLines("VOIPGW call " + PHONE + " -> " + GW_USER).size() >= 1);
    }

    @Test
    @Order(3)
    void aBusyPhoneIsCause17() {
        // baresip takes one call at a time: while its own call to the gateway rings, the PBX's call to it
        // gets baresip's 486, which reaches the PBX as cause 17 (RFC 3398 §8.2.6.1)
        baresip.command("dial", "sip:" + GW_USER + "@" + kamailio.hostPort());
        Waits.until("baresip's call rings the PBX", 10, () -> probe("call", "pri").equals("call-received"));
        act("pbx.call", "pri", PHONE);
        Waits.until("baresip's 486 as cause 17", 10, () -> probe("cause", "pri").equals("17"));
        assertEquals("486", probe("status", PHONE));
        baresip.command("hangup", "");
        Waits.until("baresip's call cancelled", 10, () -> probe("calls").equals("0"));
    }

    /** The called number of the SETUP the gateway sent the PBX (the call from the carrier in progress). */
    private static String calledAtThePbx() {
        return bench.read(d -> d.feature(IsdnSide.class).orElseThrow().lines().get("pri").calls().stream()
                .map(IsdnCall::called).findFirst().orElse("none"));
    }

    @Test
    @Order(4)
    void anUnknownNumberIsCause1() {
        act("pbx.call", "pri", "0399999999");
        Waits.until("Kamailio's 404 as cause 1", 10, () -> probe("cause", "pri").equals("1"));
        assertEquals("404", probe("status", "0399999999"));
    }
}
