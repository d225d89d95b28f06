package org.voipgw.agent.firmware;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.List;

/**
 * Makes firmware signing keys and signs images, for whoever builds releases (README "Signed A/B firmware"):
 * <pre>
 *   voipgw firmware keygen DIR                     DIR/firmware-signing-key.pub.pem (to build in) and
 *                                                  DIR/firmware-signing-key.pk8.pem (owner-only; keep it safe)
 *   voipgw firmware sign KEY.pk8.pem VERSION PAYLOAD OUT.img
 *   voipgw firmware check IMAGE [KEY.pub.pem]      checks an image (default: the key built in)
 * </pre>
 * The development key pair was made the same way (openssl ecparam -name prime256v1, PKCS #8); its public half is the resource
 * {@value FirmwareSigning#BUILT_IN_KEY}, its private half is with the tests.
 */
public final class SigningTool {
    private SigningTool() {
    }

    /** A PEM key file is a few hundred bytes; anything much larger is not one. Chosen bound. */
    private static final long MAX_KEY_FILE = 16 * 1024;

    /**
     * The bytes of {@code file}, refused before reading when it is larger than {@code max}: the heap is
     * bounded (64 MiB), and a file no image could be must give a clear refusal, not an OutOfMemoryError.
     */
    private static byte[] bounded(Path file, long max, String what) throws IOException {
        long size = Files.size(file);
        if (size > max) {
            throw new IllegalArgumentException(what + " " + file + " is " + size + " bytes; valid: at most " + max);
        }
        return Files.readAllBytes(file);
    }

    private static String keyText(Path file) throws IOException {
        return new String(bounded(file, MAX_KEY_FILE, "key file"), StandardCharsets.US_ASCII);
    }

    /** Runs one command; returns the exit code (0 done, 1 refused or failed, 2 bad usage). */
    public static int run(List<String> args, PrintWriter out, PrintWriter err) {
        try {
            if (args.size() == 2 && args.get(0).equals("keygen")) {
                Path dir = Path.of(args.get(1));
                Files.createDirectories(dir);
                KeyPair k = FirmwareSigning.generate();
                Path pub = dir.resolve("firmware-signing-key.pub.pem");
                Path priv = dir.resolve("firmware-signing-key.pk8.pem");
                Files.writeString(pub, FirmwareSigning.pem("PUBLIC KEY", k.getPublic().getEncoded()), StandardCharsets.US_ASCII);
                Files.deleteIfExists(priv);
                if (priv.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(priv, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                }
                Files.writeString(priv, FirmwareSigning.pem("PRIVATE KEY", k.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
                out.println("wrote " + pub + " and " + priv);
                return 0;
            }
            if (args.size() == 5 && args.get(0).equals("sign")) {
                var key = FirmwareSigning.privateKey(keyText(Path.of(args.get(1))));
                Files.write(Path.of(args.get(4)), FirmwareImage.signed(new FirmwareVersion(args.get(2)),
                        bounded(Path.of(args.get(3)), Manifest.MAX_SIZE, "payload"), key));
                out.println("wrote " + args.get(4));
                return 0;
            }
            if ((args.size() == 2 || args.size() == 3) && args.get(0).equals("check")) {
                var key = args.size() == 3 ? FirmwareSigning.publicKey(keyText(Path.of(args.get(2))))
                        : FirmwareSigning.builtInKey();
                ImageCheck c = FirmwareImage.check(bounded(Path.of(args.get(1)), FirmwareImage.MAX_IMAGE, "image"), key);
                out.println(c.good() ? "good: " + c.manifest() : "refused: " + c.refusal().logLine());
                return c.good() ? 0 : 1;
            }
        } catch (IOException | IllegalArgumentException e) {
            err.println("firmware: " + (e instanceof NoSuchFileException ? "no such file: " : "") + e.getMessage());
            return 1;
        }
        err.println("usage: firmware keygen DIR | firmware sign KEY.pk8.pem VERSION PAYLOAD OUT.img"
                + " | firmware check IMAGE [KEY.pub.pem]");
        return 2;
    }
}
