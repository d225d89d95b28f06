package org.voipgw.media.callerid;

import org.voipgw.media.level.Dbm0;
import org.voipgw.media.level.Gain;
import org.voipgw.media.tone.Goertzel;

/**
 * V.23-style FSK as ナンバー・ディスプレイ uses it: 1200 bit/s, mark (binary 1) 1300 Hz, space (binary 0)
 * 2100 Hz (ITU-T V.23, mode 2 of the forward channel), phase-continuous, characters sent asynchronously
 * (start bit 0, eight bits LSB first, stop bit 1).
 *
 * <p>At 8 kHz a bit lasts 6⅔ samples; bit boundaries fall on the nearest sample of the exact 1200 bit/s
 * grid, so no drift accumulates over a message.
 *
 * @param levelDbm0 the signal level
 */
public record FskModulator(double levelDbm0) {
    public static final int BIT_RATE = 1200;
    public static final double MARK_HZ = 1300;
    public static final double SPACE_HZ = 2100;
    /** Level chosen: −15 dBm0, well above the −30 dBm0 below which receivers (spandsp among them) ignore FSK. */
    public static final FskModulator DEFAULT = new FskModulator(-15);

    /**
     * The audio for {@code chars}, after {@code leadMarks} mark bits (the receiver's conditioning) and followed by
     * {@code trailMarks} mark bits.
     */
    public short[] modulate(byte[] chars, int leadMarks, int trailMarks) {
        int bits = leadMarks + chars.length * 10 + trailMarks;
        boolean[] stream = new boolean[bits];
        int b = 0;
        for (int i = 0; i < leadMarks; i++) {
            stream[b++] = true;
        }
        for (byte c : chars) {
            stream[b++] = false;
            for (int k = 0; k < 8; k++) {
                stream[b++] = ((c >> k) & 1) == 1;
            }
            stream[b++] = true;
        }
        for (int i = 0; i < trailMarks; i++) {
            stream[b++] = true;
        }
        int samples = (int) Math.round((double) bits * Goertzel.SAMPLE_RATE / BIT_RATE);
        short[] out = new short[samples];
        double peak = Dbm0.sinePeak(levelDbm0);
        double phase = 0;
        for (int n = 0; n < samples; n++) {
            int bit = (int) Math.min(bits - 1, (long) n * BIT_RATE / Goertzel.SAMPLE_RATE);
            double hz = stream[bit] ? MARK_HZ : SPACE_HZ;
            out[n] = Gain.saturate(Math.round(peak * Math.sin(phase)));
            phase += 2 * Math.PI * hz / Goertzel.SAMPLE_RATE;
            if (phase > 2 * Math.PI) {
                phase -= 2 * Math.PI;
            }
        }
        return out;
    }
}
