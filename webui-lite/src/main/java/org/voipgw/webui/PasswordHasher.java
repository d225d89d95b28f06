package org.voipgw.webui;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes (OWASP's 2023 advice: at least 600,000 iterations), stored as
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} with a random 16-byte salt and a 32-byte hash, both in
 * unpadded Base64. The iteration count travels with each hash, so a stored hash still verifies after
 * the default changes; tests pass a small count to stay fast.
 */
public final class PasswordHasher {
    public static final int DEFAULT_ITERATIONS = 600_000;
    static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final int iterations;
    private final SecureRandom random;

    public PasswordHasher(int iterations, SecureRandom random) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive: " + iterations);
        }
        this.iterations = iterations;
        this.random = random;
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(password, salt, iterations));
    }

    /** Whether {@code password} matches {@code stored}; false for a malformed stored hash. */
    public static boolean verify(String password, String stored) {
        Optional<Parsed> p = parse(stored);
        if (p.isEmpty()) {
            return false;
        }
        byte[] actual = derive(password, p.get().salt(), p.get().iterations());
        // constant time: how much of the hash matched must not show in the response time
        return MessageDigest.isEqual(actual, p.get().hash());
    }

    /** The parts of a stored hash, or empty when it is not in this scheme's format. */
    static Optional<Parsed> parse(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return Optional.empty();
        }
        try {
            int it = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] hash = Base64.getDecoder().decode(parts[3]);
            if (it < 1 || salt.length < SALT_BYTES || hash.length != HASH_BYTES) {
                return Optional.empty();
            }
            return Optional.of(new Parsed(it, salt, hash));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    record Parsed(int iterations, byte[] salt, byte[] hash) {
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        char[] chars = password.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }
}
