/**
 * Levels and gains of 8 kHz linear audio: what 0 dBm0 is on our 16-bit scale ({@link
 * org.voipgw.media.level.Dbm0}, derived from ITU-T G.711's overload point), measuring a signal's level, and a
 * fixed {@link org.voipgw.media.level.Gain} applied with saturation — the guide's 送信ゲイン / 受信ゲイン
 * (0 dB by default, guide 4904–4961; Ⅲ/Ⅳ analog ports −4 dB / −12 dB, guide 5003).
 *
 * <p>May use: the JDK only. Used by every other media package.
 */
package org.voipgw.media.level;
