package org.voipgw.agent.firmware;

import java.util.List;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an image says about itself, and what its signature covers (issue 13: "a manifest (version, size,
 * SHA-256)"): three lines of UTF-8 text, {@code version=…}, {@code size=…} (bytes of the payload, decimal)
 * and {@code sha256=…} (64 lowercase hex digits, FIPS 180-4), each once, in that order, each ending in LF.
 * One exact spelling, so the bytes signed are the bytes checked.
 */
public record Manifest(FirmwareVersion version, long size, byte[] sha256) {
    /**
     * The largest payload we accept: 16 MiB. Chosen: an image is checked held in memory once, and the
     * launcher bounds the heap at 64 MiB (-Xmx64m), so a 64 MiB payload could never be checked at all.
     */
    public static final long MAX_SIZE = 16L << 20;

    public Manifest {
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size " + size + " out of range 0–" + MAX_SIZE);
        }
        if (sha256.length != 32) {
            throw new IllegalArgumentException("a SHA-256 is 32 bytes");
        }
        sha256 = sha256.clone();
    }

    /** The manifest of {@code payload}. */
    public static Manifest of(FirmwareVersion version, byte[] payload) {
        return new Manifest(version, payload.length, sha256(payload));
    }

    @Override
    public byte[] sha256() {
        return sha256.clone();
    }

    public byte[] encode() {
        return ("version=" + version + "\nsize=" + size + "\nsha256=" + HexFormat.of().formatHex(sha256) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a manifest; a mistake is an {@link IllegalArgumentException} saying what is wrong. */
    public static Manifest decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("the manifest does not end with a line feed");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("manifest line '" + clip(line) + "' is not KEY=VALUE");
            }
            if (fields.put(line.substring(0, eq), line.substring(eq + 1)) != null) {
                throw new IllegalArgumentException("manifest field " + clip(line.substring(0, eq)) + " twice");
            }
        }
        if (!fields.keySet().stream().toList().equals(List.of("version", "size", "sha256"))) {
            throw new IllegalArgumentException("manifest fields " + clip(String.join(",", fields.keySet()))
                    + "; valid: version, size, sha256 in that order");
        }
        FirmwareVersion v = FirmwareVersion.parse(fields.get("version")).orElseThrow(() ->
                new IllegalArgumentException("manifest version '" + clip(fields.get("version")) + "'; valid: "
                        + FirmwareVersion.VALID));
        String size = fields.get("size");
        if (!size.matches("(0|[1-9][0-9]{0,9})") || Long.parseLong(size) > MAX_SIZE) {
            throw new IllegalArgumentException("manifest size '" + clip(size) + "'; valid: 0–" + MAX_SIZE);
        }
        String hash = fields.get("sha256");
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("manifest sha256 is not 64 lowercase hex digits");
        }
        Manifest m = new Manifest(v, Long.parseLong(size), HexFormat.of().parseHex(hash));
        if (!Arrays.equals(m.encode(), bytes)) {
            throw new IllegalArgumentException("manifest is not in its one spelling");
        }
        return m;
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String clip(String s) {
        String printable = s.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Manifest m && m.version.equals(version) && m.size == size
                && Arrays.equals(m.sha256, sha256);
    }

    @Override
    public int hashCode() {
        return version.hashCode() * 31 + Arrays.hashCode(sha256);
    }

    @Override
    public String toString() {
        return "Manifest[" + version + ", " + size + " bytes, sha256 " + HexFormat.of().formatHex(sha256) + "]";
    }
}
