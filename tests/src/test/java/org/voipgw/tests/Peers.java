package org.voipgw.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The real peers the end-to-end tests need, from Debian's packages (bin/install-peers installs
 * them). A missing peer fails the test with what to install: never a silent skip.
 */
final class Peers {
    private Peers() {
    }

    static Path require(String path, String debianPackage) {
        Path p = Path.of(path);
        if (!Files.isExecutable(p)) {
            fail(path + " is missing: install the Debian package '" + debianPackage + "' (bin/install-peers does)");
        }
        return p;
    }

    /** A UDP port free on {@code host} now (for a peer or the gateway to bind). */
    static int freeUdpPort(String host) {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(host), 0))) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills a peer process and waits (bounded) until it is gone: the cable is pulled. */
    static void kill(Process process) {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
