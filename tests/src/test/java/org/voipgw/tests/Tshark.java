package org.voipgw.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Wireshark's dissectors via tshark (Debian package tshark): something we did not write reads our captures. */
final class Tshark {
    static final Path TSHARK = Path.of("/usr/bin/tshark");

    private Tshark() {
    }

    static void require() {
        Peers.require(TSHARK.toString(), "tshark");
    }

    /** One row per frame with the given fields ({@code -T fields}, first occurrence); missing values are "". */
    static List<String[]> fields(Path pcap, String... fields) throws IOException, InterruptedException {
        return fields(pcap, List.of(), fields);
    }

    /** As above, with {@code options} before the fields (e.g. {@code -d udp.port==5070,sip}, {@code -Y sip}). */
    static List<String[]> fields(Path pcap, List<String> options, String... fields) throws IOException,
            InterruptedException {
        require();
        List<String> cmd = new ArrayList<>(List.of(TSHARK.toString(), "-r", pcap.toString(), "-T", "fields",
                "-E", "separator=/t", "-E", "occurrence=f"));
        cmd.addAll(options);
        for (String f : fields) {
            cmd.add("-e");
            cmd.add(f);
        }
        Path err = Files.createTempFile("tshark-", ".err");
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("tshark did not finish");
        }
        assertEquals(0, p.exitValue(), () -> "tshark failed: " + read(err));
        List<String[]> rows = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isEmpty()) {
                rows.add(Arrays.stream(Arrays.copyOf(line.split("\t", -1), fields.length))
                        .map(v -> v == null ? "" : v).toArray(String[]::new));
            }
        }
        return rows;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
