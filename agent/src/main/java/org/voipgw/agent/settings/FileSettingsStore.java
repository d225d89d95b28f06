package org.voipgw.agent.settings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import org.tinylog.Logger;

/**
 * Settings as JSON in the flash directory, saved the crash-safe way: write a temporary file, force
 * it to the device, rename it over the old file atomically, then sync the directory so the rename
 * itself is durable. A crash at any point leaves the old file or the new one, never a mix.
 */
public final class FileSettingsStore implements SettingsStore {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;

    public FileSettingsStore(Path file) {
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
            Path aside = file.resolveSibling(file.getFileName() + ".damaged");
            Logger.error("settings file {} is unreadable ({}); kept as {}, booting with factory defaults",
                    file, e.getMessage(), aside);
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                Logger.error("could not move the damaged settings aside: {}", moveFailed.getMessage());
            }
            return Map.of();
        }
    }

    @Override
    public void save(Map<String, String> values) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            byte[] bytes = JSON.writeValueAsBytes(new TreeMap<>(values));
            Files.deleteIfExists(tmp);
            // settings hold the PPPoE and SIP passwords: readable by the agent only, from creation on
            try (FileChannel ch = FileChannel.open(tmp, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), ownerOnly(tmp))) {
                ch.write(java.nio.ByteBuffer.wrap(bytes));
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the flash directory cannot rename atomically: " + file.getParent(), e);
            }
            syncDirectory(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("saving settings to " + file + " failed", e);
        }
    }

    private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly(Path p) {
        if (!p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new java.nio.file.attribute.FileAttribute<?>[0];
        }
        return new java.nio.file.attribute.FileAttribute<?>[] {java.nio.file.attribute.PosixFilePermissions
                .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"))};
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some file systems refuse to open a directory; the rename is still atomic there.
            Logger.debug("directory sync not supported on {}: {}", dir, e.getMessage());
        }
    }
}
