package org.voipgw.webui;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.voipgw.led.Text;
import org.voipgw.led.status.PppState;

/**
 * The PPPoE settings at the model's menu path (Ⅷ 接続先設定＞接続先設定（PPPoE）, others ルータ設定＞
 * WANインターフェース設定＞接続先（PPPoE）): the five sessions' settings in one form, saved
 * all-or-nothing through the device, and per session its live state and 接続 / 切断 buttons.
 *
 * <p>The buttons belong to a second, separate form (HTML {@code form} attribute), so pressing Enter in
 * a field saves instead of connecting session 1, and connecting never submits half-edited settings.
 */
final class PppoePage extends PageHandler {
    static final int SESSIONS = 5;
    /** The setting fields of one session, in form order (setting key {@code pppoe.N.<field>}). */
    static final List<String> FIELDS = List.of("enabled", "mode", "user", "password", "service", "mtu", "idle",
            "echo-interval", "echo-failures");
    private static final Pattern ACTION = Pattern.compile("(connect|disconnect)-([1-5])");

    PppoePage(Web web) {
        super(web, "/pppoe");
    }

    @Override
    void get(Exchange ex) throws IOException {
        List<PppoeSessionView> sessions = web.device().pppoeSessions();
        String notice = ex.query("saved").isPresent() ? FormHtml.notice(ex, "save-message", Text.of("設定を保存しました。", "Settings saved."))
                : ex.query("done").map(a -> FormHtml.notice(ex, "action-message", actionDone(a))).orElse("");
        render(ex, 200, sessions, stored(sessions), Map.of(), notice);
    }

    @Override
    void post(Exchange ex, Form form) throws IOException {
        String action = form.getOrEmpty("action");
        Matcher m = ACTION.matcher(action);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(2));
            Optional<Text> refused = m.group(1).equals("connect")
                    ? web.device().connectPppoe(n) : web.device().disconnectPppoe(n);
            if (refused.isPresent()) {
                List<PppoeSessionView> sessions = web.device().pppoeSessions();
                render(ex, 409, sessions, stored(sessions), Map.of(), "<p id=\"action-error\" class=\"error\" role=\"alert\">"
                        + Html.escape(ex.t(refused.get())) + "</p>\n");
            } else {
                ex.redirect("/pppoe?done=" + action);
            }
            return;
        }
        if (!action.equals("save")) {
            throw new HttpError(400, "unknown action");
        }
        List<PppoeSessionView> sessions = web.device().pppoeSessions();
        Map<String, String> current = stored(sessions);
        Map<String, String> typed = typed(form, current);
        Map<String, String> changes = new LinkedHashMap<>();
        typed.forEach((k, v) -> {
            // a blank password means "keep the stored one"; other fields go to the device only when changed
            boolean password = k.endsWith(".password");
            if (password ? !v.isEmpty() : !v.equals(current.get(k))) {
                changes.put(k, v);
            }
        });
        List<FieldError> refused = changes.isEmpty() ? List.of() : web.device().applySettings(changes);
        if (refused.isEmpty()) {
            ex.redirect("/pppoe?saved=1");
            return;
        }
        Map<String, Text> errors = new LinkedHashMap<>();
        refused.forEach(e -> errors.put(e.key(), e.message()));
        render(ex, 400, sessions, typed, errors, FormHtml.rejected(ex, errors));
    }

    /** The stored settings as form strings (passwords as ""). */
    private static Map<String, String> stored(List<PppoeSessionView> sessions) {
        Map<String, String> v = new LinkedHashMap<>();
        for (PppoeSessionView s : sessions) {
            String p = "pppoe." + s.session() + ".";
            v.put(p + "enabled", Boolean.toString(s.enabled()));
            v.put(p + "mode", s.mode().id());
            v.put(p + "user", s.user());
            v.put(p + "password", "");
            v.put(p + "service", s.service());
            v.put(p + "mtu", Integer.toString(s.mtu()));
            v.put(p + "idle", Integer.toString(s.idleSeconds()));
            v.put(p + "echo-interval", Integer.toString(s.echoInterval()));
            v.put(p + "echo-failures", Integer.toString(s.echoFailures()));
        }
        return v;
    }

    /**
     * What the user typed, per known key. A session whose fields are absent (a hand-made request)
     * keeps its stored values; an unticked 接続可 box sends nothing, which means false.
     */
    private static Map<String, String> typed(Form form, Map<String, String> current) {
        Map<String, String> v = new LinkedHashMap<>();
        for (int n = 1; n <= SESSIONS; n++) {
            String p = "pppoe." + n + ".";
            boolean sent = form.get(p + "mode").isPresent();
            for (String f : FIELDS) {
                String key = p + f;
                if (!sent) {
                    v.put(key, current.getOrDefault(key, ""));
                } else if (f.equals("enabled")) {
                    v.put(key, form.get(key).isPresent() ? "true" : "false");
                } else {
                    v.put(key, form.getOrEmpty(key));
                }
            }
        }
        return v;
    }

    private static Text actionDone(String action) {
        Matcher m = ACTION.matcher(action);
        if (!m.matches()) {
            return Text.of("", "");
        }
        return m.group(1).equals("connect")
                ? Text.of("接続先" + m.group(2) + "の接続を開始しました。", "Session " + m.group(2) + " is connecting.")
                : Text.of("接続先" + m.group(2) + "を切断しました。", "Session " + m.group(2) + " was disconnected.");
    }

    private void render(Exchange ex, int status, List<PppoeSessionView> sessions, Map<String, String> values,
                        Map<String, Text> errors, String notice) throws IOException {
        List<Text> path = web.device().model().pppoeMenuPath();
        StringBuilder b = new StringBuilder(16384);
        b.append("<p id=\"breadcrumb\" class=\"breadcrumb\">").append(Html.escape(ex.t(Words.TOP)));
        path.forEach(t -> b.append(" ＞ ").append(Html.escape(ex.t(t))));
        b.append("</p>\n").append(notice);
        // the buttons' own form: only the token and which button was pressed
        b.append("<form id=\"pppoe-action-form\" method=\"post\" action=\"/pppoe\">").append(Layout.csrfField(ex))
                .append("</form>\n");
        b.append("<form id=\"pppoe-form\" method=\"post\" action=\"/pppoe\">").append(Layout.csrfField(ex)).append('\n');
        for (PppoeSessionView s : sessions) {
            session(ex, b, s, values, errors);
        }
        b.append("<p><button type=\"submit\" name=\"action\" value=\"save\" id=\"pppoe-save\">")
                .append(Html.escape(ex.t(Text.of("設定を保存", "Save settings")))).append("</button></p>\n</form>\n");
        ex.sendHtml(status, Layout.page(ex, "pppoe", path.get(path.size() - 1), b.toString()));
    }

    private static void session(Exchange ex, StringBuilder b, PppoeSessionView s, Map<String, String> values,
                                Map<String, Text> errors) {
        int n = s.session();
        String p = "pppoe." + n + ".";
        String id = "pppoe-" + n + "-";
        b.append("<fieldset id=\"pppoe-").append(n).append("\" class=\"session\"><legend>")
                .append(Html.escape(ex.t(Text.of("接続先" + n, "Session " + n)))).append("</legend>\n");
        live(ex, b, s);
        b.append("<p class=\"buttons\"><button type=\"submit\" form=\"pppoe-action-form\" name=\"action\" value=\"connect-")
                .append(n).append("\" id=\"").append(id).append("connect\">").append(Html.escape(ex.t(Text.of("接続", "Connect"))))
                .append("</button> <button type=\"submit\" form=\"pppoe-action-form\" name=\"action\" value=\"disconnect-")
                .append(n).append("\" id=\"").append(id).append("disconnect\">")
                .append(Html.escape(ex.t(Text.of("切断", "Disconnect")))).append("</button></p>\n");
        // 接続可
        boolean enabled = "true".equals(values.get(p + "enabled"));
        b.append("<p><input type=\"checkbox\" id=\"").append(id).append("enabled\" name=\"").append(p)
                .append("enabled\" value=\"true\"").append(enabled ? " checked" : "").append("><label for=\"").append(id)
                .append("enabled\">").append(Html.escape(ex.t(Text.of("接続可", "Enabled")))).append("</label>")
                .append(FormHtml.error(ex, id + "enabled", errors.get(p + "enabled"))).append("</p>\n");
        // 接続モード
        String mode = values.getOrDefault(p + "mode", "");
        b.append("<p><label for=\"").append(id).append("mode\">").append(Html.escape(ex.t(Text.of("接続モード", "Connection mode"))))
                .append("</label><select id=\"").append(id).append("mode\" name=\"").append(p).append("mode\"")
                .append(errors.containsKey(p + "mode") ? " class=\"invalid\" aria-invalid=\"true\"" : "").append('>');
        for (PppoeMode m : PppoeMode.values()) {
            b.append("<option value=\"").append(m.id()).append('"').append(m.id().equals(mode) ? " selected" : "").append('>')
                    .append(Html.escape(ex.t(m.label()))).append("</option>");
        }
        b.append("</select>").append(FormHtml.error(ex, id + "mode", errors.get(p + "mode"))).append("</p>\n");
        text(ex, b, s, "user", Text.of("ユーザー名", "User name"), values, errors, "autocomplete=\"off\"");
        b.append("<p>").append(FormHtml.input(ex, "password", id + "password", p + "password",
                Text.of("パスワード", "Password"), "", errors, "autocomplete=\"new-password\" placeholder=\""
                        + Html.escape(ex.t(s.passwordSet()
                                ? Text.of("設定済み（変更しない場合は空欄）", "set (leave blank to keep)")
                                : Words.NOT_SET)) + "\"")).append("</p>\n");
        text(ex, b, s, "service", Text.of("サービス名（省略可）", "Service name (optional)"), values, errors, "");
        text(ex, b, s, "mtu", Text.of("MTU", "MTU"), values, errors, "inputmode=\"numeric\"");
        text(ex, b, s, "idle", Text.of("無通信切断時間（秒、オンデマンド接続）", "Idle timeout (s, on demand)"), values, errors,
                "inputmode=\"numeric\"");
        text(ex, b, s, "echo-interval", Text.of("LCPエコー送信間隔（秒）", "LCP echo interval (s)"), values, errors,
                "inputmode=\"numeric\"");
        text(ex, b, s, "echo-failures", Text.of("LCPエコー失敗回数", "LCP echo failures"), values, errors,
                "inputmode=\"numeric\"");
        b.append("</fieldset>\n");
    }

    private static void text(Exchange ex, StringBuilder b, PppoeSessionView s, String field, Text label,
                             Map<String, String> values, Map<String, Text> errors, String attrs) {
        String key = "pppoe." + s.session() + "." + field;
        b.append("<p>").append(FormHtml.input(ex, "text", "pppoe-" + s.session() + "-" + field, key, label,
                values.getOrDefault(key, ""), errors, attrs)).append("</p>\n");
    }

    /** The live part (refreshed by app.js): 状態 in the guide's words, address, next retry. */
    private static void live(Exchange ex, StringBuilder b, PppoeSessionView s) {
        String id = "pppoe-" + s.session() + "-";
        b.append("<p id=\"").append(id).append("live\" class=\"session-state\" data-live>")
                .append(Html.escape(ex.t(Text.of("状態", "State")))).append(": <span id=\"").append(id)
                .append("state\" class=\"ppp-").append(s.state().id()).append("\" data-state=\"").append(s.state().id())
                .append("\">").append(Html.escape(ex.t(Text.of(s.state().ja(), s.state().en())))).append("</span>");
        if (s.state() == PppState.CONNECTED && s.address() != null) {
            b.append(" <span id=\"").append(id).append("address\">").append(Html.escape(s.address())).append("</span>");
        }
        if (s.retryAt() != null && s.state().retryingAfterError()) {
            b.append(" <span id=\"").append(id).append("retry\">")
                    .append(Html.escape(ex.t(Text.of("次回再試行: ", "next attempt: ")) + Layout.time(ex, s.retryAt())))
                    .append("</span>");
        }
        b.append("</p>\n");
    }
}
