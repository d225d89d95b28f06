package org.voipgw.webui;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.tinylog.Logger;

/**
 * The frame every page runs in: exact path match, login check, and for every POST the form read
 * (size and encoding checked) and the CSRF token compared before the page sees anything — a request
 * without the right token is refused with 403 and changes nothing.
 */
abstract class PageHandler implements HttpHandler {
    protected final Web web;
    private final String path;

    PageHandler(Web web, String path) {
        this.web = web;
        this.path = path;
    }

    String path() {
        return path;
    }

    /** Whether this handler answers {@code requestPath} (the server's context match is only a prefix). */
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

    @Override
    public final void handle(HttpExchange hx) {
        try (hx) {
            try {
                Exchange ex = new Exchange(hx, web);
                if (!serves(ex.path())) {
                    ex.sendText(404, "not found");
                    return;
                }
                if (loginRequired() && !ex.loggedIn()) {
                    notLoggedIn(ex);
                    return;
                }
                switch (ex.method()) {
                    case "GET", "HEAD" -> get(ex);
                    case "POST" -> {
                        Form form = ex.readForm();
                        boolean tokenOk = ex.session()
                                .map(s -> Sessions.csrfMatches(s, form.get(Layout.CSRF_FIELD).orElse(null)))
                                .orElse(false);
                        if (!tokenOk) {
                            Logger.warn("web UI refused a POST to {} without a valid CSRF token", path);
                            // both languages: this is what a user sees whose login form outlived its session
                            ex.sendText(403, "フォームの有効期限が切れたか、不正な送信です。ページを再読み込みしてやり直してください。\n"
                                    + "Forbidden: missing or wrong form token. Reload the page and try again.");
                            return;
                        }
                        post(ex, form);
                    }
                    default -> ex.sendText(405, "method not allowed");
                }
            } catch (HttpError e) {
                sendQuietly(hx, e.status(), e.getMessage());
            } catch (IOException | RuntimeException e) {
                Logger.error(e, "web UI request {} {} failed", hx.getRequestMethod(), hx.getRequestURI().getPath());
                sendQuietly(hx, 500, "internal error");
            }
        }
    }

    private static void sendQuietly(HttpExchange hx, int status, String reason) {
        try {
            byte[] body = (reason + "\n").getBytes(StandardCharsets.UTF_8);
            hx.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            Exchange.secure(hx.getResponseHeaders());
            hx.sendResponseHeaders(status, body.length);
            hx.getResponseBody().write(body);
        } catch (IOException | RuntimeException ignored) {
            // headers already sent or the client went away: nothing more to tell it
        }
    }
}
