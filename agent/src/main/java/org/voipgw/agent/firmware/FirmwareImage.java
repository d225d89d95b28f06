package org.voipgw.agent.firmware;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;

/**
 * The firmware image format (ours; issue 13 "Signed A/B firmware"), all integers big-endian:
 * <pre>
 *   4  magic "VGWF"
 *   1  format, 1
 *   2  manifest length M (1–1024)
 *   M  the {@link Manifest} (version, size, SHA-256 of the payload)
 *   2  signature length S (0: unsigned)
 *   S  ECDSA P-256 signature over the M manifest bytes ({@link FirmwareSigning}), ASN.1 DER
 *   …  the payload, exactly the manifest's size
 * </pre>
 * {@link #check} reads it in that order and refuses at the first fault, with the reason: the signature is
 * checked before the manifest is believed, so an unsigned or forged image never gets to say its size.
 * Any bytes at all give an answer, never an exception (DecoderFuzzTest#firmwareImage).
 */
public final class FirmwareImage {
    static final byte[] MAGIC = "VGWF".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT = 1;
    static final int MAX_MANIFEST = 1024;
    /**
     * An ECDSA P-256 signature in DER is at most 72 bytes (RFC 3279 §2.2.3: a SEQUENCE of two INTEGERs of up
     * to 33 bytes each); we allow some slack and no more (our choice).
     */
    static final int MAX_SIGNATURE = 256;
    private static final int FIXED_HEADER = MAGIC.length + 1 + 2;
    /** The largest image that can be well formed: header, manifest, signature and the largest payload. */
    public static final long MAX_IMAGE = FIXED_HEADER + MAX_MANIFEST + 2L + MAX_SIGNATURE + Manifest.MAX_SIZE;

    private FirmwareImage() {
    }

    /** An image of {@code payload} signed with {@code key}. */
    public static byte[] signed(FirmwareVersion version, byte[] payload, PrivateKey key) {
        Manifest m = Manifest.of(version, payload);
        return assemble(m.encode(), FirmwareSigning.sign(m.encode(), key), payload);
    }

    /** An image as laid out above from its parts, whatever they hold (tests and the simulation make bad ones too). */
    public static byte[] assemble(byte[] manifest, byte[] signature, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(FIXED_HEADER + manifest.length + 2 + signature.length + payload.length);
        b.put(MAGIC).put((byte) FORMAT).putShort((short) manifest.length).put(manifest)
                .putShort((short) signature.length).put(signature).put(payload);
        return b.array();
    }

    /** Checks {@code image} against the trusted {@code key}: its manifest when everything holds, else the first fault. */
    public static ImageCheck check(byte[] image, PublicKey key) {
        if (image.length < FIXED_HEADER) {
            return ImageCheck.refused(ImageRefusal.Kind.TRUNCATED, image.length + " bytes, shorter than the "
                    + FIXED_HEADER + "-byte header");
        }
        if (!Arrays.equals(image, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return ImageCheck.refused(ImageRefusal.Kind.NOT_AN_IMAGE, "it does not start with VGWF");
        }
        ByteBuffer b = ByteBuffer.wrap(image, MAGIC.length, image.length - MAGIC.length);
        int format = b.get() & 0xff;
        if (format != FORMAT) {
            return ImageCheck.refused(ImageRefusal.Kind.UNKNOWN_FORMAT, "format " + format + "; valid: " + FORMAT);
        }
        int m = b.getShort() & 0xffff;
        if (m == 0 || m > MAX_MANIFEST) {
            return ImageCheck.refused(ImageRefusal.Kind.BAD_MANIFEST, "manifest length " + m + "; valid: 1–" + MAX_MANIFEST);
        }
        if (b.remaining() < m + 2) {
            return ImageCheck.refused(ImageRefusal.Kind.TRUNCATED, "ends inside the manifest");
        }
        byte[] manifestBytes = new byte[m];
        b.get(manifestBytes);
        int s = b.getShort() & 0xffff;
        if (s == 0) {
            return ImageCheck.refused(ImageRefusal.Kind.UNSIGNED, "no signature block");
        }
        if (s > MAX_SIGNATURE) {
            return ImageCheck.refused(ImageRefusal.Kind.BAD_SIGNATURE, "signature length " + s + "; valid: 1–" + MAX_SIGNATURE);
        }
        if (b.remaining() < s) {
            return ImageCheck.refused(ImageRefusal.Kind.TRUNCATED, "ends inside the signature");
        }
        byte[] signature = new byte[s];
        b.get(signature);
        if (!FirmwareSigning.verifies(manifestBytes, signature, key)) {
            return ImageCheck.refused(ImageRefusal.Kind.BAD_SIGNATURE, "not signed with the key this firmware trusts");
        }
        Manifest manifest;
        try {
            manifest = Manifest.decode(manifestBytes);
        } catch (IllegalArgumentException e) {
            return ImageCheck.refused(ImageRefusal.Kind.BAD_MANIFEST, e.getMessage());
        }
        if (b.remaining() != manifest.size()) {
            return ImageCheck.refused(b.remaining() < manifest.size() ? ImageRefusal.Kind.TRUNCATED : ImageRefusal.Kind.CORRUPT,
                    "payload is " + b.remaining() + " bytes, the manifest says " + manifest.size());
        }
        byte[] digest = sha256(image, b.position(), b.remaining());
        if (!MessageDigest.isEqual(digest, manifest.sha256())) {
            return ImageCheck.refused(ImageRefusal.Kind.CORRUPT, "payload SHA-256 differs from the manifest's");
        }
        return ImageCheck.good(manifest);
    }

    private static byte[] sha256(byte[] data, int from, int length) {
        byte[] part = Arrays.copyOfRange(data, from, from + length);
        return Manifest.sha256(part);
    }
}
