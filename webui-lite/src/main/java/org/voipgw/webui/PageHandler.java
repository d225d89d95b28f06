package org.voipgw.webui;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The frame every page runs in: exact path match, login check, and for every POST the Origin check,
 * the form read (encoding checked; the front already bounded its size) and the CSRF token compared
 * before the page sees anything — a request without the right token is refused with 403, changes
 * nothing and is recorded in the device log ({@link AuditTrail}).
 */
abstract class PageHandler {
    protected final Web web;
    private final String path;

    PageHandler(Web web, String path) {
        this.web = web;
        this.path = path;
    }

    String path() {
        return path;
    }

    /** Whether this handler answers {@code requestPath}. */
    boolean serves(String requestPath) {
        return requestPath.equals(path);
    }

    /** False for the login page and the static files. */
    boolean loginRequired() {
        return true;
    }

    void get(Exchange ex) throws IOException {
        ex.sendText(405, "method not allowed");
    }

    void post(Exchange ex, Form form) throws IOException {
        ex.sendText(405, "method not allowed");
    }

    /** Pages send the browser to the login page; status.json answers 401 instead. */
    void notLoggedIn(Exchange ex) throws IOException {
        ex.redirect("/login");
    }

    /** Whether the form's token is this session's (the login page has its own, stateless one). */
    boolean tokenOk(Exchange ex, Form form) {
        return ex.session().map(s -> Sessions.csrfMatches(s, form.get(PageView.CSRF_FIELD).orElse(null))).orElse(false);
    }

    final void handle(Exchange ex) {
        try {
            if (loginRequired() && !ex.loggedIn()) {
                notLoggedIn(ex);
                return;
            }
            switch (ex.method()) {
                case "GET", "HEAD" -> get(ex);
                case "POST" -> {
                    if (!web.hosts().originAllowed(ex.header("Host"), ex.header("Origin"), ex.header("Referer"))) {
                        web.audit().record("cross-origin POST refused", path + " from " + ex.source().getHostAddress()
                                + ", Origin " + AuditTrail.quote(ex.header("Origin").orElse("-")));
                        refuse(ex);
                        return;
                    }
                    Form form = ex.readForm();
                    if (!tokenOk(ex, form)) {
                        web.audit().record("CSRF token refused", path + " from " + ex.source().getHostAddress());
                        refuse(ex);
                        return;
                    }
                    post(ex, form);
                }
                default -> ex.sendText(405, "method not allowed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void refuse(Exchange ex) {
        // both languages: this is what a user sees whose login form outlived its session
        ex.sendText(403, "フォームの有効期限が切れたか、不正な送信です。ページを再読み込みしてやり直してください。\n"
                + "Forbidden: missing or wrong form token. Reload the page and try again.");
    }
}
