package org.voipgw.webui;

import org.voipgw.led.Text;
import org.voipgw.led.status.RegistrationState;

/** Page words shared by more than one page, in the guide's Japanese with English alongside. */
final class Words {
    private Words() {
    }

    static final Text TOP = Text.of("トップページ", "Top");
    static final Text VOIP = Text.of("VoIP状態", "VoIP status");
    static final Text LOG = Text.of("ログ", "Log");
    static final Text PASSWORD_CHANGE = Text.of("パスワード変更", "Change password");
    static final Text LOGOUT = Text.of("ログアウト", "Log out");
    static final Text LOGIN = Text.of("ログイン", "Log in");
    static final Text USER = Text.of("ユーザー名", "User name");
    static final Text PASSWORD = Text.of("パスワード", "Password");
    static final Text OTHER_LANGUAGE = Text.of("English", "日本語");
    static final Text NOT_SET = Text.of("（未設定）", "(not set)");
    static final Text FORM_REJECTED = Text.of("入力内容に誤りがあります。保存していません。赤枠の項目を確認してください。",
            "Some values are not valid. Nothing was saved; check the marked fields.");

    static Text registration(RegistrationState s) {
        return switch (s) {
            case UNREGISTERED -> Text.of("未登録", "not registered");
            case REGISTERING -> Text.of("登録中", "registering");
            case REGISTERED -> Text.of("登録済み", "registered");
            case AUTH_FAILED -> Text.of("認証失敗", "authentication failed");
            case RETRY_WAIT -> Text.of("再試行待ち", "waiting to retry");
        };
    }
}
