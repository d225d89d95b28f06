package org.voipgw.media.g711;

/**
 * G.711 µ-law (§3, Tables 2a and 2b).
 *
 * <p>G.711 states µ-law on a 14-bit scale: decision values run to ±8159 and the largest
 * reconstruction value is ±8031 (Table 2a, segment 8). A 16-bit sample is brought to that scale by
 * dividing its magnitude by 4 (truncating, so the quantiser stays symmetric about zero), and a
 * decoded value is multiplied by 4 (8031 × 4 = 32124).
 *
 * <p>The character signal (Table 2b) is the complement of a sign-magnitude code (sign 1 =
 * negative, bits 2–4 the segment, bits 5–8 the step), so on the line bit 1 reads 1 for positive
 * values. Positive zero is 0xFF and negative zero 0x7F; both decode to 0.
 */
public final class MuLaw {
    /** Table 2a: the magnitude above which every input saturates to the last interval. */
    static final int MAX_DECISION = 8159;
    /**
     * The bias that makes µ-law's segments powers of two: Table 2a's segment ends (31, 95, 223, …,
     * 8159) are 32·2^s − 33. Adding 33 turns them into 64, 128, …, 8192.
     */
    private static final int BIAS = 33;

    private static final short[] DECODE = new short[256];
    /** Code word (before the sign bit) for every 14-bit magnitude 0..8158. */
    private static final byte[] ENCODE = new byte[MAX_DECISION];

    static {
        for (int code = 0; code < 256; code++) {
            DECODE[code] = (short) (4 * reconstruction(code));
        }
        for (int mag = 0; mag < MAX_DECISION; mag++) {
            int biased = mag + BIAS; // 33 .. 8191
            int segment = 31 - Integer.numberOfLeadingZeros(biased) - 5; // 0..7
            int step = (biased >> (segment + 1)) & 0x0F;
            ENCODE[mag] = (byte) ((segment << 4) | step);
        }
    }

    private MuLaw() {
    }

    /** Encodes a 16-bit linear sample; magnitudes beyond Table 2a's range saturate. */
    public static byte encode(int sample) {
        boolean negative = sample < 0;
        int mag = Math.min(Math.abs(sample) >> 2, MAX_DECISION - 1);
        int signMagnitude = (negative ? 0x80 : 0x00) | ENCODE[mag];
        return (byte) (~signMagnitude); // Table 2b: all bits inverted, so positive reads 1
    }

    /** Decodes a code word to a 16-bit linear sample. */
    public static short decode(byte code) {
        return DECODE[code & 0xFF];
    }

    /** The Table 2a reconstruction value (14-bit scale, signed) of a code word. */
    static int reconstruction(int code) {
        int u = ~code & 0xFF;
        int segment = (u >> 4) & 0x07;
        int step = u & 0x0F;
        int magnitude = (((step << 1) + BIAS) << segment) - BIAS;
        return (u & 0x80) != 0 ? -magnitude : magnitude;
    }
}
