package org.voipgw.media.rtp;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Immutable octets with value equality, for the parts of packets we carry but do not interpret
 * (an RTP header extension's body, an RTCP packet of a type we do not know), so the records that
 * hold them compare by content.
 */
public final class Octets {
    private final byte[] bytes;

    public Octets(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    public byte[] toArray() {
        return bytes.clone();
    }

    /** Copies the octets into {@code out} at {@code at}; returns the index after them. */
    int copyTo(byte[] out, int at) {
        System.arraycopy(bytes, 0, out, at, bytes.length);
        return at + bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Octets other && Arrays.equals(other.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return bytes.length <= 16 ? HexFormat.of().formatHex(bytes) : bytes.length + " octets";
    }
}
