package org.voipgw.packaging;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One external command, run with an argument list (never a shell), bounded in time.
 *
 * @param exit   its exit status
 * @param output standard output and standard error together
 */
record Command(List<String> args, int exit, String output) {

    /** Runs {@code args} (the environment inherited, changed by {@code env}; a null value removes it). */
    static Command run(int timeoutSeconds, Map<String, String> env, String... args) {
        ProcessBuilder pb = new ProcessBuilder(args).redirectErrorStream(true);
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        try {
            Path out = Files.createTempFile("voipgw-packaging-", ".out");
            try {
                Process p = pb.redirectOutput(out.toFile()).start();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    fail(String.join(" ", args) + " did not end within " + timeoutSeconds + " s:\n"
                            + Files.readString(out, StandardCharsets.UTF_8));
                }
                return new Command(List.of(args), p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", args) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted running " + String.join(" ", args), e);
        }
    }

    static Command run(int timeoutSeconds, String... args) {
        return run(timeoutSeconds, Map.of(), args);
    }

    /** This command, which must have exited 0. */
    Command ok() {
        if (exit != 0) {
            fail(String.join(" ", args) + " exited " + exit + ":\n" + output);
        }
        return this;
    }

    /** A Debian tool this test needs: missing is a failure saying what to install, never a skip. */
    static void require(String path, String debianPackage) {
        if (!Files.isExecutable(Path.of(path))) {
            fail(path + " is missing: install the Debian package '" + debianPackage + "' (bin/install-peers does)");
        }
    }
}
