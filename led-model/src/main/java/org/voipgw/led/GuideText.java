package org.voipgw.led;

import java.util.List;

/**
 * Wording the guide prints in more than one row, or in both tables, word for word. Remedy steps are
 * stored without the guide's step markers (①②③…, ・), which the rows keep apart
 * ({@link CatalogueRow#stepMarkers()}). Where the guide breaks one step over two lines, or adds a note
 * under it, the lines are joined. An OCR slip of the extracted guide is fixed with {@link #ocr}, which
 * keeps the printed word beside the fix, so a reader can match the printed guide.
 */
final class GuideText {
    private GuideText() {
    }

    static Text t(String ja, String en) {
        return new Text(ja, en);
    }

    /** How an OCR fix is written: the fixed word, then the printed one, e.g. 変更後（原文：変更簿）. */
    static String ocr(String fixed, String printed) {
        return fixed + "（原文：" + printed + "）";
    }

    /** 正常動作: what the guide prints in the cause column of its normal rows (e.g. 4367, 4692). */
    static final Text NORMAL_OPERATION = t("正常動作", "Normal operation");

    /** The closing step of most remedies (e.g. lines 4365, 4690). */
    static final Text CONTACT = t("⇒上記で問題が解消できなければ、故障時連絡先へご連絡下さい",
            "⇒ If the above does not solve the problem, contact the fault contact point");

    static final Text POWER_OFF = t("電源OFF", "Power off");

    /** 通常状態: Ⅷ INIT, ALARM, CONFIG off (4389, 4401, 4411), family INIT off (4696). */
    static final Text NORMAL_STATE = t("通常状態", "Normal state");

    /** Power-off cause, both tables (4355–4357, 4680–4682). */
    static final Text POWER_OFF_CAUSE = t("電源OFFとなっているが、コンセント不良、電源アダプタ故障等が想定される",
            "The unit is powered off; a faulty outlet, a failed power adapter or the like is suspected");

    static final Text POWER_ON_QUESTION = t("電源ONとなっていますか？", "Is the power switched on?");

    /** Factory-state cause, both tables (4392–4394 Ⅷ INIT orange, 4699–4701 family INIT red). */
    static final Text FACTORY_CAUSE = t(
            "工場出荷時に電源を入れるとこの状態となるが、レンタル端末利用時には端末設定情報等を入れるので、この状態とはならない",
            "A unit powered on in its factory state shows this, but a rented unit is loaded with its settings,"
                    + " so it does not show this state");

    static final Text NEW_FIRMWARE_CAUSE = t("新ファームウェアがダウンロードされた状態。故障ではない。",
            "New firmware has been downloaded. This is not a fault.");

    static final Text POWER_CYCLE = t("電源OFF/ONを行う", "Switch the power off and on");

    static final Text RESTART = t("端末の電源をOFF/ONし、再起動を行う", "Switch the unit off and on to restart it");

    static final Text REGISTER_DOWN = t("REGISTERが上がらない状態",
            "The SIP registration (REGISTER) does not come up");

    /** Ⅷ WAN off (4492–4494) and family WAN off (4792–4794) print the same cause and steps. */
    static final Text WAN_UNSET_CAUSE = t("通常、WANポート未設定は発生しない状況と思われる。その事から機器単体故障が疑われる。",
            "An unconfigured WAN port should not normally occur, so a fault of the unit itself is suspected.");

    static final Text WAN_REPLUG = t("WAN-IFケーブルの抜き差し", "Unplug and replug the WAN-IF cable");

    /**
     * The login step of both PPPoE checks (4435–4437, 4729–4731) with its footnote joined. OCR slip
     * fixed and marked: the guide prints 変更簿のPW, meaning 変更後のPW (the changed password).
     */
    static final Text LOGIN = t(
            "ユーザー名「user」パスワード「user*」を入力しログイン　*「user」は初期PW。お客様にてPW変更されている場合は"
                    + ocr("変更後", "変更簿") + "のPWをご入力ください",
            "Log in with user name \"user\" and password \"user*\" (*\"user\" is the initial password; if the customer"
                    + " has changed it, enter the changed password)");

    /** The CLK-off checks, word for word the same in both tables (4599–4607, 4815–4823). */
    static final List<Text> CLOCK_CHECKS = List.of(
        t("従属先の回線ケーブルが断線していないか確認する",
                "Check that the cable of the line the clock is slaved to is not broken"),
        t("クロック配線で未接続がないか確認する", "Check that no clock wiring is left unconnected"),
        t("マスタクロックの機器から正常にクロック信号を出しているか確認する",
                "Check that the master clock device is sending a proper clock signal"),
        t("終端抵抗が必要な構成で、終端抵抗は入っているか確認する",
                "Where the configuration needs a terminating resistor, check that it is fitted"),
        CONTACT);

    /** The cause column is empty (Ⅷ CONFIG off, 4411, prints only 通常状態). */
    static final Text NO_CAUSE = null;
}
