package org.voipgw.fxs;

/**
 * The call-progress tones a Japanese exchange line plays toward the phone (issue 11, "Tones toward the
 * phone"; the signals are NTT's, as listed in NTT 東日本/西日本 技術参考資料「電話サービスのインタフェース」):
 * the {@code media} module generates them, this line only says which one.
 */
public enum ProgressTone {
    /** 発信音: 400 Hz continuous. */
    DIAL,
    /** 呼出音: 400 Hz modulated by 16 Hz, 1 s on / 2 s off. */
    RINGBACK,
    /** 話中音: 400 Hz, 0.5 s on / 0.5 s off; also 終話 (what the phone hears after the far end hung up). */
    BUSY
}
