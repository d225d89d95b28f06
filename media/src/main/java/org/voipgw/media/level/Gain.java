package org.voipgw.media.level;

/**
 * A fixed gain in dB applied to 16-bit samples, saturating instead of wrapping (a wrapped sample is a loud
 * click; a clipped one is a mild distortion).
 *
 * <p>The guide fixes the figures: the gateway's gains are 0 dB by default (guide 4904–4961), and the analog
 * ports of Ⅲ/Ⅳ carry a fixed send gain of −4 dB and receive gain of −12 dB (guide 5003, FAX page note ※3).
 * "Send" is the direction from the phone toward the IP side, "receive" toward the phone — the gateway's own
 * point of view, as the guide's table (送信ゲイン / 受信ゲイン per 設定機器) reads.
 *
 * @param db gain in dB, from {@link #MIN_DB} to {@link #MAX_DB}
 */
public record Gain(double db) {
    /** Lowest gain accepted: below this a path is muted, which is not a gain setting. Chosen. */
    public static final double MIN_DB = -40;
    /** Highest gain accepted: more would clip any normal speech level. Chosen. */
    public static final double MAX_DB = 20;
    /** The gateway's default (guide 4904–4961: 0 dB). */
    public static final Gain UNITY = new Gain(0);
    /** Ⅲ/Ⅳ analog port, phone → IP (guide 5003: 送信ゲイン −4 dB). */
    public static final Gain FXS_ANALOG_SEND = new Gain(-4);
    /** Ⅲ/Ⅳ analog port, IP → phone (guide 5003: 受信ゲイン −12 dB). */
    public static final Gain FXS_ANALOG_RECEIVE = new Gain(-12);

    public Gain {
        if (!Double.isFinite(db) || db < MIN_DB || db > MAX_DB) {
            throw new IllegalArgumentException("ゲインは " + MIN_DB + "〜" + MAX_DB + " dB で指定してください (gain must be "
                    + MIN_DB + " to " + MAX_DB + " dB, got " + db + ")");
        }
    }

    /** The linear factor 10<sup>dB/20</sup>. */
    public double linear() {
        return Math.pow(10, db / 20);
    }

    /** Applies the gain in place to {@code len} samples from {@code off}, saturating at the 16-bit limits. */
    public void apply(short[] samples, int off, int len) {
        if (db == 0) {
            return;
        }
        double k = linear();
        for (int i = off; i < off + len; i++) {
            samples[i] = saturate(Math.round(samples[i] * k));
        }
    }

    /** Applies the gain in place to a whole buffer. */
    public void apply(short[] samples) {
        apply(samples, 0, samples.length);
    }

    /** Clamps to the 16-bit range. */
    public static short saturate(long value) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value));
    }
}
