package org.voipgw.agent.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tinylog.configuration.Configuration;
import org.tinylog.provider.ProviderRegistry;

/**
 * The device log as a rolling file in the flash directory (tinylog's rolling file writer, lines
 * tagged {@code device}): set up once per process, before the first log line freezes tinylog's
 * configuration.
 */
final class FlashLog {
    private FlashLog() {
    }

    /**
     * Checks a {@code --flash} directory: it must be a directory (created when missing) we can write;
     * anything else is a usage error naming the path.
     */
    static Path usable(picocli.CommandLine cl, Path flashDir) {
        return OutputFolder.writable(cl, flashDir, "--flash");
    }

    static void rollIn(Path flashDir) throws IOException {
        if (Configuration.isFrozen()) {
            return;
        }
        Path dir = Files.createDirectories(flashDir.resolve("log"));
        Configuration.set("writer2", "rolling file");
        Configuration.set("writer2.tag", "device");
        Configuration.set("writer2.level", "info");
        Configuration.set("writer2.file", dir.resolve("device-{count}.log").toString());
        Configuration.set("writer2.latest", dir.resolve("device.log").toString());
        Configuration.set("writer2.policies", "size: 1mb");
        Configuration.set("writer2.backups", "4");
        Configuration.set("writer2.format", "{date: yyyy-MM-dd HH:mm:ss.SSS} {level} {message}");
        Configuration.set("writer2.buffered", "false");
        // our SIGTERM hook still logs the orderly shutdown: it ends tinylog itself, last
        Configuration.set("autoshutdown", "false");
    }

    /** Flushes and closes the log writers (after the device's last words). */
    static void close() {
        try {
            ProviderRegistry.getLoggingProvider().shutdown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
