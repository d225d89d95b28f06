package org.voipgw.led;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voipgw.led.LampState.GREEN;
import static org.voipgw.led.LampState.GREEN_BLINK;
import static org.voipgw.led.LampState.OFF;
import static org.voipgw.led.LampState.ORANGE;
import static org.voipgw.led.LampState.ORANGE_BLINK;
import static org.voipgw.led.LampState.RED;
import static org.voipgw.led.LampState.RED_BLINK;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.voipgw.led.status.ClockSource;
import org.voipgw.led.status.ClockStatus;
import org.voipgw.led.status.DeviceStatus;
import org.voipgw.led.status.EthernetLink;
import org.voipgw.led.status.FirmwareStatus;
import org.voipgw.led.status.HardwareFault;
import org.voipgw.led.status.LineState;
import org.voipgw.led.status.PowerState;
import org.voipgw.led.status.PppState;
import org.voipgw.led.status.RegistrationState;
import org.voipgw.led.status.SoftwareFault;

/**
 * The catalogue and {@link LampDerivation} describe the same panel: every provided row has a status
 * that lights it, and every state the derivation lights has a provided row.
 */
class DerivationMatchesCatalogueTest {
    /** Powered, registered, WAN up at 100 Mbit/s, nothing else connected, clock free-running. */
    private static final DeviceStatus RUNNING = DeviceStatus.poweredOff("1.0").with(b -> {
        b.power = PowerState.ON;
        b.wan = EthernetLink.up(100);
        b.registration = RegistrationState.REGISTERED;
        b.pbxLine = LineState.USABLE;
    });

    /** One table entry: the status that should light {@code lamp} (any lamp of the row) in {@code state}. */
    record Case(LampFamily family, Lamp lamp, LampState state, Function<Lamp, DeviceStatus> status) {
    }

    private static final List<Case> TABLE = new ArrayList<>();

    private static void add(LampFamily f, Lamp lamp, LampState s, Consumer<DeviceStatus.Builder> change) {
        TABLE.add(new Case(f, lamp, s, l -> RUNNING.with(change)));
    }

    /** A row shared by LAN1～4 (or the speed lamps): the change applies to the port the lamp shows. */
    private static void addPort(LampFamily f, Lamp lamp, LampState s, EthernetLink link) {
        TABLE.add(new Case(f, lamp, s, l -> RUNNING.withLan(port(l), link)));
    }

    private static int port(Lamp l) {
        int i = Lamp.LAN_LINK.contains(l) ? Lamp.LAN_LINK.indexOf(l) : Lamp.LAN_SPEED.indexOf(l);
        return i + 1;
    }

    private static final FirmwareStatus PENDING = new FirmwareStatus("1.0", "1.1", false);
    private static final FirmwareStatus UPDATING = new FirmwareStatus("1.0", "1.1", true);

    static {
        LampFamily v = LampFamily.VIII;
        add(v, Lamp.POWER, OFF, b -> b.power = PowerState.OFF);
        add(v, Lamp.POWER, GREEN, b -> { });
        add(v, Lamp.POWER, RED, b -> b.power = PowerState.ANOMALY);
        add(v, Lamp.POWER, ORANGE_BLINK, b -> b.power = PowerState.SHUTTING_DOWN);
        add(v, Lamp.POWER, ORANGE, b -> b.power = PowerState.STANDBY);
        add(v, Lamp.INIT, OFF, b -> { });
        add(v, Lamp.INIT, ORANGE, b -> b.factoryDefaults = true);
        add(v, Lamp.INIT, ORANGE_BLINK, b -> b.firmware = UPDATING);
        add(v, Lamp.ALARM, OFF, b -> { });
        add(v, Lamp.ALARM, RED, b -> b.hardwareFaults.add(HardwareFault.DSP));
        add(v, Lamp.CONFIG, OFF, b -> { });
        add(v, Lamp.CONFIG, GREEN_BLINK, b -> b.firmware = PENDING);
        add(v, Lamp.PPP, OFF, b -> { });
        add(v, Lamp.PPP, GREEN, b -> b.ppp.set(0, PppState.CONNECTED));
        add(v, Lamp.PPP, ORANGE, b -> {
            b.ppp.set(0, PppState.CONNECTED);
            b.ppp.set(1, PppState.CONNECTED);
        });
        add(v, Lamp.VOIP, OFF, b -> b.registration = RegistrationState.UNREGISTERED);
        add(v, Lamp.VOIP, GREEN, b -> { });
        add(v, Lamp.VOIP, GREEN_BLINK, b -> b.callsInProgress = 1);
        add(v, Lamp.WAN, OFF, b -> b.wan = new EthernetLink(false, false, 0, false));
        add(v, Lamp.WAN, GREEN, b -> { });
        add(v, Lamp.WAN, GREEN_BLINK, b -> b.wan = new EthernetLink(true, true, 100, true));
        add(v, Lamp.WAN, RED_BLINK, b -> b.wan = EthernetLink.DOWN);
        addPort(v, Lamp.LAN1, OFF, EthernetLink.DOWN);
        addPort(v, Lamp.LAN1, GREEN, EthernetLink.up(100));
        add(v, Lamp.PRI, OFF, b -> b.pbxLine = LineState.UNCONFIGURED);
        add(v, Lamp.PRI, GREEN, b -> { });
        add(v, Lamp.PRI, GREEN_BLINK, b -> b.pbxLine = LineState.COMMUNICATING);
        add(v, Lamp.PRI, RED_BLINK, b -> b.pbxLine = LineState.FAILED);
        add(v, Lamp.PRI, RED, b -> b.pbxLine = LineState.BLOCKED);
        add(v, Lamp.CLK, OFF, b -> { });
        add(v, Lamp.CLK, GREEN, b -> b.clock = new ClockStatus(ClockSource.BRI, true));
        add(v, Lamp.CLK, GREEN_BLINK, b -> b.clock = new ClockStatus(ClockSource.BRI, false));
        add(v, Lamp.CLK, ORANGE, b -> b.clock = new ClockStatus(ClockSource.PRI, true));
        add(v, Lamp.CLK, ORANGE_BLINK, b -> b.clock = new ClockStatus(ClockSource.PRI, false));

        LampFamily f = LampFamily.FXS_BRI;
        add(f, Lamp.POWER, OFF, b -> b.power = PowerState.OFF);
        add(f, Lamp.POWER, GREEN, b -> { });
        add(f, Lamp.POWER, GREEN_BLINK, b -> b.power = PowerState.ECO);
        add(f, Lamp.INIT, OFF, b -> { });
        add(f, Lamp.INIT, RED, b -> b.factoryDefaults = true);
        add(f, Lamp.INIT, RED_BLINK, b -> b.flashAccess = true);
        add(f, Lamp.ALARM, OFF, b -> { });
        add(f, Lamp.ALARM, RED, b -> b.hardwareFaults.add(HardwareFault.SLIC));
        add(f, Lamp.ALARM, RED_BLINK, b -> b.softwareFaults.add(SoftwareFault.DATA));
        add(f, Lamp.CONFIG, OFF, b -> { });
        add(f, Lamp.CONFIG, GREEN_BLINK, b -> b.firmware = PENDING);
        add(f, Lamp.PPP, OFF, b -> { });
        add(f, Lamp.PPP, GREEN, b -> b.ppp.set(0, PppState.CONNECTED));
        add(f, Lamp.PPP, GREEN_BLINK, b -> b.ppp.set(0, PppState.AUTH_FAILED));
        add(f, Lamp.VOIP, OFF, b -> b.registration = RegistrationState.AUTH_FAILED);
        add(f, Lamp.VOIP, GREEN, b -> { });
        add(f, Lamp.VOIP, GREEN_BLINK, b -> b.callsInProgress = 2);
        add(f, Lamp.WAN, OFF, b -> b.wan = EthernetLink.DOWN);
        add(f, Lamp.WAN, GREEN, b -> { });
        add(f, Lamp.WAN, GREEN_BLINK, b -> b.wan = new EthernetLink(true, true, 1000, true));
        add(f, Lamp.CLK, OFF, b -> { });
        add(f, Lamp.CLK, GREEN, b -> b.clock = new ClockStatus(ClockSource.BRI, true));
        addPort(f, Lamp.LAN1, OFF, EthernetLink.DOWN);
        addPort(f, Lamp.LAN1, GREEN, EthernetLink.up(10));
        addPort(f, Lamp.LAN1, GREEN_BLINK, new EthernetLink(true, true, 100, true));
        addPort(f, Lamp.LAN1_SPEED, OFF, EthernetLink.up(10));
        addPort(f, Lamp.LAN1_SPEED, ORANGE, EthernetLink.up(1000));
    }

    /** Every provided row, once per lamp it is printed for. */
    static Stream<Arguments> providedRowsPerLamp() {
        return LampCatalogueTest.allRows().filter(r -> !r.notProvided())
                .flatMap(r -> r.lamps().stream().map(l -> Arguments.of(r.family(), l, r.state())));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("providedRowsPerLamp")
    void aStatusLightsEveryProvidedRow(LampFamily family, Lamp lamp, LampState state) {
        Case c = caseFor(family, lamp, state);
        assertNotNull(c, "no status in the table for " + family + " " + lamp + " " + state);
        assertEquals(state, LampDerivation.derive(family, c.status().apply(lamp)).get(lamp));
    }

    @Test
    void theTableHasOneEntryPerProvidedRowAndNoneForNotProvidedOnes() {
        long provided = LampCatalogueTest.allRows().filter(r -> !r.notProvided()).count();
        assertEquals(provided, TABLE.size());
        for (Case c : TABLE) {
            List<CatalogueRow> rows = LampCatalogue.find(c.family(), c.lamp(), c.state());
            assertFalse(rows.isEmpty() || rows.get(0).notProvided(), c.toString());
        }
    }

    private static Case caseFor(LampFamily family, Lamp lamp, LampState state) {
        CatalogueRow row = LampCatalogue.find(family, lamp, state).get(0);
        Lamp first = row.lamps().get(0);
        return TABLE.stream().filter(c -> c.family() == family && c.lamp() == first && c.state() == state)
                .findFirst().orElse(null);
    }

    // ---- the converse: what the derivation can show over a broad set of statuses ----

    private static final int GENERATED = 30_000;

    /** Per lamp, every state the derivation produced over the generated statuses (not the table's). */
    private static Map<Lamp, Set<LampState>> reachable(LampFamily family) {
        Map<Lamp, Set<LampState>> seen = new EnumMap<>(Lamp.class);
        Random random = new Random(4302L); // fixed seed: the same statuses every run
        Stream.generate(() -> randomStatus(random)).limit(GENERATED).forEach(s -> LampDerivation.derive(family, s).states()
                .forEach((l, st) -> seen.computeIfAbsent(l, k -> EnumSet.noneOf(LampState.class)).add(st)));
        return seen;
    }

    @ParameterizedTest
    @EnumSource(LampFamily.class)
    void everyStateTheDerivationShowsHasAProvidedRow(LampFamily family) {
        reachable(family).forEach((lamp, states) -> {
            for (LampState s : states) {
                List<CatalogueRow> rows = LampCatalogue.find(family, lamp, s);
                assertFalse(rows.isEmpty(), family + " " + lamp + " " + s + " has no catalogue row");
                assertFalse(rows.get(0).notProvided(), family + " " + lamp + " " + s + " is （未提供）");
            }
        });
    }

    @ParameterizedTest
    @EnumSource(LampFamily.class)
    void noProvidedRowIsUnreachableAndNoNotProvidedOneIsReachable(LampFamily family) {
        Map<Lamp, Set<LampState>> reachable = reachable(family);
        for (CatalogueRow row : LampCatalogue.rows(family)) {
            for (Lamp lamp : row.lamps()) {
                boolean shown = reachable.getOrDefault(lamp, Set.of()).contains(row.state());
                if (row.notProvided()) {
                    // reachable only through a provided row of the same state (CONFIG green-blink)
                    boolean providedTwin = LampCatalogue.find(family, lamp, row.state()).stream()
                            .anyMatch(r -> !r.notProvided());
                    assertTrue(!shown || providedTwin, "（未提供） " + lamp + " " + row.state() + " is shown");
                } else {
                    assertTrue(shown, lamp + " " + row.state() + " is never shown");
                }
            }
        }
    }

    private static DeviceStatus randomStatus(Random r) {
        return DeviceStatus.poweredOff("1.0").with(b -> {
            b.power = pick(r, PowerState.values());
            b.factoryDefaults = r.nextInt(4) == 0;
            b.flashAccess = r.nextInt(4) == 0;
            b.firmware = pick(r, new FirmwareStatus[] {new FirmwareStatus("1.0", null, false), PENDING, UPDATING});
            if (r.nextInt(4) == 0) {
                b.hardwareFaults.add(pick(r, HardwareFault.values()));
            }
            if (r.nextInt(4) == 0) {
                b.softwareFaults.add(pick(r, SoftwareFault.values()));
            }
            b.wan = randomLink(r);
            for (int i = 0; i < DeviceStatus.LAN_PORTS; i++) {
                b.lan.set(i, randomLink(r));
            }
            for (int i = 0; i < DeviceStatus.PPP_SESSIONS; i++) {
                b.ppp.set(i, r.nextBoolean() ? PppState.STOPPED : pick(r, PppState.values()));
            }
            b.registration = pick(r, RegistrationState.values());
            b.callsInProgress = r.nextInt(3);
            b.pbxLine = pick(r, LineState.values());
            b.clock = new ClockStatus(pick(r, ClockSource.values()), r.nextBoolean());
        });
    }

    private static EthernetLink randomLink(Random r) {
        boolean up = r.nextBoolean();
        int speed = up ? pick(r, new Integer[] {10, 100, 1000}) : 0;
        return new EthernetLink(r.nextInt(8) != 0, up, speed, up && r.nextBoolean());
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
