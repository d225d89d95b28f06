package org.voipgw.led.status;

/** The PBX-side ISDN line (Ⅷ PRI lamp, guide lines 4530–4593). */
public enum LineState {
    /** PRIポート未設定 (off): should not happen; suspect the unit. */
    UNCONFIGURED,
    /** PRI回線使用可能 (green). */
    USABLE,
    /** PRI回線通信中 (green-blink): a call or D-channel traffic. */
    COMMUNICATING,
    /** PRI回線障害発生 (red-blink): link down — cable, NT/TE mismatch, PBX package. */
    FAILED,
    /** PRI回線閉塞中 (red): blocked, e.g. because the SIP registration dropped. */
    BLOCKED
}
