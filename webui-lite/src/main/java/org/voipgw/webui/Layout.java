package org.voipgw.webui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.voipgw.led.Language;
import org.voipgw.led.Text;

/**
 * The frame of every page: head (CSS and JS as files, CSP allows no inline code), the device name,
 * the language switch, the menu with the guide's names, the initial-password warning, and logout.
 */
final class Layout {
    static final String CSRF_FIELD = "csrf";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private Layout() {
    }

    /** A full page for a logged-in user; {@code page} names the body (data-page) for tests and CSS. */
    static String page(Exchange ex, String page, Text title, String body) {
        StringBuilder b = head(ex, page, title);
        b.append("<form method=\"post\" action=\"/logout\" class=\"logout\">").append(csrfField(ex))
                .append("<button type=\"submit\" id=\"logout\">").append(Html.escape(ex.t(Words.LOGOUT)))
                .append("</button></form></header>\n");
        if (ex.web().account().initialPassword()) {
            b.append("<div id=\"password-warning\" class=\"warning\" role=\"alert\">")
                    .append(Html.escape(ex.t(Text.of("初期パスワードのまま使用しています。安全のため",
                            "You are still using the initial password. For safety, please "))))
                    .append("<a id=\"password-warning-link\" href=\"/password\">")
                    .append(Html.escape(ex.t(Words.PASSWORD_CHANGE)))
                    .append("</a>").append(Html.escape(ex.t(Text.of("を行ってください。", " now."))))
                    .append("</div>\n");
        }
        nav(ex, ex.web().device().model(), b);
        return main(ex, title, body, b);
    }

    /** A page without menu (the login page). */
    static String bare(Exchange ex, String page, Text title, String body) {
        StringBuilder b = head(ex, page, title);
        b.append("</header>\n");
        return main(ex, title, body, b);
    }

    static String csrfField(Exchange ex) {
        String token = ex.session().map(Session::csrf).orElse("");
        return "<input type=\"hidden\" name=\"" + CSRF_FIELD + "\" value=\"" + Html.escape(token) + "\">";
    }

    /** A device time in the device clock's zone, e.g. "2026-11-25 09:15:00 (UTC)". */
    static String time(Exchange ex, Instant t) {
        if (t == null) {
            return "";
        }
        ZoneId zone = ex.web().clock().getZone();
        String name = zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
        return TIME.format(t.atZone(zone)) + " (" + name + ")";
    }

    private static StringBuilder head(Exchange ex, String page, Text title) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(ex.lang() == Language.JA ? "ja" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(ex.t(title) + " - " + ex.web().device().model().device()))
                .append("</title>\n<link rel=\"stylesheet\" href=\"/static/app.css\">\n")
                .append("<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">\n")
                .append("<script src=\"/static/app.js\" defer></script>\n</head>\n<body data-page=\"")
                .append(Html.escape(page)).append("\">\n");
        // the header is left open: the caller adds logout (or nothing) and closes it
        ModelInfo m = ex.web().device().model();
        b.append("<header><span id=\"device-name\">").append(Html.escape(m.roman() + " " + m.device())).append("</span>");
        languageToggle(ex, b);
        return b;
    }

    private static String main(Exchange ex, Text title, String body, StringBuilder b) {
        return b.append("<main>\n<h1>").append(Html.escape(ex.t(title))).append("</h1>\n").append(body)
                .append("</main>\n</body>\n</html>\n").toString();
    }

    private static void languageToggle(Exchange ex, StringBuilder b) {
        String other = ex.lang() == Language.JA ? "en" : "ja";
        b.append(" <a id=\"lang-toggle\" hreflang=\"").append(other).append("\" href=\"")
                .append(Html.escape(ex.path())).append("?lang=").append(other).append("\">")
                .append(Html.escape(ex.t(Words.OTHER_LANGUAGE))).append("</a>");
    }

    private static void nav(Exchange ex, ModelInfo m, StringBuilder b) {
        b.append("<nav><ul>\n");
        navLink(ex, b, "nav-top", "/", Words.TOP);
        // the PPPoE page sits under the model's own menu groups (guide: Ⅷ 接続先設定, others ルータ設定 > …)
        List<Text> path = m.pppoeMenuPath();
        for (Text group : path.subList(0, path.size() - 1)) {
            b.append("<li><span class=\"menu-group\">").append(Html.escape(ex.t(group))).append("</span><ul>\n");
        }
        navLink(ex, b, "nav-pppoe", "/pppoe", path.get(path.size() - 1));
        b.append("</ul></li>\n".repeat(path.size() - 1));
        navLink(ex, b, "nav-voip", "/voip", Words.VOIP);
        navLink(ex, b, "nav-log", "/log", Words.LOG);
        navLink(ex, b, "nav-password", "/password", Words.PASSWORD_CHANGE);
        b.append("</ul></nav>\n");
    }

    private static void navLink(Exchange ex, StringBuilder b, String id, String href, Text label) {
        b.append("<li><a id=\"").append(id).append("\" href=\"").append(href).append('"');
        if (ex.path().equals(href)) {
            b.append(" aria-current=\"page\"");
        }
        b.append('>').append(Html.escape(ex.t(label))).append("</a></li>\n");
    }
}
