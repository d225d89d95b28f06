package org.voipgw.agent.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import java.util.Optional;
import org.voipgw.agent.firmware.FirmwareFeature;
import org.voipgw.agent.firmware.FirmwareVersion;
import org.voipgw.agent.firmware.ImageKind;
import org.voipgw.agent.firmware.sim.SimulatedFirmwareServer;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampPanel;
import org.voipgw.led.LampState;
import org.voipgw.led.status.PowerState;
import java.util.LinkedHashMap;
import java.util.Map;

class DeviceLifecycleTest {
    private final VirtualClock clock = new VirtualClock();

    private Device device(GatewayModel m, Path flash) {
        return DeviceAssembly.simulated(m, clock, flash);
    }

    @Test
    void bootsToRunningWithInitOff() {
        Device d = device(GatewayModel.III, null);
        d.powerOn();
        assertEquals(PowerState.BOOTING, d.status().power());
        assertEquals(LampState.OFF, d.panel().get(Lamp.INIT), "power on → boot → normal: INIT off (issue 3)");
        clock.advance(Device.BOOT_TIME);
        assertTrue(d.running());
        assertEquals(LampState.OFF, d.panel().get(Lamp.INIT));
        assertEquals(LampState.GREEN, d.panel().get(Lamp.POWER));
    }

    @Test
    void everyLampChangeIsRecordedWithItsTimeAndPushedToSinks() {
        Device d = device(GatewayModel.VIII, null);
        List<LampPanel> shown = new ArrayList<>();
        d.addLampSink(shown::add);
        d.powerOn();
        clock.advance(Duration.ofSeconds(10));
        long cut = clock.millis();
        d.vocabulary().fault("wan.cable").orElseThrow().inject().accept(d, "cut");
        assertEquals(cut, d.lampHistory().lastChange(Lamp.WAN).orElseThrow().atMillis());
        assertEquals(LampState.RED_BLINK, d.lampHistory().lastChange(Lamp.WAN).orElseThrow().to());
        assertEquals(LampState.RED_BLINK, shown.get(shown.size() - 1).get(Lamp.WAN));
        assertEquals(new LampChange(cut, Lamp.WAN, LampState.GREEN, LampState.RED_BLINK),
                d.lampHistory().recent().get(d.lampHistory().recent().size() - 1), "the last event, with its time");
        assertEquals(LampState.GREEN, d.lampHistory().recent().stream().filter(c -> c.lamp() == Lamp.POWER)
                .findFirst().orElseThrow().to(), "power on is an event too");
    }

    @Test
    void shortShutdownPressDoesNothingLongOneSavesTheLogAndStandsBy(@TempDir Path flash) throws IOException {
        Device d = device(GatewayModel.VIII, flash);
        d.powerOn();
        clock.advance(Duration.ofSeconds(5));
        d.shutdownSwitchDown();
        clock.advance(Duration.ofMillis(2999));
        d.shutdownSwitchUp();
        clock.advance(Duration.ofSeconds(10));
        assertEquals(PowerState.ON, d.status().power());
        d.shutdownSwitchDown();
        clock.advance(Device.SHUTDOWN_HOLD);
        assertEquals(LampState.ORANGE_BLINK, d.panel().get(Lamp.POWER));
        clock.advance(Device.SHUTDOWN_SAVE_TIME);
        assertEquals(LampState.ORANGE, d.panel().get(Lamp.POWER));
        try (Stream<Path> saved = Files.list(flash.resolve("log"))) {
            Path log = saved.findFirst().orElseThrow();
            assertTrue(Files.readString(log).contains("shutdown switch held"));
        }
        d.powerOff();
        d.powerOn();
        clock.advance(Device.BOOT_TIME);
        assertEquals(LampState.GREEN, d.panel().get(Lamp.POWER), "power-cycling leaves standby");
    }

    @Test
    void factoryStateSurvivesARestartUntilConfigured(@TempDir Path flash) {
        Device d = device(GatewayModel.III, flash);
        d.powerOn();
        clock.advance(Device.BOOT_TIME);
        assertTrue(d.set(Map.of("power.eco", "on")).isEmpty());
        d.pressInit();
        clock.advance(Device.BOOT_TIME);
        assertEquals("off", d.settings().get("power.eco"), "user settings wiped");
        assertEquals(LampState.RED, d.panel().get(Lamp.INIT));
        // a new process on the same flash: still factory state
        Device again = device(GatewayModel.III, flash);
        again.powerOn();
        clock.advance(Device.BOOT_TIME);
        assertEquals(LampState.RED, again.panel().get(Lamp.INIT));
        assertTrue(again.set(Map.of("power.eco", "off")).isEmpty());
        assertEquals(LampState.OFF, again.panel().get(Lamp.INIT));
    }

    @Test
    void settingsSurviveARestart(@TempDir Path flash) {
        Device d = device(GatewayModel.VI, flash);
        assertTrue(d.set(Map.of("power.eco", "on")).isEmpty());
        Device again = device(GatewayModel.VI, flash);
        assertEquals("on", again.settings().get("power.eco"));
    }

    @Test
    void badSettingChangesNothing(@TempDir Path flash) throws IOException {
        Device d = device(GatewayModel.VI, flash);
        assertTrue(d.set(Map.of("power.eco", "on")).isEmpty());
        String before = Files.readString(d.settingsFile().orElseThrow());
        Map<String, String> change = new LinkedHashMap<>();
        change.put("power.eco", "off");
        change.put("power.turbo", "on");
        assertEquals(1, d.set(change).size());
        assertEquals("on", d.settings().get("power.eco"), "all or nothing");
        assertEquals(before, Files.readString(d.settingsFile().orElseThrow()));
    }

    @Test
    void firmwareIsAppliedAtTheNextBootThenRuns() {
        Device d = device(GatewayModel.VIII, null);
        d.powerOn();
        clock.advance(Device.BOOT_TIME);
        download(d, "2.0.0");
        assertEquals(LampState.GREEN_BLINK, d.panel().get(Lamp.CONFIG));
        d.reboot();
        clock.advance(Device.BOOT_TIME);
        assertEquals(LampState.ORANGE_BLINK, d.panel().get(Lamp.INIT));
        assertEquals(LampState.OFF, d.panel().get(Lamp.CONFIG));
        clock.advance(Device.FIRMWARE_UPDATE_TIME);
        assertEquals("2.0.0", d.status().firmware().running());
        assertEquals(LampState.OFF, d.panel().get(Lamp.INIT));
        clock.advance(Device.BOOT_TIME); // the restart into the new firmware
        assertTrue(d.running());
    }

    @Test
    void powerLossDuringUpdateRetriesAtTheNextBoot() {
        Device d = device(GatewayModel.VIII, null);
        d.powerOn();
        clock.advance(Device.BOOT_TIME);
        download(d, "2.0.0");
        d.reboot();
        clock.advance(Device.BOOT_TIME.plusSeconds(10));
        d.powerOff();
        clock.advance(Device.FIRMWARE_UPDATE_TIME);
        assertEquals("1.0.0", d.status().firmware().running());
        d.powerOn();
        clock.advance(Device.BOOT_TIME.plus(Device.FIRMWARE_UPDATE_TIME).plus(Device.BOOT_TIME));
        assertEquals("2.0.0", d.status().firmware().running());
        assertTrue(d.running());
    }

    /** A signed image from the simulated firmware server, written and checked: CONFIG green-blink after. */
    private void download(Device d, String version) {
        FirmwareFeature f = d.feature(FirmwareFeature.class).orElseThrow();
        assertEquals(Optional.empty(), f.receive(SimulatedFirmwareServer.get().image(new FirmwareVersion(version),
                ImageKind.SIGNED)));
        clock.advance(Duration.ofSeconds(2));
    }

    @Test
    void powerOffDarkensEveryLamp() {
        Device d = device(GatewayModel.VII, null);
        d.powerOn();
        clock.advance(Device.BOOT_TIME);
        d.powerOff();
        assertFalse(d.panel().states().values().stream().anyMatch(s -> s != LampState.OFF));
    }

    @Test
    void devicesShareNoState() {
        Device a = device(GatewayModel.VIII, null);
        Device b = device(GatewayModel.VIII, null);
        a.powerOn();
        b.powerOn();
        clock.advance(Device.BOOT_TIME);
        a.vocabulary().fault("wan.cable").orElseThrow().inject().accept(a, "cut");
        assertEquals(LampState.RED_BLINK, a.panel().get(Lamp.WAN));
        assertEquals(LampState.GREEN, b.panel().get(Lamp.WAN));
    }

    /**
     * Issue 13 finding 4: {@code null} in settings.json stopped the boot with a NullPointerException. Now the
     * file is set aside, the box boots on defaults, the device log (ログ page) says so, and on Ⅲ–Ⅶ ALARM
     * blinks red (ソフト障害（データ破損）, guide 4709) until the next power cycle; Ⅷ's ALARM has no such row.
     */
    @Test
    void aDamagedSettingsFileBootsOnDefaultsLoggedAndShownOnTheFamilysAlarm(@TempDir Path flash) throws IOException {
        for (GatewayModel m : List.of(GatewayModel.III, GatewayModel.VIII)) {
            Path dir = Files.createDirectories(flash.resolve(m.ascii()));
            Files.writeString(dir.resolve("settings.json"), "null");
            Device d = device(m, dir);
            d.powerOn();
            clock.advance(Device.BOOT_TIME);
            assertTrue(d.running(), m + " boots");
            assertTrue(Files.exists(dir.resolve("settings.json.damaged")));
            assertTrue(d.log().recent().stream().anyMatch(l -> l.contains("WARN 設定ファイルが壊れています / settings file damaged")),
                    d.log().recent().toString());
            LampState expected = m == GatewayModel.VIII ? LampState.OFF : LampState.RED_BLINK;
            assertEquals(expected, d.panel().get(Lamp.ALARM), m.toString());
            d.powerOff();
            d.powerOn();
            clock.advance(Device.BOOT_TIME);
            assertEquals(LampState.OFF, d.panel().get(Lamp.ALARM), "a power cycle clears it (the guide's remedy)");
            d.close();
        }
    }
}
