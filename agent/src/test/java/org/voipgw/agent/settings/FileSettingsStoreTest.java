package org.voipgw.agent.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.voipgw.hal.flash.Flash;

class FileSettingsStoreTest {
    @Test
    void savesAndLoads(@TempDir Path dir) {
        FileSettingsStore s = new FileSettingsStore(dir.resolve("settings.json"));
        s.save(Map.of("a", "1", "b", "x\"y<z>\n"));
        assertEquals(Map.of("a", "1", "b", "x\"y<z>\n"), new FileSettingsStore(dir.resolve("settings.json")).load());
    }

    @Test
    void theFileHoldingPasswordsIsReadableByTheOwnerOnly(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("settings.json");
        new FileSettingsStore(f).save(Map.of("sip.password", "secret"));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(f)));
    }

    @Test
    void aCrashBeforeTheRenameLeavesTheOldSettings(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("settings.json");
        FileSettingsStore s = new FileSettingsStore(f);
        s.save(Map.of("a", "old"));
        // a crash mid-save leaves a half-written temporary file beside the real one
        Files.writeString(dir.resolve("settings.json.tmp"), "{\"a\":\"ne");
        assertEquals(Map.of("a", "old"), new FileSettingsStore(f).load());
        s.save(Map.of("a", "new"));
        assertEquals(Map.of("a", "new"), new FileSettingsStore(f).load());
    }

    @Test
    void aDamagedFileIsKeptAsideAndTheBoxBootsWithDefaults(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("settings.json");
        Files.writeString(f, "not json");
        assertEquals(Map.of(), new FileSettingsStore(f).load());
        assertTrue(Files.exists(dir.resolve("settings.json.damaged")));
    }

    /** Issue 13 finding 4: {@code null} (and every other shape but an object of strings) booted into a NullPointerException. */
    @ParameterizedTest
    @ValueSource(strings = {"null", "", "[]", "\"x\"", "42", "{\"a\":null}", "{\"a\":{\"b\":\"c\"}}", "{\"a\":1}",
            "{\"a\":\"1\"} trailing"})
    void anyDamageIsKeptAsideToldToTheDeviceAndBootsOnDefaults(String content, @TempDir Path dir) throws IOException {
        Path f = dir.resolve("settings.json");
        Files.writeString(f, content);
        List<String> told = new ArrayList<>();
        assertEquals(Map.of(), new FileSettingsStore(Flash.files(), f, told::add).load());
        assertEquals(content, Files.readString(dir.resolve("settings.json.damaged")), "kept aside as it was");
        assertFalse(Files.exists(f));
        assertEquals(1, told.size(), told.toString());
        assertTrue(told.get(0).startsWith("設定ファイルが壊れています / settings file damaged ("), told.get(0));
        assertTrue(told.get(0).contains("kept as settings.json.damaged"), told.get(0));
        assertEquals(Map.of(), new FileSettingsStore(Flash.files(), f, told::add).load(), "the next boot: defaults, silently");
        assertEquals(1, told.size());
    }

    @Test
    void aGoodFileIsNotReportedAsDamaged(@TempDir Path dir) {
        Path f = dir.resolve("settings.json");
        List<String> told = new ArrayList<>();
        FileSettingsStore s = new FileSettingsStore(Flash.files(), f, told::add);
        s.save(Map.of("a", "1"));
        assertEquals(Map.of("a", "1"), s.load());
        assertEquals(List.of(), told);
    }
}
