package org.voipgw.agent.firmware;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The firmware's signature: ECDSA on the NIST P-256 curve with SHA-256 (FIPS 186-5 §6, SEC 2 secp256r1;
 * the JDK's {@code SHA256withECDSA}, signatures in ASN.1 DER), made over the manifest bytes, checked
 * against the public key built into the firmware: the resource {@value #BUILT_IN_KEY}, a PEM
 * {@code PUBLIC KEY} (X.509 SubjectPublicKeyInfo, RFC 5280 §4.1.2.7).
 *
 * <p>The key built in is the development key, whose private half is kept with the tests
 * (agent/src/test/resources/…/firmware/dev-signing-key.pk8.pem): images signed with it are test images.
 * A release build swaps in the release key (README "Signed A/B firmware"): {@link SigningTool} makes a key
 * pair, the public PEM replaces the resource, the private one stays with whoever signs releases.
 */
public final class FirmwareSigning {
    public static final String BUILT_IN_KEY = "/org/voipgw/agent/firmware/firmware-signing-key.pub.pem";
    static final String ALGORITHM = "SHA256withECDSA";

    private FirmwareSigning() {
    }

    /** The public key this firmware trusts. */
    public static PublicKey builtInKey() {
        try (InputStream in = FirmwareSigning.class.getResourceAsStream(BUILT_IN_KEY)) {
            if (in == null) {
                throw new IllegalStateException("the firmware's public key " + BUILT_IN_KEY + " is missing from the build");
            }
            return publicKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the firmware's public key", e);
        }
    }

    /** A fresh P-256 key pair (a release key, or the simulated firmware server's key). */
    public static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has EC P-256", e);
        }
    }

    public static byte[] sign(byte[] data, PrivateKey key) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
        }
    }

    /** Whether {@code signature} is {@code key}'s over {@code data}; a malformed signature does not verify. */
    public static boolean verifies(byte[] data, byte[] signature, PublicKey key) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (SignatureException | InvalidKeyException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has " + ALGORITHM, e);
        }
    }

    public static PublicKey publicKey(String pem) {
        try {
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der(pem, "PUBLIC KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an EC public key: " + e.getMessage(), e);
        }
    }

    public static PrivateKey privateKey(String pem) {
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an EC private key: " + e.getMessage(), e);
        }
    }

    /** PEM (RFC 7468 §2) of a key's standard encoding: {@code PUBLIC KEY} (X.509) or {@code PRIVATE KEY} (PKCS #8). */
    public static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] der(String pem, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int b = pem.indexOf(begin);
        int e = pem.indexOf(end);
        if (b < 0 || e < b) {
            throw new IllegalArgumentException("no PEM " + label + " block");
        }
        return Base64.getMimeDecoder().decode(pem.substring(b + begin.length(), e));
    }
}
