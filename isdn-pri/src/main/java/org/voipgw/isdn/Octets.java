package org.voipgw.isdn;

import java.util.Arrays;
import java.util.HexFormat;

/** An immutable octet string with value equality, so decoded frames and IEs can be records. */
public final class Octets {
    public static final Octets EMPTY = new Octets(new byte[0]);
    private static final HexFormat HEX = HexFormat.of();
    private final byte[] bytes;

    private Octets(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Octets of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Octets(bytes.clone());
    }

    public static Octets of(byte[] bytes, int from, int to) {
        return to <= from ? EMPTY : new Octets(Arrays.copyOfRange(bytes, from, to));
    }

    /** Parses hex digits, ignoring spaces, e.g. {@code "08 02 00 01"}. */
    public static Octets hex(String hex) {
        return of(HEX.parseHex(hex.replaceAll("\\s+", "")));
    }

    public byte[] toArray() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    public int get(int i) {
        return bytes[i] & 0xFF;
    }

    public String toHex() {
        return HEX.formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Octets other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
