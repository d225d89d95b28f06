package org.voipgw.agent.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --flash DIR} option of the commands that run a box (demo, run); each command has its own default. */
public final class FlashOption {
    @Option(names = "--flash", paramLabel = "DIR",
            description = "the device's flash directory: settings, credentials, log "
                    + "(default: demo a new temporary directory, run /var/lib/voipgw)")
    Path dir;

    /** The directory given, or {@code fallback}. */
    Path orElse(Path fallback) {
        return dir != null ? dir : fallback;
    }

    boolean given() {
        return dir != null;
    }
}
