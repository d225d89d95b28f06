package org.voipgw.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
