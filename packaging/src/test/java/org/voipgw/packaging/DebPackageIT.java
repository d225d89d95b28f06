package org.voipgw.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The .deb as a file: its control fields, its file list, and lintian's verdict. */
class DebPackageIT {
    static final Path DEB = Path.of(System.getProperty("deb.file", "target/voipgw.deb"));

    /** Every file of the package with its mode: the list README and docs/raspberry-pi.md give. */
    static final TreeMap<String, String> FILES = new TreeMap<>(Map.of(
            "/etc/voipgw/voipgw.conf", "-rw-r--r--",
            "/lib/systemd/system/voipgw.service", "-rw-r--r--",
            "/usr/bin/voipgw", "-rwxr-xr-x",
            "/usr/lib/modules-load.d/voipgw.conf", "-rw-r--r--",
            "/usr/share/doc/voipgw/changelog.gz", "-rw-r--r--",
            "/usr/share/doc/voipgw/copyright", "-rw-r--r--",
            "/usr/share/man/man1/voipgw.1.gz", "-rw-r--r--",
            "/usr/share/voipgw/voipgw.jar", "-rw-r--r--"));

    @BeforeAll
    static void tools() {
        assertTrue(Files.isRegularFile(DEB), "the packaging module builds " + DEB);
        Command.require("/usr/bin/dpkg-deb", "dpkg");
        Command.require("/usr/bin/lintian", "lintian");
    }

    static String field(String name) {
        return Command.run(30, "dpkg-deb", "--field", DEB.toString(), name).ok().output().strip();
    }

    @Test
    void controlFieldsNameAJre21AndArchitectureAll() {
        assertEquals("voipgw", field("Package"));
        assertEquals("all", field("Architecture"), "the jar is portable: one package for arm64, armhf and amd64");
        assertEquals(System.getProperty("project.version", "0.1.0"), field("Version"));
        assertEquals("openjdk-21-jre-headless | openjdk-25-jre-headless | java-runtime-headless (>= 21), ppp",
                field("Depends"));
        String info = Command.run(30, "dpkg-deb", "--info", DEB.toString()).ok().output();
        for (String script : List.of("postinst", "prerm", "postrm", "conffiles")) {
            assertTrue(info.contains(" " + script), "control archive has " + script + ":\n" + info);
        }
        String conffiles = Command.run(30, "dpkg-deb", "--info", DEB.toString(), "conffiles").ok().output();
        assertEquals("/etc/voipgw/voipgw.conf", conffiles.strip(), "the defaults are the one conffile");
    }

    @Test
    void contentsAreExactlyTheFileList() {
        String listing = Command.run(30, "dpkg-deb", "--contents", DEB.toString()).ok().output();
        TreeMap<String, String> files = new TreeMap<>();
        for (String line : listing.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 6 && f[0].startsWith("-")) {
                assertEquals("root/root", f[1], line);
                files.put(f[f.length - 1].substring(1), f[0]); // "./usr/bin/voipgw" → "/usr/bin/voipgw"
            }
        }
        assertEquals(FILES, files, "files and modes in the package:\n" + listing);
    }

    @Test
    void lintianFindsNoErrorsAndNoUnexplainedWarnings() {
        Command lint = Command.run(300, "lintian", "--display-info", "--pedantic", DEB.toString());
        System.out.println("lintian --pedantic: exit " + lint.exit() + "\n" + lint.output());
        List<String> tags = lint.output().lines().filter(l -> l.matches("^[EWIP]: .*")).toList();
        List<String> errors = tags.stream().filter(l -> l.startsWith("E:")).toList();
        assertEquals(List.of(), errors, "lintian errors:\n" + lint.output());
        // each tag we accept is explained in docs/raspberry-pi.md ("lintian"); anything new fails here
        Set<String> accepted = Set.of("package-supports-alternative-init-but-no-init.d-script");
        Set<String> unexplained = tags.stream().map(l -> l.split("\\s+")[2])
                .filter(t -> !accepted.contains(t)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unexplained, "lintian tags not explained in docs/raspberry-pi.md:\n" + lint.output());
    }
}
