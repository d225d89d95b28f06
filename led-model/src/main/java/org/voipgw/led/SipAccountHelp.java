package org.voipgw.led;

import java.util.List;

/**
 * How the cloud-PBX guide (seed 004) words a SIP account that fails authentication, for the VoIP状態 page
 * and the VoIP remedy: 「認証に失敗しました」 means the account settings are wrong (line 242); the fields are
 * 端末ID and パスワード (lines 202–205) and 内線サーバアドレス (line 211), entered again as ユーザID,
 * パスワード and SIPサーバ (line 250). On the rented gateway the carrier sets them (the customer sets only
 * the router functions, guide 3986), so the customer cannot fix them and reports it.
 */
public final class SipAccountHelp {
    private SipAccountHelp() {
    }

    /** The message a failed authentication shows (seed 004 line 242). */
    public static final Text AUTH_FAILED = Text.of("認証に失敗しました", "Authentication failed");

    /** The account's fields as the guide names them (seed 004 lines 202–211, 250). */
    public static final List<Text> FIELDS = List.of(
            Text.of("端末ID（ユーザID）", "terminal ID (user ID)"),
            Text.of("パスワード", "password"),
            Text.of("内線サーバアドレス（SIPサーバ）", "extension server address (SIP server)"));

    /** What 「認証に失敗しました」 means and what to check, on the rented gateway. */
    public static final Text MEANING = Text.of(
            "「認証に失敗しました」と表示された場合は、アカウント設定（端末ID、パスワード、内線サーバアドレス（SIPサーバ））"
                    + "が誤っています。レンタルVoIP-GWではこれらは当社が設定するため、故障時連絡先へご連絡ください。",
            "「認証に失敗しました」 (authentication failed) means the account settings (terminal ID, password,"
                    + " extension server address / SIP server) are wrong. On the rented gateway the carrier sets them:"
                    + " contact the fault contact point.");
}
