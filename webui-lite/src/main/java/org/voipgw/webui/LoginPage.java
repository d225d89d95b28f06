package org.voipgw.webui;

import java.time.Instant;
import org.voipgw.led.Text;

/**
 * ログイン. The form carries a stateless token tied to a pre-login cookie ({@link LoginToken}), so no
 * visitor holds server state before a right password; that starts a new session (new cookie). Wrong
 * passwords count towards the lock of this source address and user ({@link LoginGuard}), which the
 * page announces with its end time; each failure and lock goes to the device log ({@link AuditTrail}).
 */
final class LoginPage extends PageHandler {
    LoginPage(Web web) {
        super(web, "/login");
    }

    @Override
    boolean loginRequired() {
        return false;
    }

    /** The login form's own token; a logged-in browser (logging in again) may use its session's. */
    @Override
    boolean tokenOk(Exchange ex, Form form) {
        return super.tokenOk(ex, form) || web.loginToken().valid(ex.cookie(LoginToken.COOKIE).orElse(null),
                form.get(PageView.CSRF_FIELD).orElse(null), web.clock().instant());
    }

    @Override
    void get(Exchange ex) {
        if (ex.loggedIn()) {
            ex.redirect("/");
            return;
        }
        render(ex, "", null, web.account().lockedUntil(ex.source()).orElse(null));
    }

    @Override
    void post(Exchange ex, Form form) {
        String user = form.getOrEmpty("user");
        String from = ex.source().getHostAddress();
        switch (web.account().login(user, form.getOrEmpty("password"), ex.source())) {
            case Account.LoginResult.Ok ok -> {
                ex.useSession(web.sessions().login(ex.session()));
                ex.redirect("/");
            }
            case Account.LoginResult.Wrong wrong -> {
                web.audit().record("login failed", "user " + AuditTrail.quote(user) + " from " + from);
                render(ex, user, Text.of(
                        "ユーザー名またはパスワードが違います。あと" + wrong.remainingAttempts()
                                + "回続けて間違えるとアカウントがロックされます。",
                        "Wrong user name or password. " + wrong.remainingAttempts()
                                + " more wrong attempt(s) in a row lock the account."), null);
            }
            case Account.LoginResult.Locked locked -> {
                web.audit().record("login locked", "user " + AuditTrail.quote(user) + " from " + from + " until "
                        + PageView.time(web, locked.until()));
                render(ex, user, null, locked.until());
            }
        }
    }

    private void render(Exchange ex, String user, Text error, Instant lockedUntil) {
        String cookie = ex.cookie(LoginToken.COOKIE).orElse(null);
        if (cookie == null || cookie.length() > 64) {
            cookie = web.loginToken().newCookie();
            ex.addCookie(LoginToken.COOKIE + "=" + cookie + "; Path=/login; HttpOnly; SameSite=Strict");
        }
        String token = web.loginToken().issue(cookie, web.clock().instant());
        Text lock = null;
        if (lockedUntil != null) {
            String until = PageView.time(web, lockedUntil);
            lock = Text.of("パスワードを" + LoginGuard.MAX_FAILURES + "回続けて間違えたため、アカウントがロックされています。"
                            + until + " 以降に再度ログインしてください。",
                    "The account is locked because the password was wrong " + LoginGuard.MAX_FAILURES
                            + " times in a row. Please log in again after " + until + ".");
        }
        PageView v = new PageView(ex);
        Text shownLock = lock;
        String until = lockedUntil == null ? null : lockedUntil.toString();
        ex.sendHtml(200, Pages.html(o -> JteloginGenerated.render(o, null, v, user, error, shownLock, until, token)));
    }
}
