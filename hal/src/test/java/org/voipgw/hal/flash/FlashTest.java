package org.voipgw.hal.flash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlashTest {
    private final Flash flash = Flash.files();

    @Test
    void replacesWholeFilesOwnerOnlyInNewDirectories(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sub/creds.json");
        flash.replace(f, "old".getBytes(), Flash.Access.OWNER_ONLY);
        flash.replace(f, "new".getBytes(), Flash.Access.OWNER_ONLY);
        assertEquals("new", Files.readString(f));
        assertFalse(Files.exists(dir.resolve("sub/creds.json.tmp")), "no temporary file left behind");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    /** The in-place block writes of a firmware slot behave alike on files and in memory. */
    @Test
    void inPlaceWritesGoBlockByBlockAndCutTheFileAtTheirEnd(@TempDir Path dir) throws Exception {
        for (Flash f : new Flash[] {flash, Flash.inMemory()}) {
            Path slot = dir.resolve(f == flash ? "files/slot" : "memory/slot");
            assertTrue(f.read(slot).isEmpty());
            f.write(slot, 0, new byte[] {9, 9, 9, 9, 9, 9}, Flash.Access.DEFAULT);
            f.write(slot, 0, new byte[] {1, 2}, Flash.Access.DEFAULT);
            f.write(slot, 2, new byte[] {3, 4, 5}, Flash.Access.DEFAULT);
            f.force(slot);
            assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, f.read(slot).orElseThrow(), "the old tail is gone");
            f.write(slot, 7, new byte[] {8}, Flash.Access.DEFAULT);
            assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 0, 0, 8}, f.read(slot).orElseThrow(), "a gap reads as zeros");
        }
    }

    @Test
    void aCutBeforeTheFsyncOfAnInPlaceWriteMayLoseItsTail(@TempDir Path dir) throws Exception {
        int shorter = 0;
        for (int i = 0; i < 40; i++) {
            Path slot = dir.resolve("slot" + i);
            // 3 writes of 512 bytes, then the cut before the fsync
            PowerCutFlash f = new PowerCutFlash(3, new SplittableRandom(i));
            try {
                f.write(slot, 0, new byte[1500], Flash.Access.DEFAULT);
                f.force(slot);
            } catch (PowerCutFlash.PowerCut expected) {
                // the data was not yet durable
            }
            assertTrue(f.wasCut());
            if (Files.size(slot) < 1500) {
                shorter++;
            }
        }
        assertTrue(shorter > 0, "unforced slot data is sometimes lost");
    }

    @Test
    void writesEveryByteOfALargeFile(@TempDir Path dir) throws Exception {
        byte[] big = new byte[3 * 1024 * 1024 + 17]; // more than one write() may take
        new Random(7).nextBytes(big);
        Path f = dir.resolve("image.bin");
        flash.replace(f, big, Flash.Access.DEFAULT);
        assertArrayEquals(big, Files.readAllBytes(f));
    }

    @Test
    void scriptsAreOwnerExecutable(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ip-up");
        flash.replace(f, "#!/bin/sh\n".getBytes(), Flash.Access.OWNER_EXECUTABLE);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void aStaleTemporaryFileFromACrashIsReplaced(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("settings.json");
        flash.replace(f, "{}".getBytes(), Flash.Access.OWNER_ONLY);
        Files.writeString(dir.resolve("settings.json.tmp"), "half a wri"); // a crash before the rename
        flash.replace(f, "{\"a\":\"1\"}".getBytes(), Flash.Access.OWNER_ONLY);
        assertEquals("{\"a\":\"1\"}", Files.readString(f));
    }

    @Test
    void quarantineMovesTheDamagedFileAsideReplacingAnOlderOne(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("settings.json");
        Files.writeString(dir.resolve("settings.json.damaged"), "older damage");
        Files.writeString(f, "{not json");
        Path aside = flash.quarantine(f);
        assertEquals(dir.resolve("settings.json.damaged"), aside);
        assertFalse(Files.exists(f));
        assertEquals("{not json", Files.readString(aside));
        assertTrue(Files.isRegularFile(aside));
    }
}
