package org.voipgw.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A pair of connected pseudo-terminals made by socat (PITFALLS.md: {@code pty,raw,echo=0,link=…});
 * what one end writes, the other reads, like a null-modem cable between two UARTs. Started and
 * stopped by the test; {@link #kill()} pulls the cable out.
 */
final class Socat implements AutoCloseable {
    final Path a;
    final Path b;
    private Process process;

    private Socat(Path a, Path b) {
        this.a = a;
        this.b = b;
    }

    static Socat ptyPair(Path dir) throws IOException {
        Peers.require("/usr/bin/socat", "socat");
        Files.createDirectories(dir);
        Socat s = new Socat(dir.resolve("ttyA"), dir.resolve("ttyB"));
        s.start();
        return s;
    }

    /** (Re)starts socat with both links; returns once both exist. */
    void start() throws IOException {
        Files.deleteIfExists(a);
        Files.deleteIfExists(b);
        process = new ProcessBuilder(List.of("/usr/bin/socat", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Waits.until("socat's PTY links", 10, () -> Files.exists(a) && Files.exists(b));
    }

    /** The cable is pulled: socat dies, both PTY masters close. */
    void kill() {
        Peers.kill(process);
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
