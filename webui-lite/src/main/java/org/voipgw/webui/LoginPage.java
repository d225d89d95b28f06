package org.voipgw.webui;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.voipgw.led.Text;

/**
 * ログイン. The form carries a CSRF token from a not-yet-logged-in session; a right password starts a
 * new session (new cookie). Wrong passwords count towards the lock, which the page announces with
 * its end time.
 */
final class LoginPage extends PageHandler {
    LoginPage(Web web) {
        super(web, "/login");
    }

    @Override
    boolean loginRequired() {
        return false;
    }

    @Override
    void get(Exchange ex) throws IOException {
        if (ex.loggedIn()) {
            ex.redirect("/");
            return;
        }
        if (ex.session().isEmpty()) {
            ex.useSession(web.sessions().startAnonymous());
        }
        render(ex, 200, "", null, web.account().lockedUntil().orElse(null));
    }

    @Override
    void post(Exchange ex, Form form) throws IOException {
        String user = form.getOrEmpty("user");
        switch (web.account().login(user, form.getOrEmpty("password"))) {
            case Account.LoginResult.Ok ok -> {
                ex.useSession(web.sessions().login(ex.session()));
                ex.redirect("/");
            }
            case Account.LoginResult.Wrong wrong -> render(ex, 200, user, Text.of(
                    "ユーザー名またはパスワードが違います。あと" + wrong.remainingAttempts()
                            + "回続けて間違えるとアカウントがロックされます。",
                    "Wrong user name or password. " + wrong.remainingAttempts()
                            + " more wrong attempt(s) in a row lock the account."), null);
            case Account.LoginResult.Locked locked -> render(ex, 200, user, null, locked.until());
        }
    }

    private void render(Exchange ex, int status, String user, Text error, Instant lockedUntil) throws IOException {
        StringBuilder b = new StringBuilder(2048);
        if (lockedUntil != null) {
            String until = Layout.time(ex, lockedUntil);
            b.append("<p id=\"lock-message\" class=\"error\" role=\"alert\" data-until=\"").append(lockedUntil)
                    .append("\">").append(Html.escape(ex.t(Text.of(
                            "パスワードを" + Lockout.MAX_FAILURES + "回続けて間違えたため、アカウントがロックされています。"
                                    + until + " 以降に再度ログインしてください。",
                            "The account is locked because the password was wrong " + Lockout.MAX_FAILURES
                                    + " times in a row. Please log in again after " + until + "."))))
                    .append("</p>\n");
        }
        if (error != null) {
            b.append("<p id=\"login-error\" class=\"error\" role=\"alert\">").append(Html.escape(ex.t(error)))
                    .append("</p>\n");
        }
        b.append("<form id=\"login-form\" method=\"post\" action=\"/login\">").append(Layout.csrfField(ex))
                .append("<p>").append(FormHtml.input(ex, "text", "login-user", "user", Words.USER, user, Map.of(),
                        "autocomplete=\"username\" maxlength=\"64\" required"))
                .append("</p>\n<p>").append(FormHtml.input(ex, "password", "login-password", "password",
                        Words.PASSWORD, null, Map.of(), "autocomplete=\"current-password\" maxlength=\"64\" required"))
                .append("</p>\n<p><button type=\"submit\" id=\"login-submit\">").append(Html.escape(ex.t(Words.LOGIN)))
                .append("</button></p>\n</form>\n");
        ex.sendHtml(status, Layout.bare(ex, "login", Words.LOGIN, b.toString()));
    }

}
