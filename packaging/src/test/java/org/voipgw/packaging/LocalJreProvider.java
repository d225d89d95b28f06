package org.voipgw.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the machine's JDK ≥ 21 is not a Debian package (the build machine's Temurin under
 * /usr/lib/jvm came as a tarball, and Debian 12 has no openjdk-21), dpkg would refuse voipgw's
 * dependency. This builds the small local package equivs(1) would, saying "a JRE {@code major} is
 * installed" ({@code Provides: java-runtime-headless (= major)}, as Debian's openjdk packages
 * declare), so that {@code dpkg -i} checks our Depends line for real instead of being forced.
 */
final class LocalJreProvider {
    static final String PACKAGE = "voipgw-test-local-jre";

    private LocalJreProvider() {
    }

    /** True when a Debian package already satisfies the JRE dependency. */
    static boolean debianJreInstalled() {
        for (String p : new String[] {"openjdk-21-jre-headless", "openjdk-25-jre-headless"}) {
            Command q = Command.run(30, "dpkg-query", "-W", "-f", "${Status}", p);
            if (q.exit() == 0 && q.output().contains("install ok installed")) {
                return true;
            }
        }
        return false;
    }

    /** Builds the provider package in {@code dir} for a JRE of {@code major} and installs it. */
    static void install(Path dir, int major) {
        try {
            Path root = dir.resolve("local-jre");
            Files.createDirectories(root.resolve("DEBIAN"));
            Files.writeString(root.resolve("DEBIAN/control"), String.join("\n",
                    "Package: " + PACKAGE,
                    "Version: " + major,
                    "Architecture: all",
                    "Maintainer: voipgw tests <voipgw@example.org>",
                    "Provides: java-runtime-headless (= " + major + ")",
                    "Description: a locally installed Java runtime " + major + " (voipgw's package test)",
                    " The JDK under /usr/lib/jvm of the machine the tests run on.", ""));
            Path deb = dir.resolve(PACKAGE + ".deb");
            Command.run(60, "dpkg-deb", "--build", "--root-owner-group", root.toString(), deb.toString()).ok();
            Command.run(120, "dpkg", "-i", deb.toString()).ok();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void purge() {
        Command.run(120, "dpkg", "--purge", PACKAGE);
    }
}
