package org.voipgw.webui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.voipgw.led.Text;

/**
 * The PPPoE settings at the model's menu path (Ⅷ 接続先設定＞接続先設定（PPPoE）, others ルータ設定＞
 * WANインターフェース設定＞接続先（PPPoE）): the five sessions' settings in one typed form
 * ({@link PppoeForm}), saved all-or-nothing through the device ({@link SettingsPage}: a save from a form
 * drawn before another save is refused with 409 and the current values), and per session its live state
 * and 接続 / 切断 buttons.
 *
 * <p>The buttons belong to a second, separate form (HTML {@code form} attribute), so pressing Enter in
 * a field saves instead of connecting session 1, and connecting never submits half-edited settings.
 */
final class PppoePage extends SettingsPage<List<PppoeSessionView>, PppoeForm> {
    private static final Pattern ACTION = Pattern.compile("(connect|disconnect)-([1-5])");

    PppoePage(Web web) {
        super(web, "/pppoe", () -> web.device().pppoeSessions(), PppoeForm::stored, PppoeForm::submitted);
    }

    @Override
    void get(Exchange ex) {
        Optional<Text> done = ex.query("done").map(PppoePage::actionDone);
        if (done.isPresent() && ex.query("saved").isEmpty()) {
            render(ex, 200, shown(stored()), done.get(), "action-message", false);
        } else {
            showStored(ex);
        }
    }

    @Override
    void post(Exchange ex, Form form) {
        String action = form.getOrEmpty("action");
        Matcher m = ACTION.matcher(action);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(2));
            Optional<Text> refused = m.group(1).equals("connect")
                    ? web.device().connectPppoe(n) : web.device().disconnectPppoe(n);
            if (refused.isPresent()) {
                render(ex, 409, shown(stored()), refused.get(), "action-error", true);
            } else {
                ex.redirect("/pppoe?done=" + action);
            }
            return;
        }
        if (!action.equals("save")) {
            throw new HttpError(400, "unknown action");
        }
        save(ex, form);
    }

    @Override
    List<FieldError> apply(PppoeForm typed, List<PppoeSessionView> stored) {
        Map<String, String> changes = typed.changes(stored);
        return changes.isEmpty() ? List.of() : web.device().applySettings(changes);
    }

    /** Null for an action word this page does not know (the notice is then left out). */
    private static Text actionDone(String action) {
        Matcher m = ACTION.matcher(action);
        if (!m.matches()) {
            return null;
        }
        return m.group(1).equals("connect")
                ? Text.of("接続先" + m.group(2) + "の接続を開始しました。", "Session " + m.group(2) + " is connecting.")
                : Text.of("接続先" + m.group(2) + "を切断しました。", "Session " + m.group(2) + " was disconnected.");
    }

    @Override
    void render(Exchange ex, int status, PppoeForm form, Text notice, String noticeId, boolean error) {
        PageView v = new PageView(ex);
        ex.sendHtml(status, Pages.html(o -> JtepppoeGenerated.render(o, null, v, form, notice, noticeId, error)));
    }
}
