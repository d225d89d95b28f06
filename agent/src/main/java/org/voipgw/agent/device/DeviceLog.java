package org.voipgw.agent.device;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.tinylog.Logger;
import org.tinylog.TaggedLogger;
import org.voipgw.hal.time.Clock;

/**
 * The device's own log, the one logger of device logic (features get it from {@link DeviceContext#log()}):
 * each line names the device and is stamped with device time, kept in a ring for the web UI's ログ
 * page, forwarded to tinylog (tag {@code device}; the live launcher adds a rolling file writer in
 * the flash directory), and written to flash when the shutdown switch is used (guide 4339–4342:
 * "ログを内部フラッシュメモリに保存後").
 */
public final class DeviceLog {
    private static final int KEEP = 500;
    private final Clock clock;
    private final String name;
    private final TaggedLogger tinylog = Logger.tag("device");
    private final Deque<String> lines = new ArrayDeque<>();

    public DeviceLog(Clock clock, String name) {
        this.clock = clock;
        this.name = name;
    }

    public synchronized void info(String message) {
        add("INFO", message);
        tinylog.info("[{}] {}", name, message);
    }

    public synchronized void warn(String message) {
        add("WARN", message);
        tinylog.warn("[{}] {}", name, message);
    }

    /** Protocol detail (e.g. each REGISTER sent): tinylog's debug level only, never the ログ page or flash. */
    public void debug(String message) {
        tinylog.debug("[{}] {}", name, message);
    }

    private void add(String level, String message) {
        lines.addLast(Instant.ofEpochMilli(clock.millis()) + " " + level + " " + message);
        if (lines.size() > KEEP) {
            lines.removeFirst();
        }
    }

    public synchronized List<String> recent() {
        return List.copyOf(lines);
    }

    /** Saves the recent log to {@code flashDir/log/saved-<time>.log}; returns the file. */
    public synchronized Path saveTo(Path flashDir) throws IOException {
        Path dir = Files.createDirectories(flashDir.resolve("log"));
        String stamp = Instant.ofEpochMilli(clock.millis()).toString().replace(':', '-');
        Path f = dir.resolve("saved-" + stamp + ".log");
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }
}
