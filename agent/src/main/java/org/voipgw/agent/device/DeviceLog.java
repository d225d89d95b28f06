package org.voipgw.agent.device;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.tinylog.Logger;
import org.tinylog.TaggedLogger;
import org.voipgw.hal.flash.Flash;
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
    public Path saveTo(Path flashDir) throws IOException {
        return saveTo(Flash.files(), flashDir);
    }

    /**
     * Saves the recent log through {@code flash}: crash-safe like every other file (a power cut while
     * saving leaves no half log that a later reading would take for the whole), readable by the umask's choice.
     */
    public synchronized Path saveTo(Flash flash, Path flashDir) throws IOException {
        String stamp = Instant.ofEpochMilli(clock.millis()).toString().replace(':', '-');
        Path f = flashDir.resolve("log").resolve("saved-" + stamp + ".log");
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l).append('\n'));
        flash.replace(f, text.toString().getBytes(StandardCharsets.UTF_8), Flash.Access.DEFAULT);
        return f;
    }
}
