package org.voipgw.fxs;

/**
 * The signal processing one line uses, supplied by the {@code media} module (the coordinator wires it):
 *
 * @param tones the call-progress tones toward the phone
 * @param digits this line's own DTMF detector
 * @param callerId the ナンバー・ディスプレイ data signal
 */
public record LineSignalling(ToneSource tones, DigitDetector digits, CallerIdSender callerId) {
}
