package org.voipgw.agent.firmware;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.SplittableRandom;

/** The development signing key's private half (test resources): test images are signed with it. */
public final class DevKey {
    private static final String RESOURCE = "/org/voipgw/agent/firmware/dev-signing-key.pk8.pem";

    private DevKey() {
    }

    public static PrivateKey privateKey() {
        try (InputStream in = DevKey.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing");
            }
            return FirmwareSigning.privateKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A test image of {@code version} with {@code size} random payload bytes, signed with the development key. */
    public static byte[] image(String version, int size, SplittableRandom random) {
        byte[] payload = new byte[size];
        random.nextBytes(payload);
        return FirmwareImage.signed(new FirmwareVersion(version), payload, privateKey());
    }
}
