package org.voipgw.media.g711;

/**
 * G.711 A-law (§2, Tables 1a and 1b).
 *
 * <p>G.711 states A-law on a 13-bit scale: decision values run to ±4096 and the largest
 * reconstruction value is ±4032 (Table 1a, segment 8 of the positive half). A 16-bit sample is
 * brought to that scale by dividing its magnitude by 8 (truncating, symmetric about zero), and a
 * decoded value is multiplied by 8 (4032 × 8 = 32256).
 *
 * <p>The character signal (Table 1b): bit 1 is the sign (1 = positive), bits 2–4 the segment, bits
 * 5–8 the step, and the even bits (2, 4, 6, 8) are inverted for transmission — XOR 0x55. So the
 * smallest positive value is 0xD5 and the smallest negative one 0x55.
 */
public final class ALaw {
    /** Table 1a: magnitudes at and above this saturate to the last interval. */
    static final int MAX_DECISION = 4096;
    /** G.711 §2: even-bit inversion of the character signal. */
    static final int EVEN_BIT_INVERSION = 0x55;

    private static final short[] DECODE = new short[256];
    private static final byte[] ENCODE = new byte[MAX_DECISION];

    static {
        for (int code = 0; code < 256; code++) {
            DECODE[code] = (short) (8 * reconstruction(code));
        }
        for (int mag = 0; mag < MAX_DECISION; mag++) {
            int segmentCode;
            int step;
            if (mag < 32) { // Table 1a segments 1 and 2 (code segment 0): steps of 2 from 0
                segmentCode = 0;
                step = mag >> 1;
            } else { // 32..63 → 1, 64..127 → 2, …, 2048..4095 → 7
                segmentCode = 31 - Integer.numberOfLeadingZeros(mag) - 4;
                step = (mag >> segmentCode) & 0x0F;
            }
            ENCODE[mag] = (byte) ((segmentCode << 4) | step);
        }
    }

    private ALaw() {
    }

    /** Encodes a 16-bit linear sample; magnitudes beyond Table 1a's range saturate. */
    public static byte encode(int sample) {
        boolean negative = sample < 0;
        int mag = Math.min(Math.abs(sample) >> 3, MAX_DECISION - 1);
        int signMagnitude = (negative ? 0x00 : 0x80) | ENCODE[mag];
        return (byte) (signMagnitude ^ EVEN_BIT_INVERSION);
    }

    /** Decodes a code word to a 16-bit linear sample. */
    public static short decode(byte code) {
        return DECODE[code & 0xFF];
    }

    /** The Table 1a reconstruction value (13-bit scale, signed) of a code word. */
    static int reconstruction(int code) {
        int a = (code & 0xFF) ^ EVEN_BIT_INVERSION;
        int segment = (a >> 4) & 0x07;
        int step = a & 0x0F;
        int magnitude = segment == 0 ? (step << 1) + 1 : ((step << 1) + 33) << (segment - 1);
        return (a & 0x80) != 0 ? magnitude : -magnitude;
    }
}
