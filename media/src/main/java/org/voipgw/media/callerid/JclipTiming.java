package org.voipgw.media.callerid;

/**
 * The figures of the ナンバー・ディスプレイ sequence an FXS port plays toward an on-hook phone, for the FXS line's
 * state machine (which owns the sequencing):
 *
 * <ol>
 * <li><b>CAR</b> (情報受信端末起動信号): ringing current at the ringing frequency, {@link #CAR_ON_MS} on /
 *     {@link #CAR_OFF_MS} off — a cadence a phone tells from normal ringing, so it does not ring. Until the
 *     phone answers, for at most {@link #PRIMARY_RESPONSE_TIMEOUT_MS}; then the phone is taken to have no
 *     Number Display and normal ringing starts without data.
 * <li><b>Primary response</b> (一次応答): the phone closes its DC loop (off-hook) without ringing.
 * <li><b>Data</b>: after {@link #DATA_DELAY_MS}, {@link #LEAD_MARK_BITS} mark bits, then the frame in FSK
 *     ({@link FskModulator}, {@link JclipFrame}), then {@link #TRAIL_MARK_BITS} marks.
 * <li><b>Receive complete</b> (受信完了): the phone opens its loop again (on-hook); waited for at most
 *     {@link #RECEIVE_COMPLETE_TIMEOUT_MS} after the data.
 * <li><b>Normal ringing</b>: {@link #RINGING_HZ} Hz, {@link #RINGING_ON_MS} on / {@link #RINGING_OFF_MS} off.
 * </ol>
 *
 * <p>Sources: the sequence and the CAR cadence (0.5 s / 0.5 s) and the 6 s wait for the primary response are
 * NTT's (技術参考資料「電話サービスのインタフェース」, ナンバー・ディスプレイ; cross-checked against the public
 * descriptions by how.jp and kotei-denwa.com). Normal ringing: 事業用電気通信設備規則 別表第4号 (15–20 Hz, 20
 * IPM ±20 %, make ratio 33 ±10 % — 1 s on / 2 s off at 16 Hz, NTT's figure). Chosen here, as we could not check
 * NTT's exact values: the 200 ms data delay, 80 lead and 5 trail mark bits, and the 2 s receive-complete wait.
 */
public final class JclipTiming {
    public static final int CAR_ON_MS = 500;
    public static final int CAR_OFF_MS = 500;
    public static final int PRIMARY_RESPONSE_TIMEOUT_MS = 6000;
    /** Chosen. */
    public static final int DATA_DELAY_MS = 200;
    /** Chosen: 80 bits ≈ 67 ms of continuous mark. */
    public static final int LEAD_MARK_BITS = 80;
    /** Chosen. */
    public static final int TRAIL_MARK_BITS = 5;
    /** Chosen. */
    public static final int RECEIVE_COMPLETE_TIMEOUT_MS = 2000;
    public static final int RINGING_HZ = 16;
    public static final int RINGING_ON_MS = 1000;
    public static final int RINGING_OFF_MS = 2000;

    private JclipTiming() {
    }

    /** The FSK audio of the data phase for {@code message} at the default level: lead marks, frame, trail marks. */
    public static short[] dataSignal(JclipMessage message) {
        return FskModulator.DEFAULT.modulate(JclipFrame.encode(message), LEAD_MARK_BITS, TRAIL_MARK_BITS);
    }
}
