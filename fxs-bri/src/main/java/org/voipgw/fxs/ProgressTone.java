package org.voipgw.fxs;

import org.voipgw.media.tone.CallProgressTone;

/**
 * The call-progress tones a Japanese exchange line plays toward the phone (issue 11, "Tones toward the
 * phone"): the line says which one, the {@link ToneSource} plays it. Each names media's
 * {@link CallProgressTone}, which holds the frequencies, modulation, cadences and level with their sources
 * (事業用電気通信設備規則 別表第5号; NTT 「電話サービスのインタフェース」).
 */
public enum ProgressTone {
    /** 発信音. */
    DIAL(CallProgressTone.DIAL),
    /** 呼出音. */
    RINGBACK(CallProgressTone.RINGBACK),
    /** 話中音; also 終話 (what the phone hears after the far end hung up). */
    BUSY(CallProgressTone.BUSY);

    private final CallProgressTone signal;

    ProgressTone(CallProgressTone signal) {
        this.signal = signal;
    }

    /** The signal's figures. */
    public CallProgressTone signal() {
        return signal;
    }
}
