package org.voipgw.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voipgw.tests.CarrierWithBaresip.GW_USER;
import static org.voipgw.tests.CarrierWithBaresip.PHONE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.agent.assembly.RunningGateway;
import org.voipgw.agent.device.EventLoop;
import org.voipgw.agent.fxs.FxsSide;
import org.voipgw.boards.GatewayModel;
import org.voipgw.media.SpandspJudge;
import org.voipgw.media.tone.ToneExpectation;
import org.voipgw.media.tone.ToneReport;
import org.voipgw.media.wav.WavFile;

/**
 * Issue 11's real peers on the device path: a gateway model Ⅲ running in real time (its FXS lines with
 * simulated phones, SIP over jain-sip, RTP over UDP) registered at Kamailio, with baresip as the far-end phone.
 * The phones are driven by the scenario words; the FXS lines' audio is recorded both ways as
 * {@code scenario run --audio} does, and judged by the media analyser and by spandsp (media's C judge, built by
 * the test run from Debian's libspandsp-dev).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FxsBaresipCallsTest {
    /** The number the gateway's account number is converted to (着信番号変換), and port 2's fxs.2.number. */
    private static final String PORT2_NUMBER = "22";
    private static final String PHONE_SENDS_HZ = "1004";
    private static final String BARESIP_SENDS_HZ = "697";
    /** Two seconds of 8 kHz samples: how much of a recording's end is judged. */
    private static final int TWO_SECONDS = 16_000;
    private static CarrierWithBaresip bench;
    private static Baresip baresip;
    private static Kamailio kamailio;
    @TempDir
    static Path work;
    /**
     * Where the FXS lines' audio goes ({@code live-fxsN-to-phone.wav} / {@code …-from-phone.wav}): kept under
     * target/ after the run, to be listened to or decoded again when a test failed.
     */
    private static final Path AUDIO = Path.of("target", "fxs-baresip-audio");

    @BeforeAll
    static void start() throws IOException {
        if (Files.isDirectory(AUDIO)) {
            try (var old = Files.list(AUDIO)) {
                for (Path f : old.toList()) {
                    Files.delete(f); // the previous run's recordings
                }
            }
        }
        bench = CarrierWithBaresip.start("fxs-baresip", GatewayModel.III, Double.parseDouble(BARESIP_SENDS_HZ),
                Map.of("conversion.1.from", GW_USER, "conversion.1.to", PORT2_NUMBER, "fxs.2.number", PORT2_NUMBER));
        baresip = bench.baresip;
        kamailio = bench.kamailio;
        bench.gw.recordAudioTo(AUDIO, "live");
    }

    @AfterAll
    static void stop() {
        if (bench != null) {
            bench.close();
        }
    }

    /** Every call over before the next test, also one a failed test left ringing (so a failure does not cascade). */
    @AfterEach
    void allPhonesDown() {
        for (String port : List.of("1", "2", "3")) {
            act("phone", port, "onhook");
        }
        baresip.command("hangup", "");
        Waits.until("no call left", 10, () -> probe("calls").equals("0"));
        // a line the far end left first plays busy tone (終話) until it sees its phone on-hook (after the 1 s
        // flash window): until then it is in use, and a call for its number would hunt another port
        for (String port : List.of("1", "2", "3")) {
            Waits.until("port " + port + " idle", 5, () -> probe("fxs", port, "idle").equals("idle"));
        }
    }

    private static FxsSide fxs(RunningGateway gw) {
        return gw.device().feature(FxsSide.class).orElseThrow();
    }

    private static void act(String word, String... args) {
        bench.act(word, args);
    }

    private static String probe(String word, String... args) {
        return bench.probe(word, args);
    }

    /** What FXS port {@code port}'s line sent toward its phone so far ({@code live-fxsN-to-phone.wav}; none yet: empty). */
    private static short[] toPhone(int port) throws IOException {
        EventLoop.run(bench.gw.loop(), () -> fxs(bench.gw).writeAudio());
        Path wav = AUDIO.resolve("live-fxs" + port + "-to-phone.wav");
        return Files.exists(wav) ? WavFile.read(wav) : new short[0];
    }

    @Test
    @Order(1)
    void aPhoneDialsBaresipThroughKamailioAndEachHearsTheOthersTone() throws Exception {
        int established = baresip.count("CALL_ESTABLISHED");
        act("phone", "1", "offhook");
        Waits.until("dial tone on port 1", 5, () -> probe("tone", "phone", "1", "dial").equals("dial"));
        act("phone", "1", "dial", PHONE);
        Waits.until("baresip answers", 15, () -> probe("fxs", "1", "talking").equals("talking"));
        Waits.until("baresip's call established", 5, () -> baresip.count("CALL_ESTABLISHED") > established);
        act("phone", "1", "tone", PHONE_SENDS_HZ);
        Waits.until("the phone hears baresip's " + BARESIP_SENDS_HZ + " Hz", 10,
                () -> probe("tone", "phone", "1", BARESIP_SENDS_HZ).equals(BARESIP_SENDS_HZ));
        long before = baresip.heardBytes();
        Waits.until("baresip hears 2 s more", 10, () -> baresip.heardBytes() > before + 2L * Baresip.HEARD_JUDGED);
        int closed = baresip.count("CALL_CLOSED");
        act("phone", "1", "onhook");
        Waits.until("baresip's call closed by the gateway's BYE", 10, () -> baresip.count("CALL_CLOSED") > closed);

        ToneExpectation phoneTone = ToneExpectation.parse(PHONE_SENDS_HZ);
        Waits.until("baresip's recording", 10, () -> baresip.lastHeardTone(phoneTone).isPresent());
        ToneReport atBaresip = baresip.lastHeardTone(phoneTone).orElseThrow();
        assertTrue(phoneTone.matches(atBaresip), "baresip heard " + atBaresip.describe());
        short[] line = toPhone(1);
        ToneExpectation baresipTone = ToneExpectation.parse(BARESIP_SENDS_HZ);
        // the line's last 2 s before the hang-up: the PCM stops when the phone goes on-hook
        ToneReport atPhone = baresipTone.judge(Arrays.copyOfRange(line, Math.max(0, line.length - TWO_SECONDS), line.length));
        assertTrue(baresipTone.matches(atPhone), "the phone heard " + atPhone.describe());
        System.out.printf("FXS port 1 -> baresip: baresip heard %.1f Hz; baresip -> port 1: the phone heard %.1f Hz%n",
                atBaresip.dominantHz(), atPhone.dominantHz());
        assertTrue(kamailio.logLines("VOIPGW invite sip:" + PHONE + "@").size() >= 1, kamailio.tail());
    }

    @Test
    @Order(2)
    void baresipCallsTheGatewaysNumberPort2RingsAndSpandspDecodesBaresipsNumberFromTheLine() throws Exception {
        baresip.command("dial", "sip:" + GW_USER + "@" + kamailio.hostPort());
        Waits.until("port 2 rings (fxs.2.number = the converted number)", 10,
                () -> probe("ringing", "phone", "2").equals("on"));
        assertEquals("off", probe("ringing", "phone", "1"), "port 1 (first free) must not ring");
        Waits.until("the caller ID data sent and normal ringing", 10, () -> probe("fxs", "2", "ringing").equals("ringing"));
        String decoded = SpandspJudge.judge("jclip", toPhone(2), work);
        System.out.println("spandsp adsi_rx (JCLIP) on port 2's line audio: " + decoded.replace('\n', ';'));
        assertTrue(decoded.contains("field 0x02 " + PHONE + "\n"), decoded);
        assertEquals(PHONE, probe("callerid", "phone", "2"), "the simulated phone's display agrees");
        int established = baresip.count("CALL_ESTABLISHED");
        act("phone", "2", "offhook");
        Waits.until("baresip's call answered", 10, () -> baresip.count("CALL_ESTABLISHED") > established);
        Waits.until("the phone hears baresip", 10,
                () -> probe("tone", "phone", "2", BARESIP_SENDS_HZ).equals(BARESIP_SENDS_HZ));
    }

    @Test
    @Order(3)
    void aCallerWhoWithholdsItsNumberRingsPort2WithTheReasonPDecodedBySpandsp() throws Exception {
        try (Baresip anonymous = Baresip.anonymousCaller(Files.createDirectories(work.resolve("anonymous")),
                kamailio.hostPort(), Double.parseDouble(BARESIP_SENDS_HZ))) {
            int before = toPhone(2).length;
            anonymous.command("dial", "sip:" + GW_USER + "@" + kamailio.hostPort());
            Waits.until("port 2 rings", 10, () -> probe("ringing", "phone", "2").equals("on"));
            Waits.until("the caller ID data sent and normal ringing", 10, () -> probe("fxs", "2", "ringing").equals("ringing"));
            short[] line = toPhone(2);
            // this call's part of the line's recording: what came after the previous call's
            String decoded = SpandspJudge.judge("jclip", Arrays.copyOfRange(line, before, line.length), work);
            System.out.println("spandsp adsi_rx (JCLIP) on port 2's line audio, caller withheld: " + decoded.replace('\n', ';'));
            assertTrue(decoded.contains("field 0x04 P\n"), "the absence reason P (private): " + decoded);
            assertTrue(kamailio.logLines("VOIPGW invite sip:" + GW_USER + "@").getLast()
                    .contains("from sip:anonymous@anonymous.invalid"), "the caller withheld its number at Kamailio");
            assertEquals("anonymous", probe("callerid", "phone", "2"), "the simulated phone's display agrees");
            anonymous.command("hangup", "");
            Waits.until("the caller gave up: port 2 stops ringing", 10, () -> probe("ringing", "phone", "2").equals("off"));
        }
    }

    @Test
    @Order(4)
    void spandspsDtmfPlayedByThePhoneBecomesTheInvitesNumber() throws Exception {
        Path digits = work.resolve("dtmf-" + PHONE + ".wav");
        String made = SpandspJudge.run("dtmf-tx", PHONE, digits.toString()).strip();
        int established = baresip.count("CALL_ESTABLISHED");
        String invite = "VOIPGW invite sip:" + PHONE + "@";
        int invites = kamailio.logLines(invite).size();
        act("phone", "3", "offhook");
        Waits.until("dial tone on port 3", 5, () -> probe("tone", "phone", "3", "dial").equals("dial"));
        act("phone", "3", "play", digits.toAbsolutePath().toString());
        Waits.until("the line collected the number", 10, () -> probe("dialled", "phone", "3").equals(PHONE));
        Waits.until("Kamailio received an INVITE for " + PHONE, 10, () -> kamailio.logLines(invite).size() > invites);
        Waits.until("baresip answers the call", 10, () -> baresip.count("CALL_ESTABLISHED") > established);
        System.out.println("spandsp dtmf_tx " + PHONE + " (" + made + ") played on port 3: the line collected " + probe("dialled", "phone", "3")
                + "; Kamailio: " + kamailio.logLines(invite).getLast());
    }
}
