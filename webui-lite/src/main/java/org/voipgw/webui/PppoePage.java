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
 * ({@link PppoeForm}), saved all-or-nothing through the device, and per session its live state and
 * 接続 / 切断 buttons.
 *
 * <p>The buttons belong to a second, separate form (HTML {@code form} attribute), so pressing Enter in
 * a field saves instead of connecting session 1, and connecting never submits half-edited settings. A
 * save from a form drawn before another save (a second tab) is refused with 409 and the current values.
 */
final class PppoePage extends PageHandler {
    private static final Pattern ACTION = Pattern.compile("(connect|disconnect)-([1-5])");
    static final Text CHANGED_MEANWHILE = Text.of(
            "他の画面で設定が変更されました。保存していません。現在の設定を表示しています。確認してからもう一度入力してください。",
            "The settings were changed in another window meanwhile. Nothing was saved; the current settings are shown. "
                    + "Check them and enter your changes again.");
    /** Check-and-apply of a save is one step, so two tabs saving at once cannot both pass the version check. */
    private final Object saving = new Object();

    PppoePage(Web web) {
        super(web, "/pppoe");
    }

    @Override
    void get(Exchange ex) {
        Text notice = ex.query("saved").isPresent() ? Text.of("設定を保存しました。", "Settings saved.")
                : ex.query("done").map(PppoePage::actionDone).orElse(null);
        String id = ex.query("saved").isPresent() ? "save-message" : "action-message";
        render(ex, 200, PppoeForm.stored(web.device().pppoeSessions()), notice, id, false);
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
                render(ex, 409, PppoeForm.stored(web.device().pppoeSessions()), refused.get(), "action-error", true);
            } else {
                ex.redirect("/pppoe?done=" + action);
            }
            return;
        }
        if (!action.equals("save")) {
            throw new HttpError(400, "unknown action");
        }
        synchronized (saving) {
            List<PppoeSessionView> sessions = web.device().pppoeSessions();
            if (!form.getOrEmpty("version").equals(PppoeForm.version(sessions))) {
                render(ex, 409, PppoeForm.stored(sessions), CHANGED_MEANWHILE, "stale-message", true);
                return;
            }
            PppoeForm typed = PppoeForm.submitted(sessions, form);
            if (!typed.hasErrors()) {
                Map<String, String> changes = typed.changes(sessions);
                List<FieldError> refused = changes.isEmpty() ? List.of() : web.device().applySettings(changes);
                if (refused.isEmpty()) {
                    ex.redirect("/pppoe?saved=1");
                    return;
                }
                typed.reject(refused);
            }
            render(ex, 400, typed, null, "save-message", false);
        }
    }

    private static Text actionDone(String action) {
        Matcher m = ACTION.matcher(action);
        if (!m.matches()) {
            return null;
        }
        return m.group(1).equals("connect")
                ? Text.of("接続先" + m.group(2) + "の接続を開始しました。", "Session " + m.group(2) + " is connecting.")
                : Text.of("接続先" + m.group(2) + "を切断しました。", "Session " + m.group(2) + " was disconnected.");
    }

    private void render(Exchange ex, int status, PppoeForm form, Text notice, String noticeId, boolean error) {
        PageView v = new PageView(ex);
        ex.sendHtml(status, Pages.html(o -> JtepppoeGenerated.render(o, null, v, form, notice, noticeId, error)));
    }
}
