/**
 * NTT ナンバー・ディスプレイ (Japanese caller ID, "JCLIP") signals toward an analog phone: the message
 * ({@link org.voipgw.media.callerid.JclipMessage}: the caller's number, or the reason it is absent), its data
 * link frame ({@link org.voipgw.media.callerid.JclipFrame}: DLE SOH header DLE STX text DLE ETX CRC-16, DLE
 * transparency, even parity), the V.23-style FSK that carries it ({@link org.voipgw.media.callerid.FskModulator}),
 * the figures of the CAR → primary response → data → ringing sequence ({@link
 * org.voipgw.media.callerid.JclipTiming}) for the FXS line, which owns the sequencing state machine, and the
 * phone's side ({@link org.voipgw.media.callerid.JclipReceiver}: FSK demodulation and frame checks) for the
 * simulated phones of scenarios.
 *
 * <p>Source: NTT 技術参考資料「電話サービスのインタフェース」, ナンバー・ディスプレイ (情報送出). Where a figure
 * could not be checked against that text here it says so and says what was chosen. The format follows the NTT
 * description, not one decoder's behaviour (PITFALLS.md: spandsp's receiver drops some valid messages).
 *
 * <p>May use: {@code org.voipgw.media.level}, {@code org.voipgw.media.tone}. Used by the FXS line.
 */
package org.voipgw.media.callerid;
