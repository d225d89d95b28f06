package org.voipgw.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finding the real peers (never skipping when one is missing, DESIGN.md) and free ports for them. */
final class Peers {
    private Peers() {
    }

    /** The executable, or an AssertionError that says how to install it. */
    static Path require(String path, String debianPackage) {
        Path p = Path.of(path);
        if (!Files.isExecutable(p)) {
            throw new AssertionError(path + " is missing: this test needs the real peer. Install it with "
                    + "`apt-get install " + debianPackage + "` (or run ./run-tests, which installs the test peers).");
        }
        return p;
    }

    static int freeUdpPort(String host) {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(host), 0))) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
