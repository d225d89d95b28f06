package org.voipgw.led;

import static org.voipgw.led.GuideText.CLOCK_CHECKS;
import static org.voipgw.led.GuideText.CONTACT;
import static org.voipgw.led.GuideText.FACTORY_CAUSE;
import static org.voipgw.led.GuideText.LOGIN;
import static org.voipgw.led.GuideText.NEW_FIRMWARE_CAUSE;
import static org.voipgw.led.GuideText.NORMAL_STATE;
import static org.voipgw.led.GuideText.NORMAL_OPERATION;
import static org.voipgw.led.GuideText.NO_CAUSE;
import static org.voipgw.led.GuideText.POWER_CYCLE;
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
import static org.voipgw.led.LampState.ORANGE_BLINK;
import static org.voipgw.led.LampState.RED;
import static org.voipgw.led.LampState.RED_BLINK;

import java.util.List;

/**
 * The Ⅷ (VR23-PRI) table, guide lines 4350–4641 (columns 状態 / 機能 = meaning / 想定される要因 = cause /
 * 対処方法 = remedy): 34 rows, each with the line it starts at. The extracted text puts the lamp names
 * below their rows (4455–4463, 4547–4553, 4639–4641); which rows belong to which lamp follows the order
 * of the overview (4310–4328).
 */
final class ViiiLampTable {
    private ViiiLampTable() {
    }

    private static final Text PRI_REPLUG = t("PRIケーブルの抜き差し", "Unplug and replug the PRI cable");

    static final List<CatalogueRow> ROWS = new TableBuilder(LampFamily.VIII)
            // POWER, 4354–4387
            .lamp(Lamp.POWER)
            .abnormal(4354, OFF, POWER_OFF, POWER_OFF_CAUSE,
                    POWER_ON_QUESTION,
                    t("コンセント/電源ケーブル等はつながってますか？", "Are the outlet, the power cable etc. connected?"),
                    CONTACT)
            .normal(4367, GREEN, t("電源ON（電源正常）", "Power on (power normal)"), NORMAL_OPERATION)
            .abnormal(4369, RED, t("電源異常検出", "Power anomaly detected"),
                    t("電源系統の装置故障が考えられる", "A fault in the unit's power system is likely"),
                    POWER_CYCLE,
                    t("電源ケーブルをコンセントから外し、再度挿しなおす", "Unplug the power cable from the outlet and plug it in again"),
                    CONTACT)
            // Orange states: the guide says only that the lamp does "not normally" show them (the shutdown
            // switch, 4339–4342), so a field engineer seeing them has something to explain: abnormal, our reading.
            .abnormal(4379, ORANGE_BLINK, t("シャットダウン処理", "Shutting down"),
                    t("端末のシャットダウン時にこのランプ状態となるが、通常、このランプ状態とはならない",
                            "The lamp shows this while the unit shuts down, but it does not normally show this state"))
            .projectVerdict()
            .abnormal(4384, ORANGE, t("スタンバイ状態", "Standby"),
                    t("端末のシャットダウン時、スタンバイ状態の時にこのランプ状態となるが、通常このランプ状態とはならない",
                            "The lamp shows this when the unit has been shut down and is on standby, but it does not"
                                    + " normally show this state"))
            .projectVerdict()
            // INIT, 4389–4399
            .lamp(Lamp.INIT)
            .normal(4389, OFF, NORMAL_STATE, NORMAL_OPERATION)
            // A rented unit is loaded with its settings (4392–4394): factory state means they are gone.
            .abnormal(4391, ORANGE, t("工場出荷時", "Factory default"), FACTORY_CAUSE)
            .projectVerdict()
            // A firmware update is normal work (the carrier's, or CONFIG's restart, 4413–4417): normal, our reading.
            .normal(4396, ORANGE_BLINK, t("ファームウェア更新中", "Firmware update in progress"),
                    t("ファームウェアを更新中の再起動時にこのランプ状態となるが、通常このランプ状態とはならない",
                            "The lamp shows this while the unit restarts to update its firmware, but it does not"
                                    + " normally show this state"))
            .projectVerdict()
            // ALARM, 4401–4409
            .lamp(Lamp.ALARM)
            .normal(4401, OFF, NORMAL_STATE, NORMAL_OPERATION)
            .abnormal(4403, RED, t("ハード故障検出", "Hardware fault detected"),
                    t("ハードウェアの故障を検出したときに、この状態となる", "Shown when a hardware fault has been detected"),
                    POWER_CYCLE,
                    CONTACT)
            .markers("・", "")
            // CONFIG, 4411–4419. Off prints only 通常状態 (no cause, no 正常動作): normal, our reading.
            .lamp(Lamp.CONFIG)
            .normal(4411, OFF, NORMAL_STATE, NO_CAUSE)
            .projectVerdict()
            .normal(4413, GREEN_BLINK, t("新ファームウェア未反映状態", "New firmware not yet applied"), NEW_FIRMWARE_CAUSE,
                    RESTART, CONTACT)
            .markers("・", "")
            // PPP, 4421–4453. Off is normal (VoIP-only service); the steps apply once PPPoE is set up.
            .lamp(Lamp.PPP)
            .normal(4421, OFF, t("PPPセッション未接続", "No PPP session connected"),
                    t("正常動作（VoIPのみ利用では正常動作）ただしお客様側でPPPoEを設定した後、消灯は異常なので右記の確認を行う",
                            "Normal operation (normal when only VoIP is used). But once the customer has set up"
                                    + " PPPoE, off is abnormal: make the checks in the remedy column"),
                    t("本端末にパソコンを接続し、端末設定サイトへアクセスする（http://192.168.100.1）を入力しEnterキーを押下",
                            "Connect a PC to this unit and open the unit's settings site: enter (http://192.168.100.1)"
                                    + " and press Enter"),
                    LOGIN,
                    t("トップページが表示されるので、左側のメニュー項目から接続先設定＞接続先設定（PPPoE）を押下。"
                            + "設定内容が[接続可]でチェックが入っているか確認する",
                            "The top page appears: in the menu on the left, click 接続先設定 > 接続先設定（PPPoE）"
                                    + " (connection settings > PPPoE) and check that [接続可] (connection allowed) is ticked"),
                    t("トップページ＞接続先設定＞接続先設定（PPPoE）で状態が「停止中」でないか確認する",
                            "Under top page > 接続先設定 > 接続先設定（PPPoE）, check that the state is not 「停止中」 (stopped)"),
                    // "「常時接続」でないか確認する" read with its note "(skip if always-on is not needed)": the
                    // check is whether the mode is 常時接続, which is how the English puts it.
                    t("トップページ＞接続先設定＞接続先設定（PPPoE）で接続モードが「常時接続」でないか確認する"
                            + "（常時接続が不要であれば、この確認は不要）",
                            "Under top page > 接続先設定 > 接続先設定（PPPoE）, check whether the connection mode is"
                                    + " 「常時接続」 (always connected) (if an always-on connection is not needed, skip this check)"),
                    CONTACT)
            .normal(4451, GREEN, t("PPPセッション接続中（１セッション）", "PPP session connected (1 session)"), NORMAL_OPERATION)
            .normal(4453, ORANGE, t("PPPセッション接続中（２セッション）", "PPP sessions connected (2 sessions)"),
                    NORMAL_OPERATION)
            // VoIP, 4471–4489
            .lamp(Lamp.VOIP)
            .abnormal(4471, OFF, t("VoIPセッション未接続", "VoIP session not connected"), REGISTER_DOWN,
                    t("ONU/UNO-Tの電源が入っていますか？（必要に応じて各装置の再起動を行っても良い）",
                            "Are the ONU / UNO-T powered on? (You may restart each device if needed)"),
                    t("WAN-IFのケーブルで断線は起きていませんか？", "Is the WAN-IF cable broken?"),
                    // 4481, printed as its own line between ② and ③
                    t("上記で" + ocr("問題ない", "問題い") + "場合", "If the above are fine:"),
                    t("端末の電源をOFF/ONする（複数回実行）", "Switch the unit off and on (several times)"),
                    CONTACT)
            .markers("①", "②", "", "③", "")
            .normal(4487, GREEN, t("VoIP通信可能", "VoIP available"), NORMAL_OPERATION)
            .normal(4489, GREEN_BLINK, t("VoIP通信中", "VoIP call in progress"), NORMAL_OPERATION)
            // WAN, 4491–4516
            .lamp(Lamp.WAN)
            .abnormal(4491, OFF, t("WANポート未設定", "WAN port not configured"), WAN_UNSET_CAUSE, WAN_REPLUG, RESTART,
                    CONTACT)
            .normal(4504, GREEN, t("WANリンクアップ", "WAN link up"), NORMAL_OPERATION)
            .normal(4506, GREEN_BLINK, t("WANデータ送受信中", "WAN data being sent and received"), NORMAL_OPERATION)
            .abnormal(4508, RED_BLINK, t("WANリンクダウン", "WAN link down"),
                    t("WAN-IFでリンクダウンは発生している状態", "The link is down on the WAN-IF"),
                    t("WAN-IFのケーブルが断線していないか確認する", "Check that the WAN-IF cable is not broken"),
                    t("UNO-Tを再起動する", "Restart the UNO-T"),
                    // verbatim (4516): this row's closing line says 確認 where the others say 解消
                    t("⇒上記で問題が確認できなければ、故障時連絡先へご連絡下さい",
                            "⇒ If the above does not find the problem, contact the fault contact point"))
            // LAN1～4, 4518–4528: one block shared by the four ports
            .lamps(Lamp.LAN_LINK)
            .normal(4518, OFF, t("LANリンクダウン", "LAN link down"),
                    t("正常動作（LAN側に機器を接続していない状態）", "Normal operation (no device connected on the LAN side)"),
                    t("LAN側接続しているケーブルが断線していないか", "Is the cable connected on the LAN side broken?"),
                    t("対向機器でリンクアップする設定となっているか", "Is the device at the other end set to bring the link up?"),
                    CONTACT)
            .normal(4528, GREEN, t("LANリンクアップ", "LAN link up"), NORMAL_OPERATION)
            // PRI, 4530–4593
            .lamp(Lamp.PRI)
            .abnormal(4530, OFF, t("PRIポート未設定", "PRI port not configured"),
                    t("通常、PRIポート未設定は発生しない状況と思われる。その事から機器単体故障が疑われる。",
                            "An unconfigured PRI port should not normally occur, so a fault of the unit itself is suspected."),
                    PRI_REPLUG,
                    RESTART, CONTACT)
            .normal(4543, GREEN, t("PRI回線使用可能", "PRI line usable"), NORMAL_OPERATION)
            .normal(4545, GREEN_BLINK, t("PRI回線通信中", "PRI line in communication"), NORMAL_OPERATION)
            .abnormal(4561, RED_BLINK, t("PRI回線障害発生", "PRI line failure"),
                    t("PRIポートのリンクダウン等が発生している状態", "The PRI port's link is down, or similar"),
                    t("端末側のNT/TEとPBX側のNT/TE設定にミスマッチないか確認",
                            "Check that the unit's NT/TE setting and the PBX's NT/TE setting do not mismatch"),
                    PRI_REPLUG,
                    t("PRIケーブルが断線していないか確認する", "Check that the PRI cable is not broken"),
                    t("対向PRIパッケージの故障有無", "Whether the PRI package at the other end (PBX) is faulty"),
                    t("上記で問題が解決しなければ、端末→PBXの順番で再起動を行い事象が解決しないかご確認ください。",
                            "If that does not solve it, restart the unit and then the PBX, in that order, and check"
                                    + " whether the problem is gone."),
                    CONTACT,
                    // 4577: a note printed after the closing line; kept as the last step, it is an instruction.
                    t("※併せてPBX側のパッケージ故障についてもご確認ください", "* Also check the PBX for a package fault"))
            .markers("①", "②", "③", "④", "", "", "")
            // 4579. The sentence at 4581 stands in the remedy column, above its paragraphs (4583–4591);
            // none of them carries a marker.
            .abnormal(4579, RED, t("PRI" + ocr("回線", "愛泉") + "閉塞中", "PRI line blocked"),
                    t("PRIポートの回線閉塞等が発生している状態", "The line on the PRI port is blocked, or similar"),
                    t("PRI閉塞はREGISTERが" + ocr("落ちた", "落ちした") + "場合に発生する事があります。",
                            "PRI blocking can happen when the SIP registration (REGISTER) has dropped."),
                    t("VoIPランプが点灯しているか確認し、VoIPランプが消灯している時には、そちらの対処を実施する。",
                            "Check that the VoIP lamp is lit; when the VoIP lamp is off, carry out its remedy instead."),
                    t("VoIPランプが点灯している状態で赤点灯している場合には、対向のPBX側でポート閉塞をしていないかご確認ください。",
                            "If this lamp is red while the VoIP lamp is lit, check whether the PBX at the other end"
                                    + " has blocked the port."),
                    t("VoIPランプや対向PBXでポート閉塞をしていない場合には、PBXの電源OFF/ONを行いご確認ください。",
                            "If it is neither the VoIP lamp nor a port block on the PBX, switch the PBX off and on"
                                    + " and check again."),
                    t("PBX側の再起動でも解決しない場合には、端末側で電源OFF/ONを行い再起動をお試しください。",
                            "If restarting the PBX does not solve it, try switching the unit off and on to restart it."),
                    CONTACT)
            .markers("", "", "", "", "", "")
            // CLK, 4595–4637. Off (自走) is 正常動作 as printed; its steps are for a unit meant to be
            // clock-slaved, which ClockRole reads separately.
            .lamp(Lamp.CLK)
            .normal(4595, OFF, t("通信CLKは自走", "Communication clock free-running"),
                    t("正常動作（クロック動作が自走）", "Normal operation (the clock is free-running)"),
                    CLOCK_CHECKS.toArray(Text[]::new))
            .normal(4609, GREEN, t("通信CLKはBRI従属", "Communication clock slaved to BRI"), NORMAL_OPERATION)
            .abnormal(4611, GREEN_BLINK, t("通信CLKはBRIに従属できない", "Communication clock cannot slave to BRI"),
                    t("BRI-IFでクロック信号を取る事ができない状態", "No clock signal can be taken from the BRI-IF"),
                    t("BRI-IFに接続しているケーブルの抜き差し", "Unplug and replug the cable connected to the BRI-IF"),
                    t("配線でケーブル抜け・断線等ないか確認", "Check the wiring for loose or broken cables"),
                    t("マスタクロックの装置からクロック信号が出ているか、装置のランプ等で確認する",
                            "Check, e.g. on its lamps, that the master clock device is sending a clock signal"),
                    t("終端抵抗が設定されているか", "Is the terminating resistor set?"),
                    CONTACT)
            .normal(4627, ORANGE, t("通信CLKはPRI従属", "Communication clock slaved to PRI"), NORMAL_OPERATION)
            .abnormal(4629, ORANGE_BLINK, t("通信CLKはPRI従属できない", "Communication clock cannot slave to PRI"),
                    t("PRI-IFでクロック信号を取る事ができない状態", "No clock signal can be taken from the PRI-IF"),
                    t("PRIランプが正常に点灯しているか確認し、PRIが正常でない場合には、その対処を実施する。",
                            "Check that the PRI lamp is lit normally; if PRI is not normal, carry out its remedy."),
                    t("PRIランプが正常に点灯している状態で橙点灯している場合には、PBX側でCLK信号が出ているか確認する。",
                            "If this lamp shows orange while the PRI lamp is lit normally, check that the PBX is"
                                    + " sending a CLK signal."),
                    // 4635 and 4637, two lines as printed: the condition, then its closing arrow
                    t("PBX側でCLK信号を出しているにも関わらず、問題が解決しない場合",
                            "If the problem persists although the PBX is sending a CLK signal:"),
                    t("⇒故障時連絡先へご連絡ください", "⇒ Contact the fault contact point"))
            .markers("", "", "", "")
            .build();
}
