package org.voipgw.led;

import static org.voipgw.led.GuideText.CLOCK_CHECKS;
import static org.voipgw.led.GuideText.CONTACT;
import static org.voipgw.led.GuideText.FACTORY_CAUSE;
import static org.voipgw.led.GuideText.LOGIN;
import static org.voipgw.led.GuideText.NEW_FIRMWARE_CAUSE;
import static org.voipgw.led.GuideText.NORMAL_STATE;
import static org.voipgw.led.GuideText.NORMAL_OPERATION;
import static org.voipgw.led.GuideText.POWER_OFF_CAUSE;
import static org.voipgw.led.GuideText.POWER_OFF;
import static org.voipgw.led.GuideText.POWER_ON_QUESTION;
import static org.voipgw.led.GuideText.REGISTER_DOWN;
import static org.voipgw.led.GuideText.RESTART;
import static org.voipgw.led.GuideText.WAN_REPLUG;
import static org.voipgw.led.GuideText.WAN_UNSET_CAUSE;
import static org.voipgw.led.GuideText.ocr;
import static org.voipgw.led.GuideText.t;
import static org.voipgw.led.LampState.GREEN;
import static org.voipgw.led.LampState.GREEN_BLINK;
import static org.voipgw.led.LampState.OFF;
import static org.voipgw.led.LampState.ORANGE;
import static org.voipgw.led.LampState.RED;
import static org.voipgw.led.LampState.RED_BLINK;

import java.util.List;

/**
 * The Ⅲ/Ⅳ/Ⅵ/Ⅶ (SG1000an/is) table, guide lines 4675–4864 (columns ランプ状態 / 説明 = meaning / 想定される要因
 * = cause / 対処方法 = remedy): 31 rows, 4 of them （未提供）, each with the line it starts at. Lamp names
 * again follow their rows (4755–4763, 4848–4862); the table prints the clock lamp as CLKI (4850), the
 * overview as CLK (4669).
 */
final class FamilyLampTable {
    private FamilyLampTable() {
    }

    private static final Text RESTART_THEN_CONTACT = t("再起動をお試しいただき、事象が解消されなければ、故障時連絡先へご連絡ください",
            "Try restarting the unit; if the problem persists, contact the fault contact point");

    /** WAN and LAN green-blink (4806, 4842). */
    private static final Text DATA_IN_PROGRESS = t("データ通信中", "Data communication in progress");

    /** The cause column of CONFIG off and of all four （未提供） CONFIG rows (4711–4721). */
    private static final Text AUTO_CONFIG_UNUSED = t("自動設定は使用していない（正常動作）",
            "Auto-configuration is not used (normal operation)");

    static final List<CatalogueRow> ROWS = new TableBuilder(LampFamily.FXS_BRI)
            // POWER, 4679–4694. The family has no red or orange POWER rows (no shutdown switch).
            .lamp(Lamp.POWER)
            .abnormal(4679, OFF, POWER_OFF, POWER_OFF_CAUSE,
                    POWER_ON_QUESTION,
                    t("コンセント/電源ケーブル等はつながっていますか？", "Are the outlet, the power cable etc. connected?"),
                    CONTACT)
            .normal(4692, GREEN, t("電源ON", "Power on"), NORMAL_OPERATION)
            .normal(4694, GREEN_BLINK, t("省エネモード中", "In energy-saving mode"),
                    t("端末を省エネモードに設定している状態（正常動作）",
                            "The unit is set to energy-saving mode (normal operation)"))
            // INIT, 4696–4703
            .lamp(Lamp.INIT)
            .normal(4696, OFF, NORMAL_STATE, NORMAL_OPERATION)
            // A rented unit is loaded with its settings (4699–4701): factory state means they are gone.
            .abnormal(4698, RED, t("初期状態（工場出荷時）", "Initial state (factory default)"), FACTORY_CAUSE)
            .projectVerdict()
            .normal(4703, RED_BLINK, t("フラッシュアクセス中", "Accessing flash memory"),
                    t("フラッシュメモリにアクセス中（正常動作）", "Flash memory is being accessed (normal operation)"))
            // ALARM, 4705–4709. 4707 prints SDASH among the memories: SDRAM is our guess (see HardwareFault).
            // The single remedy step of each row is printed on the row's line, without a marker.
            .lamp(Lamp.ALARM)
            .normal(4705, OFF, t("正常な状態", "Normal state"), NORMAL_OPERATION)
            .abnormal(4707, RED, t("ハード障害（FLASH、" + ocr("SDRAM", "SDASH、推定") + "、DSP、SLIC）",
                    "Hardware fault (FLASH, SDRAM [printed: SDASH, a guess], DSP, SLIC)"),
                    t("ハードウェア障害", "Hardware failure"), RESTART_THEN_CONTACT)
            .markers("")
            .abnormal(4709, RED_BLINK, t("ソフト障害（データ破損、設定ミス等）", "Software fault (data corruption, misconfiguration, etc.)"),
                    t("ソフトウェア障害", "Software failure"), RESTART_THEN_CONTACT)
            .markers("")
            // CONFIG, 4711–4721
            .lamp(Lamp.CONFIG)
            .normal(4711, OFF, t("自動設定未使用時", "Auto-configuration not in use"), AUTO_CONFIG_UNUSED)
            .normal(4713, GREEN_BLINK, t("ファームダウンロード済みで端末再起動未の状態",
                    "Firmware downloaded, unit not yet restarted"), NEW_FIRMWARE_CAUSE,
                    t("端末の電源をOFF/ONし、再起動を実施してください。", "Switch the unit off and on to restart it."))
            .markers("")
            // The four （未提供） rows: the auto-configuration the service does not provide. The guide
            // prints "（正常動作）" in their cause column too, so they are kept normal as printed; the lamp
            // never shows them (LampDerivation has no auto-configuration), which the tests check.
            // 4715 OCR slip fixed and marked: 前回設定情報えの → 前回設定情報への.
            .notProvided(4715, GREEN, t("VoIP設定完了（前回設定情報" + ocr("への", "えの") + "運用状況含む）",
                    "VoIP configuration complete (including running on the previous settings)"), true, AUTO_CONFIG_UNUSED)
            .notProvided(4717, GREEN_BLINK, t("VoIP設定完了（初期発信での自動設定中）",
                    "VoIP configuration complete (auto-configuring at the first call)"), true, AUTO_CONFIG_UNUSED)
            .notProvided(4719, RED, t("VoIP設定完了（自動設定認証エラー）",
                    "VoIP configuration complete (auto-configuration authentication error)"), true, AUTO_CONFIG_UNUSED)
            .notProvided(4721, RED_BLINK, t("VoIP設定完了（自動設定その他のエラー）",
                    "VoIP configuration complete (other auto-configuration error)"), true, AUTO_CONFIG_UNUSED)
            // PPP, 4723–4753
            .lamp(Lamp.PPP)
            .abnormal(4723, OFF, t("オフライン", "Offline"), t("PPPoEが動作していない状態", "PPPoE is not running"),
                    t("本端末にパソコンを接続し、端末設定サイトアドレス（http://192.168.189.1）を入力しEnterキーを押下",
                            "Connect a PC to this unit, enter the settings site address (http://192.168.189.1) and"
                                    + " press Enter"),
                    LOGIN,
                    t("トップページが表示されるので、左側のメニュー項目から　ルータ設定＞WANインターフェース設定＞接続先（PPPoE）を順に選択し、"
                            + "PPPoEセッションが有効になっているか確認する",
                            "The top page appears: from the menu on the left choose ルータ設定 > WANインターフェース設定 >"
                                    + " 接続先（PPPoE） (router settings > WAN interface settings > PPPoE destination) in"
                                    + " turn, and check that the PPPoE session is enabled"),
                    t("端末電源をOFF/ONし、再起動する", "Switch the unit off and on to restart it"),
                    CONTACT)
            // Green prints no 正常動作, but a connected session is the state PPPoE aims for: normal, our reading.
            .normal(4741, GREEN, t("PPPoEセッション接続中", "PPPoE session connected"),
                    t("PPPoEセッションが接続されている状態", "The PPPoE session is connected"))
            .projectVerdict()
            .abnormal(4743, GREEN_BLINK, t("PPPoEセッション接続トライ中", "Trying to connect the PPPoE session"),
                    t("PPPoEセッション接続でエラーが発生し、リトライ中", "Connecting the PPPoE session failed; retrying"),
                    t("WAN側のケーブル接続の確認", "Check the WAN-side cable connection"),
                    t("ケーブルが断線していないか確認する", "Check that the cable is not broken"),
                    t("入力したPPPoE認証情報に間違いないか確認する", "Check that the PPPoE credentials entered are correct"),
                    t("⇒上記対応で１０分ほど経過観察を行い、事象が解消しない場合、故障時連絡先へご連絡ください",
                            "⇒ After the above, watch for about 10 minutes; if the problem persists, contact the fault"
                                    + " contact point"))
            // VoIP, 4773–4789
            .lamp(Lamp.VOIP)
            .abnormal(4773, OFF, t("VoIP利用不可", "VoIP unavailable"), REGISTER_DOWN,
                    t("OCN利用時にはPPPランプが緑点灯になっているか", "When OCN is used, is the PPP lamp lit green?"),
                    t("ONU/UNO-Tの電源が入っているか（必要に応じて各装置の再起動を実施）",
                            "Are the ONU / UNO-T powered on? (Restart each device as needed)"),
                    t("WAN-IFのケーブルで断線は起きていないか", "Is the WAN-IF cable broken?"),
                    // 4783: printed without a marker, after ③
                    t("上記が問題なければ、端末の電源OFF/ONを実施する（複数回実行）",
                            "If the above are fine, switch the unit off and on (several times)"),
                    CONTACT)
            .markers("①", "②", "③", "", "")
            .normal(4787, GREEN, t("VoIP利用可能", "VoIP available"), NORMAL_OPERATION)
            .normal(4789, GREEN_BLINK, t("VoIP使用中", "VoIP in use"), NORMAL_OPERATION)
            // WAN, 4791–4806: off prints the same cause and steps as Ⅷ's WAN off.
            .lamp(Lamp.WAN)
            .abnormal(4791, OFF, t("WAN回線未接続（利用不可）", "WAN line not connected (unusable)"), WAN_UNSET_CAUSE,
                    WAN_REPLUG, RESTART, CONTACT)
            .normal(4804, GREEN, t("WAN回線接続状態（利用可）", "WAN line connected (usable)"), NORMAL_OPERATION)
            .normal(4806, GREEN_BLINK, DATA_IN_PROGRESS, NORMAL_OPERATION)
            // CLKI, 4808–4825. Off prints no verdict: 自走状態, and on a clock-slaved unit "CLK信号が受け取れて
            // いない". As printed it is kept normal, our reading for a unit whose clock setting is unknown;
            // ClockRole reads it per model and setting (Ⅲ/Ⅳ have no clock port; Ⅵ/Ⅶ slaved: abnormal).
            .lamp(Lamp.CLK)
            .normal(4808, OFF, t("自走状態", "Free-running"),
                    t("クロック従属の端末で消灯している場合には、CLK信号が受け取れていない状態",
                            "On a unit slaved to an external clock, off means no CLK signal is being received"),
                    CLOCK_CHECKS.toArray(Text[]::new))
            .projectVerdict()
            .normal(4825, GREEN, t("外部同期状態", "Externally synchronised"), NORMAL_OPERATION)
            // LANリンク ×4, 4827–4842. Off is judged normal, our reading: the cause applies only when a device
            // is connected (4828, "機器を接続しても"), and Ⅷ's LAN off is 正常動作 (4518). The lead-in at 4832
            // says when the steps apply.
            .lamps(Lamp.LAN_LINK)
            .normal(4827, OFF, t("LAN回線未接続（利用不可）", "LAN line not connected (unusable)"),
                    t("LAN回線に機器を接続しても、消灯の場合にはリンクアップされていない状態",
                            "If it stays off with a device connected to the LAN line, the link is not up"),
                    t("LAN側接続しているケーブルが断線していないか確認", "Check that the cable connected on the LAN side is not broken"),
                    t("対向機器でリンクアップする設定となっているか確認", "Check that the device at the other end is set to bring the link up"),
                    CONTACT)
            .projectVerdict()
            .leadIn(t("LAN側に機器を接続しても消灯のままの場合、以下の事をご確認ください",
                    "If it stays off with a device connected on the LAN side, check the following"))
            .normal(4840, GREEN, t("LAN回線接続状態（利用可）", "LAN line connected (usable)"), NORMAL_OPERATION)
            .normal(4842, GREEN_BLINK, DATA_IN_PROGRESS, NORMAL_OPERATION)
            // LANスピード ×4 (rear), 4844–4846
            .lamps(Lamp.LAN_SPEED)
            .normal(4844, OFF, t("回線未接続または10Mbps接続状態", "Not connected, or connected at 10 Mbit/s"), NORMAL_OPERATION)
            .normal(4846, ORANGE, t("100Mbpsまたは1000Mbps接続状態", "Connected at 100 or 1000 Mbit/s"), NORMAL_OPERATION)
            .build();
}
