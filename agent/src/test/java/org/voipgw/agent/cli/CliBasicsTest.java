package org.voipgw.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;

class CliBasicsTest {
    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** Every command path, e.g. [scenario, run]. */
    static Stream<List<String>> commandPaths() {
        List<List<String>> paths = new ArrayList<>();
        collect(VoipgwCommand.commandLine(), new ArrayList<>(), paths);
        return paths.stream();
    }

    private static void collect(CommandLine cl, List<String> prefix, List<List<String>> out) {
        out.add(List.copyOf(prefix));
        for (var e : cl.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) {
                continue;
            }
            List<String> p = new ArrayList<>(prefix);
            p.add(e.getKey());
            collect(e.getValue(), p, out);
        }
    }

    @ParameterizedTest
    @MethodSource("commandPaths")
    void everyCommandHasHelp(List<String> path) {
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        CliRun r = run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Usage:"), r.out());
    }

    @ParameterizedTest
    @MethodSource("commandPaths")
    void unknownOptionIsBadUsage(List<String> path) {
        List<String> args = new ArrayList<>(path);
        args.add("--no-such-option");
        CliRun r = run(args.toArray(String[]::new));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--no-such-option") || r.err().contains("Missing required"), r.err());
    }

    @Test
    void noCommandIsBadUsage() {
        assertEquals(2, run().exit());
    }

    @Test
    void versionIsPrinted() {
        CliRun r = run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().matches("voipgw \\d+\\.\\d+\\.\\d+\\s*"), r.out());
    }

    @Test
    void completionScriptIsGenerated() {
        CliRun r = run("completion");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("complete -F"), "a bash completion script");
        assertTrue(r.out().contains("diagnose") && r.out().contains("scenario"));
    }

    @Test
    void badModelOptionIsBadUsageWithTheValidNames() {
        CliRun r = run("scenario", "faults", "--model", "IX");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("VR23-PRI"), r.err());
    }

    @Test
    void malformedScenarioExits2AndRunsNothing(@TempDir Path dir)
            throws IOException {
        Path f = dir.resolve("bad.scn");
        Files.writeString(f, "model VIII\nat 0s power on\nexpect lamp WAN teal within 1s\n");
        CliRun r = run("scenario", "run", f.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("bad.scn:3: unknown lamp state 'teal'"), r.err());
        assertEquals("", r.out(), "nothing ran");
    }

    @Test
    void scenarioRunWritesJUnitAndEndsWithTheSummaryLine(@TempDir Path dir)
            throws Exception {
        Path f = dir.resolve("ok.scn");
        Files.writeString(f, "model VIII\nat 0s power on\nexpect lamp POWER green within 3s\n"
                + "expect lamp WAN red-blink within 1s\n");
        Path report = dir.resolve("r.xml");
        CliRun r = run("scenario", "run", f.toString(), "--junit", report.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().strip().endsWith("1 passed, 1 failed"), r.out());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        assertEquals(2, doc.getElementsByTagName("testcase").getLength());
        assertEquals(1, doc.getElementsByTagName("failure").getLength());
    }

    @Test
    void badPathsAreUsageErrorsBeforeAnythingStarts(@TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliRun demo = run("demo", "--headless", "--web", "127.0.0.1:0", "--flash", file.toString());
        assertEquals(2, demo.exit());
        assertTrue(demo.err().contains("is not a directory"), demo.err());
        CliRun audio = run("demo", "--headless", "--web", "127.0.0.1:0", "--flash", dir.resolve("flash").toString(),
                "--audio", file.toString());
        assertEquals(2, audio.exit());
        assertTrue(audio.err().contains("--audio: " + file + " is not a directory"), audio.err());
        CliRun junit = run("scenario", "run", "../scenarios/viii-wan.scn", "--junit", file.resolve("r.xml").toString());
        assertEquals(2, junit.exit());
        assertTrue(junit.err().contains("--junit: " + file + " is not a directory"), junit.err());
        assertEquals("", junit.out(), "nothing ran");
    }

    @Test
    void malformedScenarioWithJsonListsTheMistakesAsJson(@TempDir Path dir)
            throws IOException {
        Path f = Files.writeString(dir.resolve("bad.scn"), "model VIII\nat 0s fly\n");
        CliRun r = run("scenario", "run", "--json", f.toString());
        assertEquals(2, r.exit());
        assertEquals(2, r.json().get("errors").get(0).get("line").asInt());
    }

    @Test
    void scenarioSettingsAndFaultsListTheVocabulary() {
        CliRun s = run("scenario", "settings", "--model", "III");
        assertTrue(s.out().contains("power.eco") && s.out().contains("on|off"), s.out());
        CliRun f = run("scenario", "faults", "--model", "VIII");
        assertTrue(f.out().contains("wan.cable") && f.out().contains("power.anomaly")
                && f.out().contains("press shutdown for T"), f.out());
        CliRun g = run("scenario", "faults", "--model", "III");
        assertTrue(g.out().contains("sw") && !g.out().contains("power.anomaly") && !g.out().contains("press shutdown"));
    }
}
