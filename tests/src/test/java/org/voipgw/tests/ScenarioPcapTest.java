package org.voipgw.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.cli.VoipgwCommand;
import picocli.CommandLine;

/**
 * {@code voipgw scenario run --pcap DIR} on the library's Q.931 scenarios, and tshark reading the
 * captures: every frame dissects as LAPD with no expert or malformed marks, and the Q.931 message
 * types and called numbers are the ones of the scenario.
 */
class ScenarioPcapTest {
    private final Path dir = Path.of("target", "scenario-captures");

    private void run(String... scenarios) throws Exception {
        Files.createDirectories(dir);
        CommandLine cl = VoipgwCommand.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        String[] args = new String[scenarios.length + 4];
        args[0] = "scenario";
        args[1] = "run";
        args[2] = "--pcap";
        args[3] = dir.toString();
        for (int i = 0; i < scenarios.length; i++) {
            args[4 + i] = Path.of("..", "scenarios", scenarios[i]).toString();
        }
        assertEquals(0, cl.execute(args), out.toString());
    }

    private List<String[]> clean(Path pcap) throws Exception {
        List<String[]> rows = Tshark.fields(pcap, "frame.protocols", "q931.message_type",
                "q931.called_party_number.digits", "_ws.expert", "_ws.malformed");
        assertTrue(rows.size() > 3, "frames captured in " + pcap);
        for (String[] r : rows) {
            assertTrue(r[0].contains("lapd"), "LAPD: " + r[0]);
            assertEquals("", r[3], "no expert info in " + pcap);
            assertEquals("", r[4], "not malformed in " + pcap);
        }
        return rows;
    }

    private static List<String> messages(List<String[]> rows) {
        return rows.stream().filter(r -> !r[1].isEmpty()).map(r -> r[1]).toList();
    }

    @Test
    void aCallFromThePbxDissectsAsTheExchangeTheScenarioExpects() throws Exception {
        run("viii-q931-call-from-pbx.scn");
        List<String[]> rows = clean(dir.resolve("viii-q931-call-from-pbx-pri.pcap"));
        // SETUP, CALL PROCEEDING, ALERTING, CONNECT, CONNECT ACK, DISCONNECT, RELEASE, RELEASE COMPLETE
        assertEquals(List.of("0x05", "0x02", "0x01", "0x07", "0x0f", "0x45", "0x4d", "0x5a"), messages(rows));
        assertTrue(rows.stream().anyMatch(r -> r[1].equals("0x05") && r[2].equals("0312345678")), "called number");
    }

    @Test
    void t303RepeatsTheSetupOnceThenClears() throws Exception {
        run("viii-q931-t303.scn");
        List<String[]> rows = clean(dir.resolve("viii-q931-t303-pri.pcap"));
        List<String> m = messages(rows);
        assertEquals(2, m.stream().filter("0x05"::equals).count(), "SETUP sent twice: " + m);
        assertTrue(rows.stream().filter(r -> r[1].equals("0x05")).allMatch(r -> r[2].equals("201")));
    }

    @Test
    void briPortsAreCapturedOneFileEach() throws Exception {
        run("family-bri-ports.scn");
        for (int n = 1; n <= 4; n++) {
            assertTrue(Files.size(dir.resolve("family-bri-ports-bri" + n + ".pcap")) > 24, "bri" + n);
        }
        List<String[]> rows = clean(dir.resolve("family-bri-ports-bri3.pcap"));
        assertTrue(messages(rows).contains("0x07"), "the call on bri3 is connected: " + messages(rows));
    }
}
