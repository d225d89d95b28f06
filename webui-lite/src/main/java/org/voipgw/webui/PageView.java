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
 * What every template may ask of the request it renders for: the language and the words in it, the
 * model, the path (for the language switch and the menu's current page), the session's CSRF token,
 * whether the initial password is still in use, and device times as text. Values only: the templates
 * escape whatever they print.
 */
final class PageView {
    static final String CSRF_FIELD = "csrf";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final Exchange ex;

    PageView(Exchange ex) {
        this.ex = ex;
    }

    String t(Text text) {
        return ex.t(text);
    }

    String langCode() {
        return ex.lang() == Language.JA ? "ja" : "en";
    }

    String otherLangCode() {
        return ex.lang() == Language.JA ? "en" : "ja";
    }

    String path() {
        return ex.path();
    }

    ModelInfo model() {
        return ex.web().device().model();
    }

    boolean loggedIn() {
        return ex.loggedIn();
    }

    boolean initialPassword() {
        return ex.web().account().initialPassword();
    }

    String csrf() {
        return ex.session().map(Session::csrf).orElse("");
    }

    /** {@code aria-current="page"} on the menu entry of this page; null leaves the attribute out. */
    String current(String href) {
        return ex.path().equals(href) ? "page" : null;
    }

    /** The model's menu path to the PPPoE page (guide's words), the page's own name last. */
    List<Text> pppoeMenuPath() {
        return model().pppoeMenuPath();
    }

    /** The menu groups above the PPPoE page. */
    List<Text> pppoeGroups() {
        List<Text> p = pppoeMenuPath();
        return p.subList(0, p.size() - 1);
    }

    Text pppoePageName() {
        List<Text> p = pppoeMenuPath();
        return p.get(p.size() - 1);
    }

    /** A device time in the device clock's zone, e.g. "2026-11-25 09:15:00 (UTC)"; "" for none. */
    String time(Instant t) {
        return time(ex.web(), t);
    }

    static String time(Web web, Instant t) {
        if (t == null) {
            return "";
        }
        ZoneId zone = web.clock().getZone();
        String name = zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
        return TIME.format(t.atZone(zone)) + " (" + name + ")";
    }
}
