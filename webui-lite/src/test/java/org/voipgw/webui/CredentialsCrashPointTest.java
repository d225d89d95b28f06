package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.hal.flash.Flash;
import org.voipgw.hal.flash.PowerCutFlash;

/**
 * Issue 13 "crash points" for the credentials change: a power cut at a random write, fsync or rename of
 * the credentials file ({@link PowerCutFlash}); after the "reboot" exactly one of the old and the new
 * password logs in, the file is not taken for damage (which would silently restore {@code user}), and the
 * next change works.
 */
class CredentialsCrashPointTest {
    static final int CUTS = 300;
    private static final InetAddress LAN = InetAddress.getLoopbackAddress();

    @Test
    void passwordChangesCutAtRandomPointsLeaveTheOldOrTheNewPassword(@TempDir Path root) throws Exception {
        SplittableRandom random = new SplittableRandom(4436);
        PasswordHasher hasher = new PasswordHasher(1000, new SecureRandom());
        MutableClock clock = new MutableClock(Instant.EPOCH);
        int cuts = 0;
        int trials = 0;
        while (cuts < CUTS) {
            Path f = root.resolve("c" + trials++).resolve("webui-credentials.json");
            List<String> damage = new ArrayList<>();
            String old = "old-password-" + trials;
            String next = "new-password-" + trials;
            Account first = new Account(f, hasher, clock.clock, damage::add, Flash.files());
            assertTrue(first.changePassword(Account.INITIAL_PASSWORD, old, LAN) instanceof Account.LoginResult.Ok);
            PowerCutFlash flash = new PowerCutFlash(random.nextInt(8), random);
            try {
                new Account(f, hasher, clock.clock, damage::add, flash).changePassword(old, next, LAN);
            } catch (PowerCutFlash.PowerCut expected) {
                cuts++;
            }
            Account rebooted = new Account(f, hasher, clock.clock, damage::add, Flash.files());
            boolean oldWorks = rebooted.login(Account.USER, old, LAN) instanceof Account.LoginResult.Ok;
            boolean newWorks = rebooted.login(Account.USER, next, LAN) instanceof Account.LoginResult.Ok;
            assertTrue(oldWorks ^ newWorks, "trial " + trials + ": old " + oldWorks + ", new " + newWorks);
            assertFalse(rebooted.initialPassword(), "never back to the initial password");
            assertEquals(List.of(), damage, "nothing misread as damage");
            assertFalse(Files.exists(f.resolveSibling("webui-credentials.json.damaged")));
            if (!flash.wasCut()) {
                assertTrue(newWorks);
            }
            assertTrue(rebooted.changePassword(newWorks ? next : old, "third-password", LAN) instanceof Account.LoginResult.Ok,
                    "the next change works");
        }
        System.out.println("crash points (credentials changes): " + cuts + " cuts in " + trials + " changes");
        assertTrue(cuts >= CUTS);
    }
}
