package org.voipgw.led.status;

/** Ⅲ–Ⅶ ソフト障害（データ破損、設定ミス等）: ALARM red-blink. */
public enum SoftwareFault {
    /** データ破損: data corruption. */
    DATA,
    /** 設定ミス: configuration error. */
    CONFIG
}
