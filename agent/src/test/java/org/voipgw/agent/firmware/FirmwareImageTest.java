package org.voipgw.agent.firmware;

import java.util.List;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FirmwareImageTest {
    private final PublicKey builtIn = FirmwareSigning.builtInKey();
    private final SplittableRandom random = new SplittableRandom(4316);

    @Test
    void anImageSignedWithTheDevelopmentKeyChecksAgainstTheKeyBuiltIn() {
        byte[] image = DevKey.image("2.0.1", 5000, random);
        ImageCheck c = FirmwareImage.check(image, builtIn);
        assertTrue(c.good(), () -> c.refusal().logLine());
        assertEquals(new FirmwareVersion("2.0.1"), c.manifest().version());
        assertEquals(5000, c.manifest().size());
    }

    @Test
    void eachBadKindIsRefusedWithItsReason() {
        byte[] payload = new byte[3000];
        random.nextBytes(payload);
        Manifest m = Manifest.of(new FirmwareVersion("2.0.1"), payload);
        assertEquals(ImageRefusal.Kind.UNSIGNED, FirmwareImage.check(FirmwareImage.assemble(m.encode(), new byte[0], payload),
                builtIn).refusal().kind());
        byte[] stranger = FirmwareImage.signed(m.version(), payload, FirmwareSigning.generate().getPrivate());
        assertEquals(ImageRefusal.Kind.BAD_SIGNATURE, FirmwareImage.check(stranger, builtIn).refusal().kind());
        byte[] corrupt = FirmwareImage.signed(m.version(), payload, DevKey.privateKey());
        corrupt[corrupt.length - 10] ^= 1;
        ImageRefusal r = FirmwareImage.check(corrupt, builtIn).refusal();
        assertEquals(ImageRefusal.Kind.CORRUPT, r.kind());
        assertEquals("イメージが破損しています (payload SHA-256 differs from the manifest's)", r.text().ja());
        byte[] longer = Arrays.copyOf(FirmwareImage.signed(m.version(), payload, DevKey.privateKey()), 3000 + 400);
        assertEquals(ImageRefusal.Kind.CORRUPT, FirmwareImage.check(longer, builtIn).refusal().kind(), "trailing bytes");
        assertEquals(ImageRefusal.Kind.NOT_AN_IMAGE, FirmwareImage.check("PK\3\4 a zip file".getBytes(StandardCharsets.US_ASCII),
                builtIn).refusal().kind());
    }

    @Test
    void everySingleBitFlipAndEveryTruncationIsRefused() {
        byte[] image = DevKey.image("3.1.4", 200, random);
        Map<ImageRefusal.Kind, Integer> seen = new EnumMap<>(ImageRefusal.Kind.class);
        int checked = 0;
        for (int i = 0; i < image.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] bad = image.clone();
                bad[i] ^= (byte) (1 << bit);
                ImageCheck c = FirmwareImage.check(bad, builtIn);
                assertFalse(c.good(), "bit " + bit + " of byte " + i + " flipped was taken");
                seen.merge(c.refusal().kind(), 1, Integer::sum);
                checked++;
            }
        }
        for (int n = 0; n < image.length; n++) {
            assertFalse(FirmwareImage.check(Arrays.copyOf(image, n), builtIn).good(), "cut to " + n + " bytes was taken");
        }
        assertTrue(seen.keySet().containsAll(List.of(ImageRefusal.Kind.NOT_AN_IMAGE, ImageRefusal.Kind.UNKNOWN_FORMAT,
                ImageRefusal.Kind.BAD_SIGNATURE, ImageRefusal.Kind.CORRUPT)), seen.toString());
        assertEquals(image.length * 8, checked);
    }

    @Test
    void theManifestHasOneSpelling() {
        Manifest m = Manifest.of(new FirmwareVersion("1.2.3"), new byte[] {1, 2, 3});
        assertEquals(m, Manifest.decode(m.encode()));
        String text = new String(m.encode(), StandardCharsets.UTF_8);
        for (String bad : new String[] {text.replace("size=3", "size=03"), text.replace("\n", "\r\n"),
                "size=3\n" + text.replace("size=3\n", ""), text + "extra=1\n", text.replace("version=1.2.3", "version=1 2"),
                text.substring(0, text.length() - 1), text.replace("sha256=", "sha256=A")}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Manifest.decode(bad.getBytes(StandardCharsets.UTF_8)), bad);
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Test
    void keysSurviveTheirPemForm() {
        var pair = FirmwareSigning.generate();
        PublicKey pub = FirmwareSigning.publicKey(FirmwareSigning.pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        var priv = FirmwareSigning.privateKey(FirmwareSigning.pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        byte[] sig = FirmwareSigning.sign(new byte[] {7}, priv);
        assertTrue(FirmwareSigning.verifies(new byte[] {7}, sig, pub));
        assertFalse(FirmwareSigning.verifies(new byte[] {8}, sig, pub));
        assertFalse(FirmwareSigning.verifies(new byte[] {7}, new byte[] {0x30, 0}, pub), "a malformed signature just fails");
        assertArrayEquals(pair.getPublic().getEncoded(), pub.getEncoded());
    }
}
