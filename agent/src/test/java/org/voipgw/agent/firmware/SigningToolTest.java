package org.voipgw.agent.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code voipgw firmware check|sign}: a good image passes; a file too large to be an image is refused unread. */
class SigningToolTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SigningTool.run(List.of(args), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aSignedImageChecksGoodAgainstTheBuiltInKey() throws IOException {
        Path image = Files.write(dir.resolve("good.img"), DevKey.image("2.0.0", 4096, new SplittableRandom(1)));
        Run r = run("check", image.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("good: "), r.out());
    }

    @Test
    void aFileLargerThanAnyImageIsRefusedBeforeItIsRead() throws IOException {
        Path huge = dir.resolve("huge.img");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(FirmwareImage.MAX_IMAGE + 1); // sparse: nothing is written
        }
        Run check = run("check", huge.toString());
        assertEquals(1, check.exit());
        assertTrue(check.err().contains("valid: at most " + FirmwareImage.MAX_IMAGE), check.err());
        Run sign = run("sign", dir.resolve("no-key.pem").toString(), "2.0.0", huge.toString(), dir.resolve("o").toString());
        assertEquals(1, sign.exit(), "a missing key is refused too");
        Run key = run("check", dir.resolve("good.img").toString(), huge.toString());
        assertEquals(1, key.exit());
        assertTrue(key.err().contains("key file"), key.err());
    }
}
