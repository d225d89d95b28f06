package org.voipgw.boards;

import java.time.Duration;
import java.util.Optional;
import org.voipgw.led.Text;

/**
 * The switches a gateway has. The guide describes them for Ⅷ only (4330–4346): the INIT switch, the
 * shutdown switch and, in the shutdown switch's instruction, the rear main power switch. The family's
 * panel description (4645–4669) lists lamps ①–⑧ and no switch, so Ⅲ/Ⅳ/Ⅵ/Ⅶ have none here.
 */
public enum GatewaySwitch {
    /** INITスイッチ (4330–4333): back to factory state; not for normal use. */
    INIT(Text.of("INITスイッチ（初期化スイッチ）", "INIT switch (initialise)"),
            Text.of("本装置を工場出荷状態に戻す場合、ユーザ設定可能項目を初期化したい場合に使用する。通常は使用しないこと。",
                    "Returns the unit to its factory state / initialises the user-settable items. Not for normal use."),
            null, true),
    /**
     * シャットダウンスイッチ (4335–4346): held 3 s or more, the log is saved to internal flash, the unit
     * powers off and goes to standby; use it before switching off at the rear main power switch.
     */
    SHUTDOWN(Text.of("シャットダウンスイッチ", "shutdown switch"),
            Text.of("本スイッチを3秒以上押すことにより、本装置のログを内部フラッシュメモリに保存後、装置の電源をオフし、スタンバイ状態になる。"
                    + "機器交換などで、本装置の電源をオフする場合は、背面の主電源スイッチで電源オフする前に、本スイッチにてログをバックアップし、"
                    + "スタンバイ状態にすること。",
                    "Held for 3 s or more: saves the log to internal flash memory, powers the unit off and enters standby."
                            + " When powering the unit off, e.g. to replace it, first back up the log and enter standby"
                            + " with this switch, then switch off at the rear main power switch."),
            Duration.ofSeconds(3), true),
    /**
     * 背面の主電源スイッチ (4343–4346): cuts the power; the firmware sees only power off and on (the
     * scenario's {@code power off|on}), so it is not read on a GPIO input.
     */
    MAIN_POWER(Text.of("主電源スイッチ（背面）", "main power switch (rear)"),
            Text.of("機器交換などで、本装置の電源をオフする場合は、背面の主電源スイッチで電源オフする前に、シャットダウンスイッチにてログを"
                    + "バックアップし、スタンバイ状態にすること。",
                    "When powering the unit off, e.g. to replace it, first back up the log and enter standby with the"
                            + " shutdown switch, then switch off here."),
            null, false);

    private final Text label;
    private final Text purpose;
    private final Duration holdToActivate;
    private final boolean readByFirmware;

    GatewaySwitch(Text label, Text purpose, Duration holdToActivate, boolean readByFirmware) {
        this.label = label;
        this.purpose = purpose;
        this.holdToActivate = holdToActivate;
        this.readByFirmware = readByFirmware;
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

    /** Whether the firmware reads the switch (a push switch on an input), unlike the main power switch. */
    public boolean readByFirmware() {
        return readByFirmware;
    }
}
