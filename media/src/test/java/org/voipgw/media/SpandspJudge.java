package org.voipgw.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.voipgw.media.wav.WavFile;

/**
 * The outside judge: {@code src/test/c/spandsp-judge.c}, built here with gcc against Debian's libspandsp-dev
 * (installed by bin/install-peers) and run on WAV files. A missing gcc or spandsp fails the test with what to
 * install — it never skips (DESIGN.md, testing tiers).
 */
public final class SpandspJudge {
    private static final Path SOURCE = Paths.get("src/test/c/spandsp-judge.c");
    private static final Path BINARY = Paths.get("target/spandsp-judge");
    private static boolean built;

    private SpandspJudge() {
    }

    /** Runs the judge with {@code args} (an argument list, never a shell line) and returns its standard output. */
    public static synchronized String run(String... args) throws IOException, InterruptedException {
        build();
        List<String> command = new ArrayList<>();
        command.add(BINARY.toAbsolutePath().toString());
        command.addAll(List.of(args));
        return exec(command);
    }

    /** Writes {@code samples} as a WAV in {@code dir} and has the judge decode it with {@code mode}. */
    public static String judge(String mode, short[] samples, Path dir) throws IOException, InterruptedException {
        Path wav = Files.createTempFile(dir, mode + "-", ".wav");
        WavFile.write(wav, samples);
        return run(mode, wav.toString());
    }

    private static void build() throws IOException, InterruptedException {
        if (built) {
            return;
        }
        Files.createDirectories(BINARY.getParent());
        try {
            exec(List.of("gcc", "-O2", "-Wall", "-o", BINARY.toString(), SOURCE.toString(), "-lspandsp", "-lm"));
        } catch (IOException e) {
            throw new IOException("cannot build the spandsp judge: install gcc and libspandsp-dev (bin/install-peers): " + e.getMessage(), e);
        }
        built = true;
    }

    private static String exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish within 60 s");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited " + p.exitValue() + ": " + text);
        }
        return text;
    }
}
