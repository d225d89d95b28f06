package org.voipgw.boards;

import java.time.Duration;
import java.util.Optional;
import org.voipgw.led.Text;

/**
 * The push switches a gateway can have. Only Ⅷ's are described by the guide (lines 4330–4346);
 * the family's panel description (lines 4643–4670) lists lamps ①–⑧ and no switch.
 */
public enum GatewaySwitch {
    /** INITスイッチ (line 4330–4333): back to factory state; not for normal use. */
    INIT(Text.of("INITスイッチ（初期化スイッチ）", "INIT switch (initialise)"),
            Text.of("本装置を工場出荷状態に戻す場合、ユーザ設定可能項目を初期化したい場合に使用する。通常は使用しないこと。",
                    "Returns the unit to its factory state / initialises the user-settable items. Not for normal use."),
            null),
    /**
     * シャットダウンスイッチ (lines 4335–4346): held 3 s or more, the log is saved to internal flash, the
     * unit powers off and goes to standby; use it before switching off at the rear main switch.
     */
    SHUTDOWN(Text.of("シャットダウンスイッチ", "shutdown switch"),
            Text.of("本スイッチを3秒以上押すことにより、本装置のログを内部フラッシュメモリに保存後、装置の電源をオフし、スタンバイ状態になる。",
                    "Held for 3 s or more: saves the log to internal flash memory, powers the unit off and enters standby."),
            Duration.ofSeconds(3));

    private final Text label;
    private final Text purpose;
    private final Duration holdToActivate;

    GatewaySwitch(Text label, Text purpose, Duration holdToActivate) {
        this.label = label;
        this.purpose = purpose;
        this.holdToActivate = holdToActivate;
    }

    public Text label() {
        return label;
    }

    public Text purpose() {
        return purpose;
    }

    /** How long the switch must be held before it acts, where the guide says so (shutdown: ≥ 3 s, line 4340). */
    public Optional<Duration> holdToActivate() {
        return Optional.ofNullable(holdToActivate);
    }
}
