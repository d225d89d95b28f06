package org.voipgw.agent.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.CatalogueRow;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampCatalogue;
import org.voipgw.led.LampFamily;

/**
 * Runs every file of the repository's {@code scenarios/} library, and fails when a catalogue row a
 * scenario can reach has no passing scenario that shows it.
 */
class ScenarioLibraryTest {
    static final Path LIBRARY = Path.of("..", "scenarios");

    /** The lamps whose every provided row must be shown by some scenario: all of both panels. */
    static final Set<Lamp> COVERED = Set.of(Lamp.POWER, Lamp.INIT, Lamp.ALARM, Lamp.CONFIG, Lamp.WAN,
            Lamp.LAN1, Lamp.LAN2, Lamp.LAN3, Lamp.LAN4, Lamp.LAN1_SPEED, Lamp.LAN2_SPEED, Lamp.LAN3_SPEED,
            Lamp.LAN4_SPEED, Lamp.PRI, Lamp.CLK, Lamp.PPP, Lamp.VOIP);

    static Stream<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(LIBRARY)) {
            return s.filter(p -> p.toString().endsWith(".scn")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyExpectationHolds(Path file) {
        ScenarioFiles.Loaded loaded = ScenarioFiles.load(List.of(file));
        assertEquals(List.of(), loaded.errors());
        StringWriter log = new StringWriter();
        List<Outcome> outcomes = new ScenarioRunner(new PrintWriter(log)).run(loaded.scenarios().get(0));
        assertFalse(outcomes.isEmpty(), "a scenario must expect something");
        assertTrue(outcomes.stream().allMatch(Outcome::passed), log.toString());
        assertEquals(loaded.scenarios().get(0).expectations().size(), outcomes.size(), "every expectation decided");
    }

    @Test
    void everyReachableRowHasAScenario() throws IOException {
        Set<String> shown = new TreeSet<>();
        List<Path> all = files().toList();
        ScenarioFiles.Loaded loaded = ScenarioFiles.load(all);
        assertEquals(List.of(), loaded.errors());
        for (Scenario s : loaded.scenarios()) {
            for (Outcome o : new ScenarioRunner(new PrintWriter(new StringWriter())).run(s)) {
                Expectation e = o.expectation();
                if (o.passed() && e.subject().startsWith("lamp ")) {
                    Lamp l = Lamp.find(e.subject().substring(5)).orElseThrow();
                    shown.add(key(s.model().family(), l, e.expected()));
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (LampFamily f : LampFamily.values()) {
            for (CatalogueRow r : LampCatalogue.rows(f)) {
                if (r.notProvided()) {
                    continue;
                }
                boolean covered = r.lamps().stream().filter(COVERED::contains)
                        .anyMatch(l -> shown.contains(key(f, l, r.state().id())));
                if (r.lamps().stream().anyMatch(COVERED::contains) && !covered) {
                    missing.add(f + " " + r.lamps().get(0) + " " + r.state().id());
                }
            }
        }
        assertEquals(List.of(), missing, "catalogue rows with no passing scenario in " + LIBRARY);
    }

    @Test
    void libraryCoversBothPanelsAndEveryModelParses() throws IOException {
        Set<GatewayModel> models = new TreeSet<>();
        ScenarioFiles.load(files().toList()).scenarios().forEach(s -> models.add(s.model()));
        assertTrue(models.contains(GatewayModel.VIII));
        assertTrue(models.stream().anyMatch(m -> m.family() == LampFamily.FXS_BRI));
    }

    private static String key(LampFamily f, Lamp l, String state) {
        return f + "/" + l.printed() + "/" + state;
    }
}
