/**
 * Tones at 8 kHz: generators for a sine at a level in dBm0 and for the Japanese call-progress tones
 * (発信音 dial, 呼出音 ringback, 話中音 busy — 事業用電気通信設備規則 別表第5号), and the one spectral
 * measurement every detector shares, {@link org.voipgw.media.tone.Goertzel}. {@link
 * org.voipgw.media.tone.ToneAnalyser} judges a stretch of audio the way scenario expectations do ({@code expect
 * tone … dial|ringback|busy|silence|HZ}).
 *
 * <p>May use: {@code org.voipgw.media.level}. Used by dtmf, fax, the call core and the FXS line.
 */
package org.voipgw.media.tone;
