package org.voipgw.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package installed on this machine with {@code dpkg -i}, used, and purged. No systemd runs in
 * this container, so the unit is checked by {@code systemd-analyze verify} and its ExecStart is run
 * by hand, with the environment file the unit reads; the maintainer scripts see no
 * /run/systemd/system and only enable the unit for the next boot.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DebInstallIT {
    static final Path UNIT = Path.of("/lib/systemd/system/voipgw.service");
    static final Path STATE = Path.of("/var/lib/voipgw");
    static final Path WANTS = Path.of("/etc/systemd/system/multi-user.target.wants/voipgw.service");
    static boolean localJre;

    @TempDir
    static Path work;

    @BeforeAll
    static void install() {
        Command.require("/usr/bin/dpkg", "dpkg");
        Command.require("/usr/bin/systemd-analyze", "systemd");
        assertEquals("0", Command.run(10, "id", "-u").ok().output().strip(), "dpkg -i needs root (CI runs as root)");
        // a run that died half-way must not make this one pass or fail for the wrong reason
        Command.run(120, "dpkg", "--purge", "voipgw");
        if (!LocalJreProvider.debianJreInstalled()) {
            localJre = true;
            LocalJreProvider.install(work, Runtime.version().feature());
        }
        Command.run(180, "dpkg", "-i", DebPackageIT.DEB.toString()).ok();
    }

    @AfterAll
    static void cleanUp() {
        Command.run(120, "dpkg", "--purge", "voipgw");
        if (localJre) {
            LocalJreProvider.purge();
        }
    }

    /** The launcher finds a JRE ≥ 21 on its own: no JAVA_HOME, the one under /usr/lib/jvm. */
    static Map<String, String> withoutJavaHome() {
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", null);
        env.put("VOIPGW_JAVA_OPTS", null);
        return env;
    }

    @Test
    @Order(1)
    void installedLauncherPrintsTheVersion() {
        Command v = Command.run(60, withoutJavaHome(), "/usr/bin/voipgw", "--version").ok();
        assertEquals("voipgw " + System.getProperty("project.version", "0.1.0"), v.output().strip());
        String status = Command.run(30, "dpkg-query", "-W", "-f", "${Status}", "voipgw").ok().output();
        assertEquals("install ok installed", status, "dpkg configured the package (its dependencies held)");
    }

    @Test
    @Order(2)
    void postinstEnabledTheUnitForTheNextBootWithoutStartingIt() throws IOException {
        assertTrue(Files.isSymbolicLink(WANTS), "deb-systemd-helper enable made " + WANTS);
        assertEquals(UNIT, Files.readSymbolicLink(WANTS));
        assertFalse(Files.exists(STATE), "nothing started the service (no systemd runs here)");
    }

    @Test
    @Order(3)
    void systemdAnalyzeVerifiesTheUnit() {
        // --man=no: its check of Documentation=man:voipgw(1) runs man(1), whose cat-page cache
        // (/var/cache/man, man-db's) would outlive the purge; `man -w` finds the page without that
        assertEquals("/usr/share/man/man1/voipgw.1.gz", Command.run(30, "man", "-w", "voipgw").ok().output().strip());
        Command verify = Command.run(120, "systemd-analyze", "verify", "--man=no", UNIT.toString());
        System.out.println("systemd-analyze verify --man=no " + UNIT + ": exit " + verify.exit() + "\n" + verify.output());
        assertEquals(0, verify.exit(), verify.output());
        List<String> aboutUs = verify.output().lines().filter(l -> l.contains("voipgw")).toList();
        assertEquals(List.of(), aboutUs, "systemd-analyze has nothing to say about voipgw.service:\n" + verify.output());
    }

    /**
     * systemd's own rating of the sandbox (0 = locked down, 10 = exposed), offline from the file:
     * 4.1 when written ("OK"); a change that loosens it fails here (threshold in tenths).
     */
    @Test
    @Order(3)
    void systemdAnalyzeSecurityRatesTheUnitAtMost41() {
        Command security = Command.run(120, "systemd-analyze", "security", "--offline=yes", "--threshold=41",
                "--no-pager", UNIT.toString());
        String overall = security.output().lines().filter(l -> l.contains("Overall exposure level")).findFirst()
                .orElse(security.output());
        System.out.println("systemd-analyze security --offline=yes: " + overall);
        assertEquals(0, security.exit(), "exposure above 4.1:\n" + security.output());
        assertTrue(overall.contains("4.1") || overall.matches(".*[0-3]\\.[0-9].*"), overall);
    }

    @Test
    @Order(4)
    void unitIsHardenedAsDocumented() throws IOException {
        ServiceUnit unit = ServiceUnit.read(UNIT);
        assertEquals(List.of("CAP_NET_BIND_SERVICE CAP_NET_ADMIN CAP_NET_RAW"), unit.values("CapabilityBoundingSet"));
        assertEquals(List.of("invisible"), unit.values("ProtectProc"));
        for (String on : List.of("NoNewPrivileges", "ProtectHome", "PrivateTmp", "ProtectKernelModules", "PrivateMounts",
                "ProtectKernelTunables", "ProtectControlGroups", "RestrictSUIDSGID", "LockPersonality")) {
            assertEquals(List.of("yes"), unit.values(on), on);
        }
        assertEquals(List.of("strict"), unit.values("ProtectSystem"));
        assertEquals(List.of("/run -/etc/ppp/resolv.conf"), unit.values("ReadWritePaths"));
        assertEquals(List.of("voipgw"), unit.values("StateDirectory"));
        assertEquals(List.of("on-failure"), unit.values("Restart"));
        assertEquals(List.of("143"), unit.values("SuccessExitStatus"), "the JVM's exit after SIGTERM is a clean stop");
        assertEquals(List.of("2"), unit.values("RestartPreventExitStatus"), "a bad conf is not restarted in a loop");
        assertEquals(List.of("journal"), unit.values("StandardOutput"));
    }

    @Test
    @Order(5)
    void execStartByHandServesTheWebUiAndStopsInOrderOnSigterm() throws Exception {
        ServiceUnit unit = ServiceUnit.read(UNIT);
        Map<String, String> env = new HashMap<>(ServiceUnit.environmentFile(Path.of("/etc/voipgw/voipgw.conf")));
        int port = freePort();
        // this machine: loopback for the WAN, no LAN interfaces, no GPIO chip, the web UI on a free port
        env.put("VOIPGW_WAN_IF", "lo");
        env.put("VOIPGW_LAN", "");
        env.put("VOIPGW_GPIO", "");
        env.put("VOIPGW_WEB", "--web=127.0.0.1:" + port);
        assertEquals("", env.get("VOIPGW_OPTIONS"), "the conffile has the extra-options hook, empty");
        env.put("VOIPGW_OPTIONS", "--lan-if=lo  --gpio"); // two words, split as systemd splits $VAR
        List<String> argv = unit.execStart(env);
        assertEquals(List.of("/usr/bin/voipgw", "run", "--model", "VIII", "--flash", STATE.toString(), "--wan-if", "lo",
                "--web=127.0.0.1:" + port, "--lan-if=lo", "--gpio"), argv);
        argv = new ArrayList<>(argv.subList(0, argv.size() - 1)); // no GPIO chip here: --gpio would refuse to start
        // what systemd does for StateDirectory=voipgw, StateDirectoryMode=0700
        Files.createDirectories(STATE, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path out = work.resolve("execstart.out");
        ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().remove("JAVA_HOME");
        pb.environment().putAll(env);
        Process p = pb.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> login = Waits.until("the web UI answers", 60, () -> {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/login")).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    return r.statusCode() == 200 ? r : null;
                } catch (IOException e) {
                    assertTrue(p.isAlive(), "the gateway ended:\n" + read(out));
                    return null;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            });
            assertTrue(login.body().contains("login-user"), login.body());
            p.destroy(); // SIGTERM, as systemctl stop sends it (KillMode=mixed: to the JVM only)
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stopped within TimeoutStopSec=30:\n" + read(out));
            assertEquals(143, p.exitValue(), "the JVM's status after SIGTERM, SuccessExitStatus=143:\n" + read(out));
        } finally {
            p.destroyForcibly();
        }
        assertTrue(read(out).contains("VR23-PRI live"), read(out));
        assertTrue(Files.readString(STATE.resolve("log/device.log")).contains("boot (firmware"), "the device log is in "
                + STATE);
        try (Stream<Path> saved = Files.list(STATE.resolve("log"))) {
            assertTrue(saved.anyMatch(f -> f.getFileName().toString().startsWith("saved-")), "the log saved on SIGTERM");
        }
    }

    /** A wrong model in the conffile: ExecStart exits 2 (no restart loop) saying what is valid. */
    @Test
    @Order(6)
    void wrongModelInTheConffileIsBadUsageNamingTheValidOnes() throws IOException {
        Map<String, String> env = new HashMap<>(ServiceUnit.environmentFile(Path.of("/etc/voipgw/voipgw.conf")));
        env.put("VOIPGW_MODEL", "IX");
        env.put("VOIPGW_GPIO", "");
        env.put("JAVA_HOME", null);
        Command run = Command.run(60, env, ServiceUnit.read(UNIT).execStart(env).toArray(String[]::new));
        assertEquals(2, run.exit(), run.output());
        assertTrue(run.output().contains("IX") && run.output().contains("VIII"), run.output());
    }

    /**
     * The launcher's JVM options hold a scenario-level load: the whole scenario library in one JVM
     * through /usr/bin/voipgw, its GC log showing collections inside a 64 MB heap.
     */
    @Test
    @Order(7)
    void scenarioLibraryRunsInsideTheLaunchersHeapBound() throws IOException {
        Path gcLog = work.resolve("gc.log");
        List<String> argv = new ArrayList<>(List.of("/usr/bin/voipgw", "scenario", "run"));
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("scenarios.dir", "../scenarios")))) {
            s.filter(f -> f.toString().endsWith(".scn")).sorted().forEach(f -> argv.add(f.toString()));
        }
        assertTrue(argv.size() > 20, "the scenario library: " + argv);
        Map<String, String> env = withoutJavaHome();
        // read before the command line's options: the launcher's -Xmx still decides the bound
        env.put("JAVA_TOOL_OPTIONS", "-Xlog:gc*=info:file=" + gcLog);
        Command run = Command.run(600, env, argv.toArray(String[]::new));
        Matcher summary = Pattern.compile("(?m)^(\\d+) passed, (\\d+) failed$").matcher(run.output());
        assertTrue(summary.find(), run.output());
        assertEquals("0", summary.group(2), run.output());
        assertEquals(0, run.exit(), run.output());
        String gc = Files.readString(gcLog);
        assertTrue(gc.contains("Using Serial"), "the launcher chose SerialGC:\n" + gc.lines().limit(5).toList());
        Matcher max = Pattern.compile("Heap Max Capacity: (\\d+)M").matcher(gc);
        assertTrue(max.find(), gc);
        assertEquals(64, Integer.parseInt(max.group(1)), "the launcher's -Xmx");
        Matcher pauses = Pattern.compile("Pause \\w+ \\([^)]*\\) (\\d+)M->(\\d+)M\\((\\d+)M\\)").matcher(gc);
        int collections = 0;
        while (pauses.find()) {
            collections++;
            assertTrue(Integer.parseInt(pauses.group(3)) <= 64, pauses.group());
        }
        assertNotEquals(0, collections, "the load made the heap collect at least once:\n" + gc);
        assertFalse(run.output().contains("OutOfMemoryError"), run.output());
    }

    @Test
    @Order(99)
    void purgeLeavesNothingBehind() throws IOException {
        Command.run(120, "dpkg", "--purge", "voipgw").ok();
        assertNotEquals(0, Command.run(30, "dpkg-query", "-W", "voipgw").exit(), "dpkg forgot the package");
        List<Path> left = new ArrayList<>();
        for (String top : List.of("/etc", "/usr", "/lib", "/var", "/run", "/opt")) {
            try (Stream<Path> all = Files.walk(Path.of(top))) {
                all.filter(f -> f.getFileName() != null && f.getFileName().toString().contains("voipgw"))
                        .filter(f -> !f.startsWith(Path.of("/var/cache/apt")))
                        .forEach(left::add);
            } catch (UncheckedIOException e) {
                // a file vanishing mid-walk (another process's) is not ours
            }
        }
        left.removeIf(f -> f.toString().contains(LocalJreProvider.PACKAGE));
        assertEquals(List.of(), left, "left after dpkg --purge");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }
}
