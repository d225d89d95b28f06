package org.voipgw.agent.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.DeviceLog;
import org.voipgw.agent.settings.FileSettingsStore;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.flash.Flash;
import org.voipgw.hal.flash.PowerCutFlash;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampState;

/**
 * Issue 13 "crash points": a power cut at a random write, fsync or rename ({@link PowerCutFlash}, which
 * also loses what was not yet durable) of a settings save or a log save; after each "reboot" the stored
 * state is exactly the old or the new one, nothing is taken for damage (no quarantine), the next save works,
 * and the device boots. The credentials change has its own test in webui-lite (CredentialsCrashPointTest).
 */
class CrashPointTest {
    static final int SETTINGS_CUTS = 600;
    static final int LOG_CUTS = 200;
    private final SplittableRandom random = new SplittableRandom(13);

    @Test
    void settingsSavesCutAtRandomPointsLeaveTheOldOrTheNewSettingsAndTheBoxBoots(@TempDir Path root) throws IOException {
        int cuts = 0;
        int trials = 0;
        while (cuts < SETTINGS_CUTS) {
            Path dir = root.resolve("s" + trials++);
            Path file = dir.resolve("settings.json");
            Map<String, String> old = random.nextInt(5) == 0 ? Map.of() : settings();
            if (!old.isEmpty()) {
                new FileSettingsStore(Flash.files(), file, line -> { }).save(old);
            }
            Map<String, String> next = settings();
            PowerCutFlash flash = new PowerCutFlash(random.nextInt(12), random);
            try {
                new FileSettingsStore(flash, file, line -> { }).save(next);
            } catch (PowerCutFlash.PowerCut expected) {
                cuts++;
            }
            List<String> damage = new ArrayList<>();
            Map<String, String> after = new FileSettingsStore(Flash.files(), file, damage::add).load();
            assertTrue(after.equals(old) || after.equals(next), "trial " + trials + ": neither old nor new: " + after);
            if (!flash.wasCut()) {
                assertEquals(next, after);
            }
            assertEquals(List.of(), damage, "nothing misread as damage");
            assertFalse(Files.exists(dir.resolve("settings.json.damaged")));
            Map<String, String> third = Map.of("after", "reboot-" + trials);
            new FileSettingsStore(Flash.files(), file, damage::add).save(third);
            assertEquals(third, new FileSettingsStore(Flash.files(), file, damage::add).load(), "the next save works");
            if (trials % 50 == 1) {
                bootsWithoutAlarm(dir);
            }
        }
        System.out.println("crash points (settings saves): " + cuts + " cuts in " + trials + " saves");
        assertTrue(cuts >= SETTINGS_CUTS);
    }

    @Test
    void logSavesCutAtRandomPointsLeaveNoHalfLog(@TempDir Path root) throws IOException {
        int cuts = 0;
        int trials = 0;
        VirtualClock clock = new VirtualClock();
        while (cuts < LOG_CUTS) {
            Path dir = root.resolve("l" + trials++);
            DeviceLog log = new DeviceLog(clock, "VIII");
            int lines = 1 + random.nextInt(60);
            for (int i = 0; i < lines; i++) {
                log.info("line " + i + " " + "x".repeat(random.nextInt(80)));
            }
            String whole = String.join("\n", log.recent()) + "\n";
            PowerCutFlash flash = new PowerCutFlash(random.nextInt(12), random);
            Path saved = null;
            try {
                saved = log.saveTo(flash, dir);
            } catch (PowerCutFlash.PowerCut expected) {
                cuts++;
            }
            List<Path> logs = savedLogs(dir);
            assertTrue(logs.size() <= 1, logs.toString());
            for (Path p : logs) {
                assertEquals(whole, Files.readString(p, StandardCharsets.UTF_8), "a saved log is whole or absent");
            }
            if (saved != null) {
                assertEquals(List.of(saved), logs);
            }
            clock.advance(Duration.ofSeconds(1));
        }
        System.out.println("crash points (log saves): " + cuts + " cuts in " + trials + " saves");
        assertTrue(cuts >= LOG_CUTS);
    }

    @Test
    void theSimulatedCutReallyLosesUnsyncedData(@TempDir Path dir) throws IOException {
        // the simulator is only a test if it can break a writer that skips fsync: a cut at the rename of a
        // file whose bytes were forced keeps them; a cut before the fsync may not
        int shorter = 0;
        for (int i = 0; i < 50; i++) {
            Path f = dir.resolve("f" + i);
            PowerCutFlash flash = new PowerCutFlash(2, random); // WRITE, WRITE, then the cut before FORCE_FILE
            try {
                flash.replace(f, new byte[700], Flash.Access.DEFAULT);
            } catch (PowerCutFlash.PowerCut expected) {
                // the temporary file is what was not yet durable
            }
            assertFalse(Files.exists(f));
            if (Files.size(dir.resolve("f" + i + ".tmp")) < 700) {
                shorter++;
            }
        }
        assertNotEquals(0, shorter, "unsynced data is sometimes lost");
    }

    private Map<String, String> settings() {
        Map<String, String> m = new TreeMap<>();
        int n = 1 + random.nextInt(30);
        for (int i = 0; i < n; i++) {
            m.put("key." + random.nextInt(40), "v".repeat(random.nextInt(90)) + random.nextInt());
        }
        return m;
    }

    private static void bootsWithoutAlarm(Path dir) {
        VirtualClock clock = new VirtualClock();
        try (Device d = DeviceAssembly.simulated(GatewayModel.III, clock, dir)) {
            d.powerOn();
            clock.advance(Device.BOOT_TIME);
            assertTrue(d.running(), "the device boots");
            assertEquals(LampState.OFF, d.panel().get(Lamp.ALARM), "no data damage seen");
            d.powerOff();
        }
    }

    private static List<Path> savedLogs(Path dir) throws IOException {
        Path logDir = dir.resolve("log");
        if (!Files.isDirectory(logDir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(logDir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".log")).toList();
        }
    }
}
