package org.voipgw.webui;

/** ログアウト: a POST (with the CSRF token, so another site cannot log the user out) ends the session. */
final class LogoutHandler extends PageHandler {
    LogoutHandler(Web web) {
        super(web, "/logout");
    }

    @Override
    void post(Exchange ex, Form form) {
        ex.session().ifPresent(web.sessions()::end);
        ex.dropSession();
        ex.redirect("/login");
    }
}
