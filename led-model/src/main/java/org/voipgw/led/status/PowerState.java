package org.voipgw.led.status;

/** The box's power, as its POWER lamp tells it (guide lines 4354–4387 Ⅷ, 4679–4694 family). */
public enum PowerState {
    OFF,
    /** Powered, starting up (reading flash). */
    BOOTING,
    ON,
    /** Ⅲ–Ⅶ 省エネモード (POWER green-blink); Ⅷ has no eco mode. */
    ECO,
    /** Ⅷ 電源異常検出 (POWER red): a fault of the power system. */
    ANOMALY,
    /** Ⅷ shutdown switch held ≥ 3 s: saving the log to flash (POWER orange-blink). */
    SHUTTING_DOWN,
    /** Ⅷ after shutdown: スタンバイ状態 (POWER orange) until power-cycled. */
    STANDBY;

    /** Whether the device's functions run (lamps other than POWER may light). */
    public boolean running() {
        return this == BOOTING || this == ON || this == ECO || this == ANOMALY;
    }
}
