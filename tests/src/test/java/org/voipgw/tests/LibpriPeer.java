package org.voipgw.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * libpri as the PBX: tests/src/test/c/libpri-peer.c, built here with gcc against Debian's
 * libpri-dev (bin/install-peers installs both), talking to the gateway's UDP D channel on
 * loopback. Commands go to its stdin; its events (one per line: UP, RING 1 23 201 -, HANGUP 1 16…)
 * are collected from stdout and awaited with a bound. Its libpri debug output goes to a log file
 * under target/libpri.
 */
final class LibpriPeer implements AutoCloseable {
    enum Role { NETWORK, CPE }

    enum Switch { EUROISDN_T1, NI2 }

    private static final Path SOURCE = Path.of("src", "test", "c", "libpri-peer.c");
    private static final Path BINARY = Path.of("target", "libpri", "libpri-peer");
    private static Path built;

    private final List<String> lines = new ArrayList<>();
    private final Process process;
    private final Writer stdin;
    private final Path log;
    private int cursor;

    private LibpriPeer(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.US_ASCII);
        Thread reader = new Thread(this::collect, "libpri-peer-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Compiles the peer once per test run. */
    static synchronized Path build() throws IOException, InterruptedException {
        if (built != null) {
            return built;
        }
        Peers.require("/usr/bin/gcc", "gcc");
        if (!Files.exists(Path.of("/usr/include/libpri.h"))) {
            fail("/usr/include/libpri.h is missing: install the Debian package 'libpri-dev' (bin/install-peers does)");
        }
        Files.createDirectories(BINARY.getParent());
        Process gcc = new ProcessBuilder(List.of("/usr/bin/gcc", "-Wall", "-Wextra", "-Werror", "-O1", "-o",
                BINARY.toString(), SOURCE.toString(), "-lpri")).redirectErrorStream(true).start();
        String out = new String(gcc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!gcc.waitFor(60, TimeUnit.SECONDS) || gcc.exitValue() != 0) {
            fail("gcc could not build " + SOURCE + ":\n" + out);
        }
        built = BINARY;
        return built;
    }

    static LibpriPeer start(Role role, Switch sw, int localPort, int remotePort, String name)
            throws IOException, InterruptedException {
        Path bin = build();
        Path log = BINARY.getParent().resolve(name + ".log");
        Process p = new ProcessBuilder(List.of(bin.toAbsolutePath().toString(), "--role",
                role.name().toLowerCase(Locale.ROOT), "--switch", sw.name().toLowerCase(Locale.ROOT),
                "--local", Integer.toString(localPort), "--remote", Integer.toString(remotePort), "--debug"))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        LibpriPeer peer = new LibpriPeer(p, log);
        peer.await("READY", 10);
        return peer;
    }

    private void collect() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            // the peer was killed: nothing more to read
        }
    }

    void send(String command) {
        try {
            stdin.write(command + "\n");
            stdin.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("libpri-peer is gone (" + command + ")", e);
        }
    }

    /**
     * Waits for the next event (after the last one awaited) matching {@code regex}, with a bound;
     * returns its match so groups can be read.
     */
    Matcher await(String regex, int seconds) {
        Pattern p = Pattern.compile(regex);
        try {
            return Waits.until(seconds, () -> {
                synchronized (lines) {
                    for (int i = cursor; i < lines.size(); i++) {
                        Matcher m = p.matcher(lines.get(i));
                        if (m.matches()) {
                            cursor = i + 1;
                            return Optional.of(m);
                        }
                    }
                }
                return Optional.empty();
            });
        } catch (AssertionError e) {
            throw new AssertionError("libpri-peer: no event /" + regex + "/ within " + seconds + " s; events: "
                    + events() + "; log " + log.toAbsolutePath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every event so far matching {@code regex}. */
    List<String> all(String regex) {
        synchronized (lines) {
            return lines.stream().filter(l -> l.matches(regex)).toList();
        }
    }

    List<String> events() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    void kill() {
        Peers.kill(process);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            send("quit");
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }
}
