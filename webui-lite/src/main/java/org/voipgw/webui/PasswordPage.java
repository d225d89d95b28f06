package org.voipgw.webui;

import java.util.Map;
import org.voipgw.led.Text;

/**
 * パスワード変更: current + new + confirm. Passwords are never written back into the form. A wrong
 * current password counts towards the login lock of this source (a borrowed session must not be a
 * guessing oracle); when it locks, this session ends. After a change only this browser stays logged
 * in, on a new id.
 */
final class PasswordPage extends PageHandler {
    PasswordPage(Web web) {
        super(web, "/password");
    }

    @Override
    void get(Exchange ex) {
        render(ex, 200, Map.of(), ex.query("changed").isPresent());
    }

    @Override
    void post(Exchange ex, Form form) {
        String current = form.getOrEmpty("current");
        String next = form.getOrEmpty("new");
        Map<String, Text> errors = PasswordRules.check(current, next, form.getOrEmpty("confirm"));
        if (!errors.isEmpty()) {
            render(ex, 400, errors, false);
            return;
        }
        switch (web.account().changePassword(current, next, ex.source())) {
            case Account.LoginResult.Ok ok -> {
                Session fresh = web.sessions().login(ex.session());
                web.sessions().endAllExcept(fresh);
                ex.useSession(fresh);
                ex.redirect("/password?changed=1");
            }
            case Account.LoginResult.Wrong wrong -> {
                web.audit().record("password change refused", "wrong current password from "
                        + ex.source().getHostAddress());
                render(ex, 400, Map.of("current", Text.of(
                        "現在のパスワードが違います（あと" + wrong.remainingAttempts() + "回間違えるとロックされます）。",
                        "The current password is wrong (" + wrong.remainingAttempts()
                                + " more wrong attempt(s) lock the account).")), false);
            }
            case Account.LoginResult.Locked locked -> {
                web.audit().record("login locked", "wrong current passwords from " + ex.source().getHostAddress()
                        + " until " + PageView.time(web, locked.until()));
                ex.session().ifPresent(web.sessions()::end);
                ex.dropSession();
                ex.redirect("/login");
            }
        }
    }

    private void render(Exchange ex, int status, Map<String, Text> errors, boolean changed) {
        PageView v = new PageView(ex);
        ex.sendHtml(status, Pages.html(o -> JtepasswordGenerated.render(o, null, v, errors, changed)));
    }
}
