package org.voipgw.webui;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.voipgw.led.Language;
import org.voipgw.led.Text;

/**
 * One request and its response: the parsed query, cookies, language, session, and the send methods
 * that put the security headers on every response.
 */
final class Exchange {
    static final String SESSION_COOKIE = "VGWSID";
    static final String LANG_COOKIE = "VGWLANG";
    /** Sent by app.js: a background refresh is not user activity and must not keep a session alive. */
    static final String LIVE_REFRESH_HEADER = "X-Live-Refresh";
    /** No inline script or style anywhere: the page's JavaScript and CSS are files under /static/. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final HttpExchange hx;
    private final Web web;
    private final Form query;
    private final Language lang;
    private Optional<Session> session;

    Exchange(HttpExchange hx, Web web) {
        this.hx = hx;
        this.web = web;
        String raw = hx.getRequestURI().getRawQuery();
        this.query = Form.parse(raw == null ? "" : raw);
        this.lang = resolveLanguage();
        this.session = web.sessions().find(cookie(SESSION_COOKIE).orElse(null), !liveRefresh());
    }

    Web web() {
        return web;
    }

    String method() {
        return hx.getRequestMethod();
    }

    String path() {
        return hx.getRequestURI().getPath();
    }

    Optional<String> query(String name) {
        return query.get(name);
    }

    Language lang() {
        return lang;
    }

    String t(Text text) {
        return text.in(lang);
    }

    Optional<Session> session() {
        return session;
    }

    boolean loggedIn() {
        return session.map(Session::authenticated).orElse(false);
    }

    boolean liveRefresh() {
        return hx.getRequestHeaders().containsKey(LIVE_REFRESH_HEADER);
    }

    /** Makes {@code s} this browser's session from now on (new cookie). */
    void useSession(Session s) {
        session = Optional.of(s);
        hx.getResponseHeaders().add("Set-Cookie", SESSION_COOKIE + "=" + s.id() + "; Path=/; HttpOnly; SameSite=Strict");
    }

    void dropSession() {
        session = Optional.empty();
        hx.getResponseHeaders().add("Set-Cookie", SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
    }

    Optional<String> cookie(String name) {
        for (String header : hx.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String part : header.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0 && part.substring(0, eq).trim().equals(name)) {
                    return Optional.of(part.substring(eq + 1).trim());
                }
            }
        }
        return Optional.empty();
    }

    Form readForm() throws IOException {
        String type = hx.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw new HttpError(415, "forms must be application/x-www-form-urlencoded");
        }
        long length = -1;
        String declared = hx.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                throw new HttpError(400, "bad Content-Length");
            }
        }
        return Form.read(hx.getRequestBody(), length);
    }

    void sendHtml(int status, String html) throws IOException {
        send(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    void sendText(int status, String text) throws IOException {
        send(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    void sendJson(int status, Object value) throws IOException {
        send(status, "application/json", web.json().writeValueAsBytes(value));
    }

    /** 303 See Other: after a POST the browser GETs the result (no resubmission on reload). */
    void redirect(String location) throws IOException {
        hx.getResponseHeaders().set("Location", location);
        send(303, null, new byte[0]);
    }

    void send(int status, String contentType, byte[] body) throws IOException {
        Headers h = hx.getResponseHeaders();
        if (contentType != null) {
            h.set("Content-Type", contentType);
        }
        secure(h);
        boolean head = method().equals("HEAD");
        hx.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = hx.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The headers every response carries, error responses included. */
    static void secure(Headers h) {
        h.set("Content-Security-Policy", CSP);
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Cache-Control", "no-store");
    }

    /** {@code ?lang=ja|en} switches and is remembered in a cookie (works before login too). */
    private Language resolveLanguage() {
        Optional<String> asked = query.get("lang");
        if (asked.isPresent()) {
            Language l = parseLanguage(asked.get()).orElse(Language.JA);
            hx.getResponseHeaders().add("Set-Cookie", LANG_COOKIE + "=" + l.name().toLowerCase(Locale.ROOT)
                    + "; Path=/; Max-Age=31536000; SameSite=Strict");
            return l;
        }
        return cookie(LANG_COOKIE).flatMap(Exchange::parseLanguage).orElse(Language.JA);
    }

    private static Optional<Language> parseLanguage(String s) {
        try {
            return Optional.of(Language.parse(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
