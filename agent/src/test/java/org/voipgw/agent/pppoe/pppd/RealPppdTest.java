package org.voipgw.agent.pppoe.pppd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.agent.pppoe.PppoeConfig;
import org.voipgw.led.status.PppoeMode;
import org.voipgw.agent.pppoe.PppoeSessionStatus;

/**
 * Runs Debian's real pppd 2.4.9 with the rp-pppoe plugin once, through the supervisor. On this
 * machine kind the kernel has no PPP (CONFIG_PPP unset, no /dev/ppp; PITFALLS.md): pppd parses our
 * peer and secret files (a password full of quoting traps), loads the plugin, fails with "Couldn't
 * open the /dev/ppp device" and exits 1. That must become the non-retrying {@code no-kernel-ppp}
 * state whose message says what is missing — never a crash or a retry loop. A missing pppd fails
 * the test (CI installs the Debian package ppp with bin/install-peers); it never skips.
 */
class RealPppdTest {
    private static final Path PPPD = Path.of("/usr/sbin/pppd");

    @TempDir
    Path tmp;

    private static Path rpPppoePlugin() throws IOException {
        Path lib = Path.of("/usr/lib/pppd");
        if (!Files.isDirectory(lib)) {
            return fail("no /usr/lib/pppd: install the Debian package ppp (apt-get install ppp)");
        }
        try (Stream<Path> versions = Files.list(lib)) {
            List<Path> found = versions.map(v -> v.resolve("rp-pppoe.so")).filter(Files::isRegularFile).toList();
            if (found.isEmpty()) {
                return fail("no rp-pppoe.so under /usr/lib/pppd/*/: install the Debian package ppp");
            }
            return found.get(0);
        }
    }

    @Test
    void kernelWithoutPppBecomesNoKernelPppAndIsNotRetried() throws Exception {
        assertTrue(Files.isExecutable(PPPD), "pppd is not installed at " + PPPD
                + ": install the Debian package ppp (apt-get install ppp; ./run-tests does it via bin/install-peers)");
        Path plugin = rpPppoePlugin();
        PppdSetup setup = PppdSetup.debian("lo").withPlugin(plugin.toString());
        PppoeConfig config = new PppoeConfig(1, true, PppoeMode.ALWAYS, "user@isp.ne.jp",
                "p\"w\\ # $(reboot) `id` ;|&'<>", "", 1492, Duration.ofSeconds(300), Duration.ofSeconds(1), 3);
        boolean kernelHasPpp = Files.exists(Path.of("/dev/ppp"));
        try (LiveSession s = new LiveSession(setup, tmp.resolve("pppoe"), config)) {
            s.onLoop(() -> s.session.boot(true));
            if (kernelHasPpp) {
                // A PPP-capable kernel (e.g. Raspberry Pi OS): nobody answers PADIs on the loopback
                // interface, so after rp-pppoe's 5+10+20 s discovery the attempt fails and is retried.
                PppoeSessionStatus st = s.await("a failed attempt", Duration.ofSeconds(90),
                        x -> x.state().equals("retry-wait") && x.lastError() != null);
                assertTrue(st.lastError().contains("pppd"), st.lastError());
                return;
            }
            PppoeSessionStatus st = s.await("no-kernel-ppp");
            assertTrue(st.lastError().contains("/dev/ppp is missing"), st.lastError());
            assertTrue(st.lastError().contains("CONFIG_PPP"), st.lastError());
            assertTrue(st.lastError().contains("Couldn't open the /dev/ppp device"),
                    "pppd's own words are quoted: " + st.lastError());
            assertNull(st.retryAt());
            assertNull(s.nextWithin(Duration.ofSeconds(1)), "no retry (FAST would retry within 50 ms)");
            assertEquals(1, s.backend.starts(), "pppd ran exactly once");
            assertEquals(List.of("connecting", "no-kernel-ppp"), s.statesSeen());
        }
    }
}
