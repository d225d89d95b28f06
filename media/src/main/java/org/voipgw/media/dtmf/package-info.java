/**
 * DTMF (押しボタンダイヤル信号): the keypad's frequency pairs (ITU-T Q.23; 事業用電気通信設備規則 別表第2号),
 * a generator, and a detector to ITU-T Q.24 practice with talk-off protection. Figures are gathered in
 * {@link org.voipgw.media.dtmf.DtmfDetector}'s constants, each with its source or marked as chosen.
 *
 * <p>May use: {@code org.voipgw.media.tone} (Goertzel, oscillators), {@code org.voipgw.media.level}. Used by
 * the FXS line (dialling) and the call core (RFC 4733 relay).
 */
package org.voipgw.media.dtmf;
