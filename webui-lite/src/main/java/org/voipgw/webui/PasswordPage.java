package org.voipgw.webui;

import java.io.IOException;
import java.util.Map;
import org.voipgw.led.Text;

/**
 * パスワード変更: current + new + confirm. Passwords are never written back into the form. A wrong
 * current password counts towards the login lock (a borrowed session must not be a guessing oracle);
 * when it locks, every session ends. After a change only this browser stays logged in, on a new id.
 */
final class PasswordPage extends PageHandler {
    PasswordPage(Web web) {
        super(web, "/password");
    }

    @Override
    void get(Exchange ex) throws IOException {
        render(ex, 200, Map.of(), ex.query("changed").isPresent());
    }

    @Override
    void post(Exchange ex, Form form) throws IOException {
        String current = form.getOrEmpty("current");
        String next = form.getOrEmpty("new");
        Map<String, Text> errors = PasswordRules.check(current, next, form.getOrEmpty("confirm"));
        if (!errors.isEmpty()) {
            render(ex, 400, errors, false);
            return;
        }
        switch (web.account().changePassword(current, next)) {
            case Account.LoginResult.Ok ok -> {
                Session fresh = web.sessions().login(ex.session());
                web.sessions().endAllExcept(fresh);
                ex.useSession(fresh);
                ex.redirect("/password?changed=1");
            }
            case Account.LoginResult.Wrong wrong -> render(ex, 400, Map.of("current", Text.of(
                    "現在のパスワードが違います（あと" + wrong.remainingAttempts() + "回間違えるとロックされます）。",
                    "The current password is wrong (" + wrong.remainingAttempts() + " more wrong attempt(s) lock the account).")),
                    false);
            case Account.LoginResult.Locked locked -> {
                web.sessions().endAll();
                ex.dropSession();
                ex.redirect("/login");
            }
        }
    }

    private void render(Exchange ex, int status, Map<String, Text> errors, boolean changed) throws IOException {
        StringBuilder b = new StringBuilder(2048);
        if (changed) {
            b.append(FormHtml.notice(ex, "password-changed", Text.of("パスワードを変更しました。", "The password was changed.")));
        }
        b.append(FormHtml.rejected(ex, errors));
        b.append("<p class=\"hint\">").append(Html.escape(ex.t(Text.of(
                "新しいパスワード: " + PasswordRules.MIN + "～" + PasswordRules.MAX + "文字の半角英数字・記号（ASCII印字可能文字、空白可）。",
                "New password: " + PasswordRules.MIN + " to " + PasswordRules.MAX
                        + " printable ASCII characters (letters, digits, symbols, space)."))))
                .append("</p>\n<form id=\"password-form\" method=\"post\" action=\"/password\">").append(Layout.csrfField(ex));
        String attrs = "maxlength=\"" + PasswordRules.MAX + "\"";
        b.append("<p>").append(FormHtml.input(ex, "password", "password-current", "current",
                        Text.of("現在のパスワード", "Current password"), null, errors, "autocomplete=\"current-password\""))
                .append("</p>\n<p>").append(FormHtml.input(ex, "password", "password-new", "new",
                        Text.of("新しいパスワード", "New password"), null, errors, "autocomplete=\"new-password\" " + attrs))
                .append("</p>\n<p>").append(FormHtml.input(ex, "password", "password-confirm", "confirm",
                        Text.of("新しいパスワード（確認）", "New password (again)"), null, errors,
                        "autocomplete=\"new-password\" " + attrs))
                .append("</p>\n<p><button type=\"submit\" id=\"password-submit\">")
                .append(Html.escape(ex.t(Text.of("変更", "Change")))).append("</button></p>\n</form>\n");
        ex.sendHtml(status, Layout.page(ex, "password", Words.PASSWORD_CHANGE, b.toString()));
    }
}
