package org.voipgw.agent.firmware.sim;

import java.security.KeyPair;
import java.security.PublicKey;
import java.util.SplittableRandom;
import org.voipgw.agent.firmware.FirmwareImage;
import org.voipgw.agent.firmware.FirmwareServer;
import org.voipgw.agent.firmware.FirmwareSigning;
import org.voipgw.agent.firmware.FirmwareVersion;
import org.voipgw.agent.firmware.ImageKind;
import org.voipgw.agent.firmware.Manifest;

/**
 * The carrier's firmware server of the simulated world: it makes an image of any version and
 * {@link ImageKind}, signed with its own key, and a simulated box is built to trust that key (as a release
 * build is built with the release key, {@link FirmwareSigning}). The key pair is made once per process, on
 * first use, and never stored: no private key ships with the firmware.
 */
public final class SimulatedFirmwareServer implements FirmwareServer {
    /**
     * Payload bytes of a simulated image: 192 KiB. Chosen: big enough that writing it takes several blocks
     * (a power cut can fall inside), small enough for thousands of scenario runs.
     */
    public static final int PAYLOAD_SIZE = 192 * 1024;
    private static final SimulatedFirmwareServer INSTANCE = new SimulatedFirmwareServer();

    /** Made on first use (class holder idiom), so describing a model's vocabulary makes no keys. */
    private static final class Keys {
        static final KeyPair SERVER = FirmwareSigning.generate();
        static final KeyPair STRANGER = FirmwareSigning.generate();
    }

    private SimulatedFirmwareServer() {
    }

    public static SimulatedFirmwareServer get() {
        return INSTANCE;
    }

    /** The key a simulated box trusts. */
    public PublicKey publicKey() {
        return Keys.SERVER.getPublic();
    }

    /** An image of {@code version} and {@code kind}; its payload is the same bytes for the same version. */
    @Override
    public byte[] image(FirmwareVersion version, ImageKind kind) {
        byte[] payload = new byte[PAYLOAD_SIZE];
        new SplittableRandom(version.text().hashCode()).nextBytes(payload);
        Manifest m = Manifest.of(version, payload);
        return switch (kind) {
            case SIGNED -> FirmwareImage.signed(version, payload, Keys.SERVER.getPrivate());
            case UNSIGNED -> FirmwareImage.assemble(m.encode(), new byte[0], payload);
            case BAD_SIGNATURE -> FirmwareImage.signed(version, payload, Keys.STRANGER.getPrivate());
            case CORRUPT -> {
                byte[] image = FirmwareImage.signed(version, payload, Keys.SERVER.getPrivate());
                image[image.length - 1 - PAYLOAD_SIZE / 2] ^= 0x40; // one bit flipped in the middle of the payload
                yield image;
            }
        };
    }
}
