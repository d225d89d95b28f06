package org.voipgw.webui;

import java.io.IOException;
import org.voipgw.led.Text;

/** VoIP状態 (read-only): the SIP registration and the account, password masked (issue 5). */
final class VoipPage extends PageHandler {
    /** What stands for a set password: fixed length, so not even its length shows. */
    static final String MASK = "********";

    VoipPage(Web web) {
        super(web, "/voip");
    }

    @Override
    void get(Exchange ex) throws IOException {
        RegistrationView r = web.device().registration();
        SipAccountView a = web.device().sipAccount();
        StringBuilder b = new StringBuilder(4096);
        b.append("<h2>").append(Html.escape(ex.t(Text.of("登録状態", "Registration")))).append("</h2>\n")
                .append("<table id=\"registration\" class=\"facts\" data-live>\n");
        b.append("<tr><th>").append(Html.escape(ex.t(Text.of("状態", "State"))))
                .append("</th><td id=\"registration-state\" data-state=\"").append(r.state().id()).append("\">")
                .append(Html.escape(ex.t(Words.registration(r.state())))).append("</td></tr>\n");
        row(ex, b, "registration-registrar", Text.of("レジストラ", "Registrar"), r.registrar());
        row(ex, b, "registration-expires", Text.of("登録有効期限", "Registration expires"), Layout.time(ex, r.expiresAt()));
        row(ex, b, "registration-retry", Text.of("次回再試行", "Next attempt"), Layout.time(ex, r.retryAt()));
        row(ex, b, "registration-error", Text.of("最後のエラー", "Last error"), r.lastError());
        b.append("</table>\n<h2>").append(Html.escape(ex.t(Text.of("SIPアカウント", "SIP account")))).append("</h2>\n")
                .append("<table id=\"sip-account\" class=\"facts\">\n");
        row(ex, b, "sip-user", Text.of("SIPユーザー", "SIP user"), a.user());
        row(ex, b, "sip-password", Text.of("パスワード", "Password"), a.passwordSet() ? MASK : "");
        row(ex, b, "sip-domain", Text.of("ドメイン", "Domain"), a.domain());
        row(ex, b, "sip-registrar", Text.of("レジストラ", "Registrar"), a.registrar());
        row(ex, b, "sip-proxy", Text.of("アウトバウンドプロキシ", "Outbound proxy"), a.proxy());
        row(ex, b, "sip-number", Text.of("電話番号", "Telephone number"), a.number());
        row(ex, b, "sip-transport", Text.of("トランスポート", "Transport"), a.transport());
        row(ex, b, "sip-expires", Text.of("登録間隔（秒）", "Expires (s)"), Integer.toString(a.expires()));
        b.append("</table>\n");
        ex.sendHtml(200, Layout.page(ex, "voip", Words.VOIP, b.toString()));
    }

    private static void row(Exchange ex, StringBuilder b, String id, Text label, String value) {
        boolean unset = value == null || value.isEmpty();
        b.append("<tr><th>").append(Html.escape(ex.t(label))).append("</th><td id=\"").append(id).append("\">")
                .append(Html.escape(unset ? ex.t(Words.NOT_SET) : value)).append("</td></tr>\n");
    }
}
