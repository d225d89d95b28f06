package org.voipgw.agent.pppoe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.scenario.Outcome;
import org.voipgw.agent.scenario.Scenario;
import org.voipgw.agent.scenario.ScenarioFiles;
import org.voipgw.agent.scenario.ScenarioRunner;
import org.voipgw.led.LampFamily;

/**
 * The {@code scenarios/ppp-*.scn} library shows every PPP row of both lamp tables with a passing
 * expectation: Ⅷ off / green (1 session) / orange (2 sessions) (guide 4421–4453); Ⅲ–Ⅶ off / green /
 * green-blink (4723–4753), the last both for an authentication failure and for a silent access
 * concentrator.
 */
class PppScenarioCoverageTest {
    private static final Path LIBRARY = Path.of("..", "scenarios");

    @Test
    void everyPppRowOfBothPanelsIsShown() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(LIBRARY)) {
            files = s.filter(p -> p.getFileName().toString().matches("ppp-.*\\.scn")).sorted().toList();
        }
        ScenarioFiles.Loaded loaded = ScenarioFiles.load(files);
        assertEquals(List.of(), loaded.errors());
        Set<String> shown = new TreeSet<>();
        for (Scenario sc : loaded.scenarios()) {
            StringWriter log = new StringWriter();
            List<Outcome> outcomes = new ScenarioRunner(new PrintWriter(log)).run(sc);
            assertTrue(outcomes.stream().allMatch(Outcome::passed), log.toString());
            outcomes.stream().filter(o -> o.expectation().subject().equals("lamp PPP"))
                    .forEach(o -> shown.add(sc.model().family() + " " + o.expectation().expected()
                            + (sc.file().contains("auth") ? " auth" : sc.file().contains("retrying") ? " ac" : "")));
        }
        for (String row : List.of("VIII off", "VIII green", "VIII orange")) {
            assertTrue(shown.stream().anyMatch(x -> x.startsWith(row)), row + " not shown; shown: " + shown);
        }
        String f = LampFamily.FXS_BRI + " ";
        for (String row : List.of(f + "off", f + "green", f + "green-blink auth", f + "green-blink ac")) {
            assertTrue(shown.stream().anyMatch(x -> x.startsWith(row)), row + " not shown; shown: " + shown);
        }
    }
}
