package org.voipgw.isdn.lapd;

import java.util.BitSet;
import java.util.Arrays;

/**
 * HDLC framing for LAPD frames on a serial line (Q.921 §2.2–§2.7; ISO/IEC 13239): the 16-bit
 * frame check sequence (generator x^16 + x^12 + x^5 + 1, preset to ones, ones' complement sent,
 * Q.921 §2.7), bits sent least significant first, zero-bit insertion after five consecutive ones
 * (§2.6) and the 0x7E flag (§2.2). Idle fill after the closing flag is ones
 * (mark idle); seven or more ones are idle/abort to the receiver (§2.8).
 */
public final class Hdlc {
    static final int FLAG = 0x7E;

    private Hdlc() {}

    /** The FCS over {@code data} as sent: low octet first (Q.921 §2.7). */
    public static int fcs(byte[] data, int from, int to) {
        int crc = 0xFFFF;
        for (int i = from; i < to; i++) {
            crc ^= data[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0x8408 : crc >>> 1;
            }
        }
        return ~crc & 0xFFFF;
    }

    /** Frame octets followed by their FCS (low octet first). */
    public static byte[] appendFcs(byte[] frame) {
        byte[] out = Arrays.copyOf(frame, frame.length + 2);
        int fcs = fcs(frame, 0, frame.length);
        out[frame.length] = (byte) fcs;
        out[frame.length + 1] = (byte) (fcs >>> 8);
        return out;
    }

    /**
     * The line bit stream for one frame: flag, frame + FCS with zero-bit insertion, flag, packed
     * least significant bit first, then at least seven idle ones up to a whole octet.
     */
    public static byte[] toLine(byte[] frame) {
        BitSet bits = new BitSet();
        int n = 0;
        n = putOctet(bits, n, FLAG);
        int ones = 0;
        for (byte octet : appendFcs(frame)) {
            for (int i = 0; i < 8; i++) {
                boolean one = ((octet >>> i) & 1) != 0;
                if (one) {
                    bits.set(n);
                }
                n++;
                ones = one ? ones + 1 : 0;
                if (ones == 5) {
                    n++; // inserted zero (§2.6)
                    ones = 0;
                }
            }
        }
        n = putOctet(bits, n, FLAG);
        int total = (n + 7 + 7) / 8 * 8;
        bits.set(n, total); // at least seven idle ones: the receiver sees idle, not a runt frame
        byte[] out = new byte[total / 8];
        byte[] packed = bits.toByteArray();
        System.arraycopy(packed, 0, out, 0, Math.min(packed.length, out.length));
        return out;
    }

    private static int putOctet(BitSet bits, int n, int octet) {
        for (int i = 0; i < 8; i++) {
            if (((octet >>> i) & 1) != 0) {
                bits.set(n);
            }
            n++;
        }
        return n;
    }
}
