package org.voipgw.agent.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.sip.sim.CarrierFaults;
import org.voipgw.agent.sip.sim.SimulatedCarrier;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.agent.scenario.Outcome;
import org.voipgw.agent.scenario.Scenario;
import org.voipgw.agent.scenario.ScenarioFiles;
import org.voipgw.agent.scenario.ScenarioRunner;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.led.CatalogueRow;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampCatalogue;
import org.voipgw.led.LampFamily;
import org.voipgw.led.status.RegistrationState;

/** SIP in the whole simulated box (DeviceAssembly), and the SIP scenarios' coverage of the guide's rows. */
class SipOnDeviceTest {
    private static final Map<String, String> ACCOUNT = Map.of("sip.registrar", "carrier.example:5060",
            "sip.user", "0312345678", "sip.password", "secret", "sip.domain", "carrier.example");

    @Test
    void everyRetryOfTheAssembledBoxFallsInItsRfc5626Window() {
        VirtualClock clock = new VirtualClock();
        Device d = DeviceAssembly.simulated(GatewayModel.VIII, clock, null);
        SimulatedCarrier carrier = d.feature(CarrierFaults.class).orElseThrow().carrier();
        carrier.down(true);
        d.powerOn();
        clock.advance(Duration.ofSeconds(3));
        assertEquals(List.of(), d.set(ACCOUNT));
        clock.advance(Duration.ofHours(12));
        List<SimulatedCarrier.Received> rs = carrier.received();
        assertTrue(rs.size() > 20, "keeps retrying: " + rs.size());
        for (int n = 1; n < rs.size(); n++) {
            long failedAt = rs.get(n - 1).at().toEpochMilli() + 32_000; // Timer F
            long wait = rs.get(n).at().toEpochMilli() - failedAt;
            long bound = Math.min(1800, 30L << Math.min(n, 20)) * 1000;
            assertTrue(wait >= bound / 2 && wait <= bound, "retry " + n + ": " + wait + " ms, bound " + bound);
        }
        carrier.down(false);
        clock.advance(Duration.ofMinutes(31));
        assertEquals(RegistrationState.REGISTERED, d.status().registration());
    }

    @Test
    void sipScenariosShowEveryVoipRowOnBothPanelsAndThePriBlockedRow() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("..", "scenarios"))) {
            files = s.filter(p -> p.getFileName().toString().matches("sip-.*\\.scn")).sorted().toList();
        }
        ScenarioFiles.Loaded loaded = ScenarioFiles.load(files);
        assertEquals(List.of(), loaded.errors());
        Set<String> shown = new TreeSet<>();
        for (Scenario s : loaded.scenarios()) {
            StringWriter log = new StringWriter();
            for (Outcome o : new ScenarioRunner(new PrintWriter(log)).run(s)) {
                assertTrue(o.passed(), s.file() + ": " + log);
                if (o.expectation().subject().startsWith("lamp ")) {
                    shown.add(s.model().family() + " " + o.expectation().subject().substring(5) + " "
                            + o.expectation().expected());
                }
            }
        }
        for (LampFamily f : LampFamily.values()) {
            for (CatalogueRow r : LampCatalogue.rows(f)) {
                if (r.lamps().contains(Lamp.VOIP)) {
                    assertTrue(shown.contains(f + " VoIP " + r.state().id()), f + " VoIP " + r.state().id());
                }
            }
        }
        assertTrue(shown.contains(LampFamily.VIII + " PRI red"), "PRI閉塞 row");
    }
}
