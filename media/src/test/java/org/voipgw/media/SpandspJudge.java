package org.voipgw.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.voipgw.media.wav.WavFile;

/**
 * The outside judge: {@code src/test/c/spandsp-judge.c} (a test resource, copied into the running module's
 * {@code target/}), built here with gcc against Debian's libspandsp-dev
 * (installed by bin/install-peers) and run on WAV files. A missing gcc or spandsp fails the test with what to
 * install — it never skips (DESIGN.md, testing tiers).
 */
public final class SpandspJudge {
    /** The C source, a test resource (media's src/test/c), so modules using media's test jar build the same judge. */
    private static final String SOURCE_RESOURCE = "/spandsp-judge.c";
    private static final Path SOURCE = Paths.get("target/spandsp-judge.c");
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

    /**
     * What spandsp's supervisory tone detector made of some audio ({@code tones} mode).
     *
     * @param tones the cadences it recognised, in order ({@code dial}, {@code busy}, {@code ringback})
     * @param segments each steady segment it measured: {frequency Hz (0 = silence), duration ms}
     */
    public record Tones(List<String> tones, List<int[]> segments) {
        /** Durations of the segments of {@code hz} (0 = silence), without the first and last (cut by the recording). */
        public List<Integer> interior(int hz) {
            List<Integer> d = new ArrayList<>();
            for (int i = 1; i < segments.size() - 1; i++) {
                if (segments.get(i)[0] == hz) {
                    d.add(segments.get(i)[1]);
                }
            }
            return d;
        }

        @Override
        public String toString() {
            return "tones " + tones + ", 400 Hz segments " + interior(400) + " ms, silent segments " + interior(0) + " ms";
        }
    }

    /** Runs the {@code tones} mode on {@code samples}. */
    public static Tones tones(short[] samples, Path dir) throws IOException, InterruptedException {
        List<String> tones = new ArrayList<>();
        List<int[]> segments = new ArrayList<>();
        for (String line : judge("tones", samples, dir).split("\n")) {
            String[] w = line.trim().split(" ");
            if (w[0].equals("tone")) {
                tones.add(w[1]);
            } else if (w[0].equals("segment")) {
                segments.add(new int[] {Integer.parseInt(w[1]), Integer.parseInt(w[2])});
            }
        }
        return new Tones(tones, segments);
    }

    private static void build() throws IOException, InterruptedException {
        if (built) {
            return;
        }
        Files.createDirectories(BINARY.getParent());
        try (InputStream in = SpandspJudge.class.getResourceAsStream(SOURCE_RESOURCE)) {
            if (in == null) {
                throw new IOException("spandsp-judge.c is not on the test class path (media's src/test/c test resource)");
            }
            Files.copy(in, SOURCE, StandardCopyOption.REPLACE_EXISTING);
        }
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
