package org.voipgw.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.agent.scenario.LiveCheck;
import org.voipgw.agent.scenario.ScenarioError;
import org.voipgw.agent.scenario.ScenarioFiles;
import org.voipgw.agent.scenario.Scenario;

/**
 * {@code voipgw scenario run --live}: what cannot run live is refused before anything runs (exit 2, file:line
 * and why), and a file with no registrar runs in real time against the embedded carrier over real UDP.
 */
class ScenarioLiveCommandTest {
    private static final String HEAD = "model VIII\nat 0s power on\n"
            + "at +1s set sip.registrar=127.0.0.1:5999 sip.user=0312345678 sip.password=pw sip.number=0312345678\n";

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static Scenario parse(Path dir, String text) throws IOException {
        Path f = Files.writeString(dir.resolve("s.scn"), text);
        ScenarioFiles.Loaded l = ScenarioFiles.load(List.of(f));
        assertEquals(List.of(), l.errors());
        return l.scenarios().get(0);
    }

    @Test
    void farActionsAreRefusedWithFileLineAndWhyAndNothingRuns(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("far.scn"), HEAD
                + "at +1s far 0398765432 busy\n"
                + "at +1s far.tone 0398765432 697\n"
                + "at +1s pbx.call pri 0398765432\n"
                + "at +1s far.hangup 0398765432\n"
                + "expect calls 0 within 1s\n");
        CliRun r = run("scenario", "run", "--live", f.toString());
        assertEquals(2, r.exit());
        for (int line : new int[] {4, 5, 7}) {
            assertTrue(r.err().contains("far.scn:" + line + ": '"), r.err());
        }
        assertTrue(r.err().contains("'far' tells the simulated carrier's far end what to do"), r.err());
        assertTrue(r.err().contains("needs the simulated run"), r.err());
        assertFalse(r.err().contains("far.scn:6:"), "pbx.call runs live: " + r.err());
        assertTrue(r.err().strip().endsWith("3 line(s) cannot run with --live; nothing was run"), r.err());
        assertEquals("", r.out(), "nothing ran");
        // the same file runs simulated: the words are valid there
        CliRun simulated = run("scenario", "run", f.toString());
        assertTrue(simulated.out().contains("== " + f) && simulated.exit() != 2, simulated.out() + simulated.err());
    }

    @Test
    void theSimulatedCarriersFaultsAndTheFarEndsEarsAreRefusedToo(@TempDir Path dir) throws IOException {
        Scenario s = parse(dir, HEAD
                + "at +1s fault sip.registrar down\n"
                + "at +1s clear sip.registrar\n"
                + "at +1s fault wan.cable cut\n"
                + "expect tone far 0398765432 silence within 1s\n"
                + "expect tone pbx pri silence within 1s\n"
                + "at +1s ip.call 0312345678\n");
        List<ScenarioError> p = LiveCheck.problems(s);
        assertEquals(List.of(4, 5, 7, 9), p.stream().map(ScenarioError::line).toList(), p.toString());
        assertTrue(p.get(0).message().contains("fault 'sip.registrar' is injected into the simulated carrier"));
        assertTrue(p.get(2).message().contains("'expect tone far' reads what the simulated carrier's far end hears"));
        assertTrue(p.get(3).message().contains("'ip.call' makes the simulated carrier call the box"));
    }

    @Test
    void withoutARegistrarTheEmbeddedCarrierTakesIpCall(@TempDir Path dir) throws IOException {
        Scenario embedded = parse(dir, "model VIII\nat 0s power on\nat +3s ip.call 0312345678\n");
        assertTrue(LiveCheck.usesEmbeddedCarrier(embedded));
        assertEquals(List.of(), LiveCheck.problems(embedded));
        Scenario cleared = parse(dir, "model VIII\nat 0s power on\nat +1s set sip.registrar=\nat +1s ip.call 0312345678\n");
        assertTrue(LiveCheck.usesEmbeddedCarrier(cleared), "an empty registrar names no carrier");
        assertFalse(LiveCheck.usesEmbeddedCarrier(parse(dir, HEAD)));
    }

    @Test
    void refusalsAreJsonWithJson(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("far.scn"), HEAD + "at +1s far 0398765432 busy\n");
        CliRun r = run("scenario", "run", "--live", "--json", f.toString());
        assertEquals(2, r.exit());
        assertEquals(4, r.json().get("errors").get(0).get("line").asInt());
        assertTrue(r.json().get("errors").get(0).get("message").asText().contains("simulated run"));
    }

    @Test
    void mistakesAndBadFoldersStillComeFirst(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.scn"), "model VIII\nat 0s fly\n");
        CliRun r = run("scenario", "run", "--live", bad.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("bad.scn:2: unknown action 'fly'"), r.err());
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliRun audio = run("scenario", "run", "--live", "--audio", file.resolve("wav").toString(),
                "../scenarios/live/viii-embedded-carrier.scn");
        assertEquals(2, audio.exit());
        assertTrue(audio.err().contains("--audio: cannot create"), audio.err());
        assertEquals("", audio.out(), "nothing ran");
    }

    @Test
    void helpNamesLive() {
        CliRun r = run("scenario", "run", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("--live") && r.out().contains("wall-clock"), r.out());
    }

    /** Real UDP on loopback and about 15 s of real time: the embedded carrier's far end answers and calls back. */
    @Test
    void aFileRunsLiveAgainstTheEmbeddedCarrierWithReportsAudioAndCaptures(@TempDir Path dir) throws Exception {
        Path junit = dir.resolve("r.xml");
        CliRun r = run("scenario", "run", "--live", "--junit", junit.toString(), "--audio", dir.resolve("wav").toString(),
                "--pcap", dir.resolve("pcap").toString(), "../scenarios/live/viii-embedded-carrier.scn");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("live: real time") && r.out().contains("the embedded carrier at 127.0.0.1:"), r.out());
        assertTrue(r.out().strip().endsWith("13 passed, 0 failed"), r.out());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertEquals(13, doc.getElementsByTagName("testcase").getLength());
        try (Stream<Path> wavs = Files.list(dir.resolve("wav"))) {
            List<String> names = wavs.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.contains("viii-embedded-carrier-pri-1-to-pbx.wav"), names.toString());
            assertTrue(names.contains("viii-embedded-carrier-pri-2-from-pbx.wav"), names.toString());
        }
        assertTrue(Files.size(dir.resolve("pcap").resolve("viii-embedded-carrier-pri.pcap")) > 24, "LAPD frames captured");
    }
}
