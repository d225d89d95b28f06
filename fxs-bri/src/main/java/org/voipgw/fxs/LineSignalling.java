package org.voipgw.fxs;

/**
 * The signal processing one line uses, made from the {@code media} module by
 * {@link org.voipgw.fxs.signal.MediaSignalling#forLine()} (one per port):
 *
 * @param tones the call-progress tones toward the phone
 * @param digits this line's own DTMF detector
 * @param callerId the ナンバー・ディスプレイ data signal
 */
public record LineSignalling(ToneSource tones, DigitDetector digits, CallerIdSender callerId) {
}
