package org.voipgw.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.cli.CliRun;
import org.voipgw.media.tone.ToneExpectation;
import org.voipgw.media.wav.WavFile;

/**
 * {@code voipgw scenario run --live} against real peers: Kamailio as registrar and record-routing proxy and
 * baresip as the phone at 0398765432 (PITFALLS.md). One scenario file: with its far… lines it passes
 * simulated and is refused live (exit 2, the lines named); without them it passes live — the gateway calls
 * baresip, hears its 697 Hz, and baresip's recording holds the PBX's 1004 Hz. SIP on the wire is captured
 * (dumpcap on lo) and the call's timeline printed: INVITE → 100 → 180 → 200 → ACK → BYE → 200, with times.
 */
class LiveScenarioTest {
    private static final String GW_USER = "0312345678";
    private static final String PHONE = "0398765432";
    private Kamailio kamailio;
    private Baresip baresip;
    private SipCapture capture;

    @AfterEach
    void stop() {
        for (AutoCloseable c : new AutoCloseable[] {capture, baresip, kamailio}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // the next one still closes
            }
        }
    }

    @Test
    void theSameFileRunsSimulatedAndLiveAgainstKamailioAndBaresip() throws Exception {
        Path dir = Files.createTempDirectory("voipgw-live-scenario-");
        int kamailioPort = Peers.freeUdpPort("127.0.0.1");
        kamailio = new Kamailio(Files.createDirectories(dir.resolve("kamailio")), kamailioPort,
                Map.of(GW_USER, "gw-Secret-7", PHONE, "phone-secret"), true);
        kamailio.start();
        baresip = new Baresip(Files.createDirectories(dir.resolve("baresip")), PHONE, "phone-secret",
                kamailio.hostPort(), 697, true);
        Waits.until("baresip registered at Kamailio", 20, () -> kamailio.locationTable().contains(PHONE));
        int sipPort = Peers.freeUdpPort("127.0.0.1");
        String text;
        try (InputStream in = LiveScenarioTest.class.getResourceAsStream("/live/viii-call-a-phone.scn")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${KAMAILIO}", Integer.toString(kamailioPort)).replace("${SIP}", Integer.toString(sipPort));
        }
        Path full = Files.writeString(dir.resolve("viii-call-a-phone.scn"), text);
        Path live = Files.writeString(dir.resolve("viii-call-a-phone-live.scn"), withoutFarLines(text));

        CliRun simulated = CliRun.of("scenario", "run", full.toString());
        assertEquals(0, simulated.exit(), simulated.out() + simulated.err());

        CliRun refused = CliRun.of("scenario", "run", "--live", full.toString());
        assertEquals(2, refused.exit(), refused.out() + refused.err());
        assertTrue(refused.err().contains(full + ":10: 'far.tone' tells the simulated carrier's far end"), refused.err());
        assertTrue(refused.err().contains(full + ":18: 'expect tone far'"), refused.err());
        assertEquals("", refused.out(), "nothing ran");

        capture = new SipCapture(dir.resolve("sip.pcap"), kamailioPort);
        Path audio = dir.resolve("audio");
        CliRun run = CliRun.of("scenario", "run", "--live", "--audio", audio.toString(), live.toString());
        System.out.println(run.out());
        assertEquals(0, run.exit(), run.out() + run.err() + "\nKamailio:\n" + kamailio.tail());
        assertTrue(run.out().strip().endsWith("9 passed, 0 failed"), run.out());

        Waits.until("baresip's recording", 10, () -> baresip.lastHeard().map(a -> a.length > 8000).orElse(false));
        short[] heard = baresip.lastHeard().orElseThrow();
        ToneExpectation e = ToneExpectation.parse("1004");
        short[] last = Arrays.copyOfRange(heard, Math.max(0, heard.length - 16000), heard.length);
        assertTrue(e.matches(e.judge(last)), "baresip heard " + e.judge(last).describe());
        System.out.println("baresip heard the PBX's 1004 Hz as " + e.judge(last).describe());
        short[] toPbx = WavFile.read(audio.resolve("viii-call-a-phone-live-pri-1-to-pbx.wav"));
        ToneExpectation phone = ToneExpectation.parse("697");
        short[] lastToPbx = Arrays.copyOfRange(toPbx, Math.max(0, toPbx.length - 16000), toPbx.length);
        assertTrue(phone.matches(phone.judge(lastToPbx)), "the PBX heard " + phone.judge(lastToPbx).describe());
        System.out.println("the PBX heard baresip's 697 Hz as " + phone.judge(lastToPbx).describe()
                + " (--audio's to-pbx WAV)");

        List<SipCapture.Message> sip = capture.stopAndRead();
        String callId = sip.stream().filter(m -> m.srcPort() == sipPort && m.method().equals("INVITE"))
                .map(SipCapture.Message::callId).findFirst().orElseThrow(() -> new AssertionError("no INVITE captured"));
        System.out.println("one real call, the gateway's side of Kamailio (dumpcap on lo, times from the INVITE):\n"
                + String.join("\n", SipCapture.timeline(sip, sipPort, callId, "gateway", "Kamailio")));
        List<String> order = sip.stream().filter(m -> m.callId().equals(callId)).map(SipCapture.Message::what)
                .collect(Collectors.toCollection(ArrayList::new));
        assertInOrder(order, "INVITE", "180 (INVITE)", "200 (INVITE)", "ACK", "BYE", "200 (BYE)");
        SipCapture.Message toPhone = sip.stream().filter(m -> m.srcPort() == kamailioPort && m.method().equals("INVITE"))
                .findFirst().orElseThrow(() -> new AssertionError("Kamailio relayed no INVITE"));
        System.out.println("the phone's side of Kamailio (baresip):\n" + String.join("\n",
                SipCapture.timeline(sip, toPhone.dstPort(), toPhone.callId(), "baresip", "Kamailio")));
    }

    /** Each of {@code expected} appears in {@code seen}, in that order. */
    private static void assertInOrder(List<String> seen, String... expected) {
        int at = 0;
        for (String x : expected) {
            int i = seen.subList(at, seen.size()).indexOf(x);
            assertTrue(i >= 0, x + " after position " + at + " in " + seen);
            at += i + 1;
        }
    }

    /** The file without the lines that need the simulated carrier (far…, expect tone far). */
    private static String withoutFarLines(String text) {
        return Arrays.stream(text.split("\n", -1))
                .filter(l -> !l.matches("at \\S+ far(\\.\\w+)? .*") && !l.startsWith("expect tone far "))
                .collect(Collectors.joining("\n"));
    }
}
