package org.voipgw.agent.pppoe.pppd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.agent.pppoe.PppoeConfig;
import org.voipgw.led.status.PppoeMode;
import org.voipgw.agent.pppoe.PppoeSessionStatus;

/**
 * The pppd supervisor against a stand-in executable that behaves as pppd(8) documents: it must be
 * started as {@code pppd file PEERFILE}, reads the peer and the 0600 secret file, calls the ip-up and
 * ip-down hooks with pppd's arguments, and exits with the planned status. Every state transition of
 * a session driven by pppd is covered here.
 */
class PppdBackendTest {
    @TempDir
    Path tmp;
    private Path standIn;
    private Path standInDir;
    private Path deviceDir;

    @BeforeEach
    void installStandIn() throws IOException {
        standInDir = Files.createDirectories(tmp.resolve("fake-pppd"));
        standIn = standInDir.resolve("pppd");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("stand-in-pppd.sh"))) {
            Files.write(standIn, in.readAllBytes());
        }
        Files.setPosixFilePermissions(standIn, PosixFilePermissions.fromString("rwx------"));
        deviceDir = tmp.resolve("flash").resolve("pppoe");
    }

    private PppdSetup setup() {
        return PppdSetup.debian("eth9").withPppd(standIn);
    }

    private void plan(int start, String up, String exit, String log) throws IOException {
        Files.writeString(standInDir.resolve("plan." + start), "PLAN_UP='" + up + "'\nPLAN_EXIT='" + exit
                + "'\nPLAN_LOG='" + log + "'\n");
        if (exit.equals("hold")) {
            Process p = new ProcessBuilder("mkfifo", standInDir.resolve("release." + start).toString()).start();
            try {
                assertTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo");
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    private void release(int start, int status) throws IOException {
        Files.writeString(standInDir.resolve("release." + start), status + "\n");
    }

    private String seen(String what, int start) throws IOException {
        return Files.readString(standInDir.resolve(what + "." + start));
    }

    /** Like {@link #seen}, for a file the stand-in writes as it exits: waits for it, at most 60 s (a loaded machine starts processes slowly). */
    private String seenWhenWritten(String what, int start) throws IOException {
        Path f = standInDir.resolve(what + "." + start);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(f) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10); // polling for a file another process writes; the bound decides
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        return Files.readString(f);
    }

    private LiveSession session(PppoeConfig c) {
        LiveSession s = new LiveSession(setup(), deviceDir, c);
        s.onLoop(() -> s.session.boot(true));
        return s;
    }

    private static PppoeConfig config() {
        return PppoeConfig.alwaysOn(1, "user@isp.ne.jp", "pw").withEcho(Duration.ofSeconds(10), 3);
    }

    @Test
    void upFromTheIpUpHookAndSigtermOnDisconnect() throws Exception {
        plan(1, "203.0.113.10", "wait", "");
        PppoeConfig c = new PppoeConfig(1, true, PppoeMode.ALWAYS, "user@isp.ne.jp", "p\"w\\x $(touch /tmp/x) ;|&`'<>",
                "flets", 1454, Duration.ofSeconds(300), Duration.ofSeconds(10), 3);
        try (LiveSession s = session(c)) {
            s.await("connecting");
            PppoeSessionStatus up = s.await("connected");
            assertEquals("203.0.113.10", up.address());

            Path peer = deviceDir.resolve("session1.peer");
            assertEquals(List.of("file", peer.toString()), Files.readAllLines(standInDir.resolve("args.1")),
                    "pppd is started as: pppd file PEERFILE");
            String peerText = seen("peer", 1);
            for (String line : List.of("plugin \"rp-pppoe.so\"", "nic-eth9", "pppoe-service \"flets\"",
                    "user \"user@isp.ne.jp\"", "file \"" + deviceDir.resolve("session1.secret") + "\"", "mtu 1454",
                    "mru 1454", "lcp-echo-interval 10", "lcp-echo-failure 3", "unit 0", "linkname \"voipgw-pppoe1\"",
                    "ipparam \"session1\"", "ip-up-script \"" + deviceDir.resolve("ip-up") + "\"",
                    "ip-down-script \"" + deviceDir.resolve("ip-down") + "\"", "defaultroute", "usepeerdns",
                    "maxfail 1", "nodetach", "noauth", "hide-password")) {
                assertTrue(peerText.lines().anyMatch(line::equals), "peer file lacks '" + line + "':\n" + peerText);
            }
            assertFalse(peerText.contains("persist"), "the supervisor, not pppd, retries");
            assertFalse(peerText.lines().anyMatch(l -> l.startsWith("password")) || peerText.contains("touch"),
                    "the password lives only in the secret file");
            assertFalse(peerText.contains("idle"), "idle only in on-demand mode");
            assertEquals("600", seen("secretmode", 1).strip());
            assertTrue(seen("secret", 1).lines().anyMatch(
                    "password \"p\\\"w\\\\x $(touch /tmp/x) ;|&`'<>\""::equals), seen("secret", 1));

            s.onLoop(s.session::disconnect);
            s.await("stopped");
            long pid = Long.parseLong(seen("pid", 1).strip());
            ProcessHandle.of(pid).ifPresent(h -> h.onExit().orTimeout(60, TimeUnit.SECONDS).join());
            assertEquals("5", seenWhenWritten("term", 1).strip(), "pppd got SIGTERM and exited 5 (pppd(8) EXIT STATUS)");
            assertEquals(1, s.backend.starts());
        }
    }

    @Test
    void authenticationFailureStatus19IsShownThenRetriedUntilUp() throws Exception {
        plan(1, "", "19", "CHAP authentication failed");
        plan(2, "", "19", "CHAP authentication failed");
        plan(3, "203.0.113.11", "wait", "");
        try (LiveSession s = session(config())) {
            PppoeSessionStatus failed = s.await("auth-failed");
            assertTrue(failed.lastError().contains("19"), failed.lastError());
            assertTrue(failed.lastError().contains("CHAP authentication failed"), failed.lastError());
            s.await("a retry attempt under 認証失敗", st -> st.attempting() && st.state().equals("auth-failed"));
            PppoeSessionStatus up = s.await("connected");
            assertEquals("203.0.113.11", up.address());
            assertNull(up.lastError());
            assertEquals(3, s.backend.starts());
        }
    }

    @Test
    void hangupStatus16AfterUpIsRetriedAndReconnects() throws Exception {
        plan(1, "203.0.113.10", "hold", "");
        plan(2, "203.0.113.10", "wait", "");
        try (LiveSession s = session(config())) {
            s.await("connected");
            release(1, 16);
            PppoeSessionStatus down = s.await("retry-wait");
            assertTrue(down.lastError().contains("PADT"), down.lastError());
            assertTrue(down.retryAt() != null);
            s.await("connected");
            assertEquals(2, s.backend.starts());
        }
    }

    @Test
    void echoTimeoutStatus15AndDiscoveryFailureStatus8AreRetried() throws Exception {
        plan(1, "203.0.113.10", "hold", "");
        plan(2, "", "8", "Timeout waiting for PADO packets");
        plan(3, "203.0.113.10", "wait", "");
        try (LiveSession s = session(config())) {
            s.await("connected");
            release(1, 15);
            PppoeSessionStatus echo = s.await("retry-wait");
            assertTrue(echo.lastError().contains("LCP echo"), echo.lastError());
            PppoeSessionStatus disc = s.await("discovery failure", st -> st.lastError() != null
                    && st.lastError().contains("PADO") && st.retryAt() != null);
            assertEquals("retry-wait", disc.state());
            s.await("connected");
        }
    }

    @Test
    void missingKernelPppHaltsWithoutRetrying() throws Exception {
        plan(1, "", "1", "Couldn'\\''t open the /dev/ppp device: No such file or directory");
        try (LiveSession s = session(config())) {
            PppoeSessionStatus st = s.await("no-kernel-ppp");
            assertTrue(st.lastError().contains("/dev/ppp"), st.lastError());
            assertNull(st.retryAt());
            assertNull(s.nextWithin(Duration.ofMillis(500)), "nothing retries (FAST would retry after 50 ms)");
            assertEquals(1, s.backend.starts());
        }
    }

    @Test
    void optionsErrorStatus2StopsWithTheReason() throws Exception {
        plan(1, "", "2", "In file /x: unrecognized option 'pppoe-service'");
        try (LiveSession s = session(config())) {
            PppoeSessionStatus st = s.await("stopped with a reason", x -> x.state().equals("stopped")
                    && x.lastError() != null);
            assertTrue(st.lastError().contains("unrecognized option"), st.lastError());
            assertNull(s.nextWithin(Duration.ofMillis(500)));
            assertEquals(1, s.backend.starts());
        }
    }

    @Test
    void idleStatus12EndsAnOnDemandSessionQuietly() throws Exception {
        plan(1, "203.0.113.10", "hold", "");
        try (LiveSession s = session(config().withMode(PppoeMode.ON_DEMAND).withIdle(Duration.ofSeconds(60)))) {
            s.onLoop(s.session::demand);
            s.await("connected");
            assertTrue(seen("peer", 1).lines().anyMatch("idle 60"::equals), "pppd does the idle counting");
            release(1, 12);
            PppoeSessionStatus st = s.await("stopped");
            assertNull(st.lastError());
            assertNull(s.nextWithin(Duration.ofMillis(500)), "no retry after an idle time-out");
        }
    }

    @Test
    void aMissingPppdIsASetupErrorNotARetryLoop() throws Exception {
        PppdSetup missing = setup().withPppd(tmp.resolve("no-such-pppd"));
        try (LiveSession s = new LiveSession(missing, deviceDir, config())) {
            s.onLoop(() -> s.session.boot(true));
            PppoeSessionStatus st = s.await("stopped with a reason", x -> x.state().equals("stopped")
                    && x.lastError() != null);
            assertTrue(st.lastError().contains("apt-get install ppp"), st.lastError());
            assertEquals(0, s.backend.starts());
        }
    }

    @Test
    void connectAfterAHaltTriesAgain() throws Exception {
        plan(1, "", "4", "");
        plan(2, "203.0.113.10", "wait", "");
        try (LiveSession s = session(config())) {
            s.await("no-kernel-ppp");
            assertTrue(s.call(s.session::connect));
            s.await("connected");
        }
    }

    @Test
    void filesAreWrittenWithTheRightModes() throws Exception {
        plan(1, "203.0.113.10", "wait", "");
        try (LiveSession s = session(config())) {
            s.await("connected");
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(deviceDir.resolve("session1.secret"))));
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(deviceDir.resolve("session1.peer"))));
            assertEquals("rwx------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(deviceDir.resolve("ip-up"))));
            String hook = Files.readString(deviceDir.resolve("ip-up"), StandardCharsets.UTF_8);
            assertTrue(hook.startsWith("#!/bin/sh\n"));
            assertTrue(hook.contains("\"$PPID\" \"$6\" \"$1\" \"$4\" \"$5\""), hook);
        }
    }
}
