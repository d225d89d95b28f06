package org.voipgw.agent.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.attribute.PosixFilePermissions;

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
}
