package org.voipgw.agent.settings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.tinylog.Logger;
import org.voipgw.hal.flash.Flash;

/**
 * Settings as JSON in the flash directory, saved through the {@link Flash} (crash-safe replacement: a
 * crash at any point leaves the old file or the new one, never a mix), owner-only since they hold the
 * PPPoE and SIP passwords. A damaged file is quarantined and the box boots with factory defaults.
 */
public final class FileSettingsStore implements SettingsStore {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Flash flash;
    private final Path file;

    public FileSettingsStore(Path file) {
        this(Flash.files(), file);
    }

    public FileSettingsStore(Flash flash, Path file) {
        this.flash = flash;
        this.file = file;
    }

    public Path file() {
        return file;
    }

    @Override
    public Map<String, String> load() {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try {
            return JSON.readValue(file.toFile(), new TypeReference<TreeMap<String, String>>() { });
        } catch (IOException e) {
            // A damaged file must not stop the box from booting: keep it aside for the field engineer.
            try {
                Path aside = flash.quarantine(file);
                Logger.error("settings file {} is unreadable ({}); kept as {}, booting with factory defaults",
                        file, e.getMessage(), aside);
            } catch (IOException moveFailed) {
                Logger.error("settings file {} is unreadable ({}) and could not be moved aside ({}); "
                        + "booting with factory defaults", file, e.getMessage(), moveFailed.getMessage());
            }
            return Map.of();
        }
    }

    @Override
    public void save(Map<String, String> values) {
        try {
            flash.replace(file, JSON.writeValueAsBytes(new TreeMap<>(values)), Flash.Access.OWNER_ONLY);
        } catch (IOException e) {
            throw new UncheckedIOException("saving settings to " + file + " failed", e);
        }
    }
}
