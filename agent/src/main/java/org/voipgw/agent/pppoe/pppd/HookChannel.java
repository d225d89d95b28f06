package org.voipgw.agent.pppoe.pppd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.tinylog.Logger;

/**
 * The path from pppd's ip-up/ip-down hooks to the agent: a FIFO in the device directory. The hook
 * scripts write one short line each (atomic: shorter than PIPE_BUF); a reader thread hands every line
 * to {@code onLine}. The agent holds the FIFO open for reading and writing, so a hook never blocks
 * waiting for a reader and the reader never sees end-of-file between hooks.
 */
final class HookChannel implements AutoCloseable {
    private static final String QUIT = "quit";
    private final Path fifo;
    private final FileChannel channel;
    private final Thread reader;

    HookChannel(Path fifo, Consumer<String> onLine) throws IOException {
        this.fifo = fifo;
        makeFifo(fifo);
        channel = FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE);
        reader = Thread.ofPlatform().daemon().name("pppd-hooks").unstarted(() -> read(onLine));
        reader.start();
    }

    private static void makeFifo(Path fifo) throws IOException {
        if (Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()) {
                return;
            }
            Files.delete(fifo);
        }
        // The JDK cannot make a FIFO; mkfifo(1) gets the path as one argument, never through a shell.
        Process p = new ProcessBuilder(List.of("mkfifo", "-m", "600", fifo.toString()))
                .redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("mkfifo " + fifo + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while creating " + fifo, e);
        }
    }

    private void read(Consumer<String> onLine) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel),
                StandardCharsets.US_ASCII))) {
            String line;
            while ((line = in.readLine()) != null && !line.equals(QUIT)) {
                onLine.accept(line);
            }
        } catch (IOException e) {
            Logger.debug("pppd hook channel {} closed: {}", fifo, e.getMessage());
        }
    }

    @Override
    public void close() {
        // A second writer (O_WRONLY does not block: we are a reader) wakes the reader thread with "quit".
        try (FileChannel w = FileChannel.open(fifo, StandardOpenOption.WRITE)) {
            w.write(ByteBuffer.wrap((QUIT + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            Logger.warn("could not stop the pppd hook reader: {}", e.getMessage());
        }
        try {
            reader.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
