package org.voipgw.media.level;

/**
 * The digital reference level on our 16-bit linear scale.
 *
 * <p>Derivation (ITU-T G.711: its µ-law table, Table 2a, and its note on the theoretical maximum load T<sub>max</sub>): the µ-law
 * encoder's overload point is the top decision value, 8159 on G.711's 14-bit scale, which is 32 636 on our
 * 16-bit scale (× 4, the usual left shift by 2). A sine whose peak just reaches the overload point has the
 * power T<sub>max</sub> = +3.17 dBm0. A 0 dBm0 sine therefore has the peak 32 636 × 10<sup>−3.17/20</sup>
 * ≈ 22 657 and the r.m.s. value peak × 0.7071 ≈ 16 021. (A-law's T<sub>max</sub> is +3.14 dBm0 on a 4096
 * ×8 scale; the two references differ by well under 0.1 dB on this scale, so one reference serves both.)
 */
public final class Dbm0 {
    /** µ-law overload point on the 16-bit scale: G.711 Table 2a's top decision value 8159, × 4. */
    public static final double MU_LAW_OVERLOAD = 8159 * 4.0;
    /** G.711: a sine at the overload point is +3.17 dBm0 (µ-law). */
    public static final double T_MAX_DBM0 = 3.17;
    /** Peak amplitude of a 0 dBm0 sine on the 16-bit scale (≈ 22 657). */
    public static final double ZERO_DBM0_PEAK = MU_LAW_OVERLOAD * Math.pow(10, -T_MAX_DBM0 / 20);
    /** R.m.s. value of a 0 dBm0 sine (peak / √2 ≈ 16 021). */
    public static final double ZERO_DBM0_RMS = ZERO_DBM0_PEAK / Math.sqrt(2);

    private Dbm0() {
    }

    /** Peak amplitude of a sine at {@code dbm0}. */
    public static double sinePeak(double dbm0) {
        return ZERO_DBM0_PEAK * Math.pow(10, dbm0 / 20);
    }

    /** Level in dBm0 of a signal whose r.m.s. value is {@code rms}; −∞ for silence. */
    public static double ofRms(double rms) {
        return rms <= 0 ? Double.NEGATIVE_INFINITY : 20 * Math.log10(rms / ZERO_DBM0_RMS);
    }

    /** Level in dBm0 of {@code len} samples from {@code off} (their r.m.s. power); −∞ for digital silence. */
    public static double measure(short[] samples, int off, int len) {
        if (len <= 0) {
            throw new IllegalArgumentException("no samples to measure (length " + len + ")");
        }
        double sum = 0;
        for (int i = off; i < off + len; i++) {
            sum += (double) samples[i] * samples[i];
        }
        return ofRms(Math.sqrt(sum / len));
    }

    /** Level in dBm0 of a whole buffer. */
    public static double measure(short[] samples) {
        return measure(samples, 0, samples.length);
    }
}
