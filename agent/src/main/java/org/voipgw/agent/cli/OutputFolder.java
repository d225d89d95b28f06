package org.voipgw.agent.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * A folder named on the command line that voipgw writes into ({@code --flash}, {@code --junit}'s parent,
 * {@code --pcap}, {@code --audio}): checked before anything starts, so a bad one is a usage error naming the
 * option and what is wrong, never a failure half-way through a run.
 */
final class OutputFolder {
    private OutputFolder() {
    }

    /**
     * Creates {@code dir} when missing and returns it; a usage error when it is a file, cannot be created or
     * is not writable. {@code null} (the option not given) passes as it is.
     */
    static Path writable(CommandLine cl, Path dir, String option) {
        if (dir == null) {
            return null;
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(cl, option + ": " + dir + " is not a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(cl, option + ": cannot create " + dir + " ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (!Files.isWritable(dir)) {
            throw new CommandLine.ParameterException(cl, option + ": " + dir + " is not writable");
        }
        return dir;
    }
}
