package org.voipgw.agent.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.tinylog.Logger;
import org.voipgw.hal.flash.DamagedFile;
import org.voipgw.hal.flash.Flash;

/**
 * Settings as JSON in the flash directory, saved through the {@link Flash} (crash-safe replacement: a
 * crash at any point leaves the old file or the new one, never a mix), owner-only since they hold the
 * PPPoE and SIP passwords. A damaged file — unreadable, not JSON, {@code null}, or any value that is
 * not a string — is quarantined and the box boots with factory defaults; the damage is told to the
 * listener given at construction (the device log, issue 13 finding 4), never only to the console.
 */
public final class FileSettingsStore implements SettingsStore {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS); // "{...} junk" is damage too
    private final Flash flash;
    private final Path file;
    private final Consumer<String> damaged;

    public FileSettingsStore(Path file) {
        this(Flash.files(), file, message -> { });
    }

    /**
     * @param damaged told, in one line, what was wrong with a damaged file and where it was kept; the
     *                device writes it to its log (ログ page) and shows the data damage on its lamps
     */
    public FileSettingsStore(Flash flash, Path file, Consumer<String> damaged) {
        this.flash = flash;
        this.file = file;
        this.damaged = damaged;
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
            return parse(JSON.readTree(file.toFile()));
        } catch (IOException | RuntimeException e) {
            // A damaged file must not stop the box from booting: keep it aside for the field engineer.
            String line = DamagedFile.setAside(flash, file, "設定ファイル", "settings file", e,
                    "booting with factory defaults");
            Logger.error(line);
            damaged.accept(line);
            return Map.of();
        }
    }

    /** What a saved file must be: one JSON object whose every value is a string (what {@link #save} writes). */
    private static Map<String, String> parse(JsonNode root) throws IOException {
        if (root == null || root.isMissingNode()) {
            throw new IOException("the file is empty");
        }
        if (!root.isObject()) {
            throw new IOException("the top level is " + root.getNodeType().name().toLowerCase(Locale.ROOT)
                    + ", not an object of settings");
        }
        Map<String, String> values = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!e.getValue().isTextual()) {
                throw new IOException("setting '" + e.getKey() + "' is "
                        + e.getValue().getNodeType().name().toLowerCase(Locale.ROOT) + ", not a string");
            }
            values.put(e.getKey(), e.getValue().textValue());
        }
        return values;
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
