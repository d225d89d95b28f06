package org.voipgw.webui;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.voipgw.led.Language;
import org.voipgw.led.Text;
import org.voipgw.webui.http.Request;
import org.voipgw.webui.http.Response;

/**
 * One request and its response: the parsed query, cookies, language, session, and the send methods.
 * Every response gets the security headers ({@link #secure}) from the front, error answers included.
 */
final class Exchange {
    static final String SESSION_COOKIE = "VGWSID";
    static final String LANG_COOKIE = "VGWLANG";
    /** Sent by app.js: a background refresh is not user activity and must not keep a session alive. */
    static final String LIVE_REFRESH_HEADER = "X-Live-Refresh";
    /** No inline script or style anywhere: the page's JavaScript and CSS are files under /static/. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final Request req;
    private final Web web;
    private final Form query;
    private final List<String> setCookies = new ArrayList<>();
    private final Language lang;
    private Optional<Session> session;
    private Response response;

    Exchange(Request req, Web web) {
        this.req = req;
        this.web = web;
        this.query = Form.parse(req.rawQuery() == null ? "" : req.rawQuery());
        this.lang = resolveLanguage();
        this.session = web.sessions().find(cookie(SESSION_COOKIE).orElse(null), !liveRefresh());
    }

    Web web() {
        return web;
    }

    String method() {
        return req.method();
    }

    String path() {
        return req.path();
    }

    InetAddress source() {
        return req.source();
    }

    Optional<String> header(String name) {
        return req.header(name);
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
        return session.isPresent();
    }

    boolean liveRefresh() {
        return req.header(LIVE_REFRESH_HEADER).isPresent();
    }

    /** Makes {@code s} this browser's session from now on (new cookie). */
    void useSession(Session s) {
        session = Optional.of(s);
        setCookies.add(SESSION_COOKIE + "=" + s.id() + "; Path=/; HttpOnly; SameSite=Strict");
    }

    void dropSession() {
        session = Optional.empty();
        setCookies.add(SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
    }

    void addCookie(String cookie) {
        setCookies.add(cookie);
    }

    Optional<String> cookie(String name) {
        return CookieHeader.find(req.all("Cookie"), name);
    }

    /** The posted form (the front has already bounded its size and read it whole). */
    Form readForm() {
        String type = req.header("Content-Type").orElse("");
        if (!type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw new HttpError(415, "forms must be application/x-www-form-urlencoded");
        }
        return Form.parse(new String(req.body(), StandardCharsets.ISO_8859_1));
    }

    void sendHtml(int status, String html) {
        send(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    void sendText(int status, String text) {
        send(status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    void sendJson(int status, Object value) throws IOException {
        send(status, "application/json", web.json().writeValueAsBytes(value));
    }

    /** 303 See Other: after a POST the browser GETs the result (no resubmission on reload). */
    void redirect(String location) {
        response = new Response(303).header("Location", location);
    }

    void send(int status, String contentType, byte[] body) {
        response = new Response(status).body(body);
        if (contentType != null) {
            response.header("Content-Type", contentType);
        }
    }

    /** The response as sent: what a page produced, with this exchange's cookies. */
    Response response() {
        Response r = response == null ? Response.text(500, "no response") : response;
        setCookies.forEach(c -> r.header("Set-Cookie", c));
        return r;
    }

    /**
     * The headers every response carries, error responses included. Referrer-Policy same-origin (not
     * no-referrer): with no-referrer a browser sends {@code Origin: null} on every POST (Fetch standard,
     * "append a request Origin header"), and the Origin check on POSTs needs the real one.
     */
    static void secure(Response r) {
        r.set("Content-Security-Policy", CSP);
        r.set("X-Frame-Options", "DENY");
        r.set("Referrer-Policy", "same-origin");
        r.set("X-Content-Type-Options", "nosniff");
        r.set("Cache-Control", "no-store");
        if (!r.has("Content-Type")) {
            r.header("Content-Type", "text/plain; charset=utf-8");
        }
    }

    /** {@code ?lang=ja|en} switches and is remembered in a cookie (works before login too). */
    private Language resolveLanguage() {
        Optional<String> asked = query.get("lang");
        if (asked.isPresent()) {
            Language l = parseLanguage(asked.get()).orElse(Language.JA);
            setCookies.add(LANG_COOKIE + "=" + l.name().toLowerCase(Locale.ROOT)
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
