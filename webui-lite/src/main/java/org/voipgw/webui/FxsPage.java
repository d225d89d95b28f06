package org.voipgw.webui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.voipgw.led.Text;

/**
 * FXSポート設定 (Ⅲ/Ⅳ only; 404 on models without FXS ports): per port ナンバー・ディスプレイ on/off and a
 * digit map override (issue 11, Web UI), saved all-or-nothing through the device with the stale-form check
 * of the other settings pages; and, read-only, the analog levels with the guide's note and its FAX advice.
 *
 * <p>The texts follow the guide: the analog ports' default send −4 dB / receive −12 dB (※3, guide 5003);
 * gains changed only by a configuration job ordered from the carrier (guide 4951–4955); G3 only (guide 5014);
 * FAX machine at −8 dB / −8 dB (guide 4982–4997); echo canceller 自動設定 on Ⅲ～Ⅶ (※1, guide 5001). The
 * figures themselves come from the device ({@link FxsLevels}, from the model's spec sheet).
 */
final class FxsPage extends PageHandler {
    static final String PATH = "/fxs";
    static final Text TITLE = Text.of("FXSポート設定", "FXS port settings");
    private final Object saving = new Object();

    FxsPage(Web web) {
        super(web, PATH);
    }

    @Override
    void get(Exchange ex) {
        if (web.device().model().fxsPorts() == 0) {
            ex.sendText(404, "not found");
            return;
        }
        Text notice = ex.query("saved").isPresent() ? Text.of("設定を保存しました。", "Settings saved.") : null;
        render(ex, 200, FxsForm.stored(web.device().fxsPortSettings()), notice, "save-message", false);
    }

    @Override
    void post(Exchange ex, Form form) {
        if (web.device().model().fxsPorts() == 0) {
            ex.sendText(404, "not found");
            return;
        }
        if (!form.getOrEmpty("action").equals("save")) {
            throw new HttpError(400, "unknown action");
        }
        synchronized (saving) {
            List<FxsPortSettingsView> stored = web.device().fxsPortSettings();
            if (!form.getOrEmpty("version").equals(FxsForm.version(stored))) {
                render(ex, 409, FxsForm.stored(stored), PppoePage.CHANGED_MEANWHILE, "stale-message", true);
                return;
            }
            FxsForm typed = FxsForm.submitted(stored, form);
            Map<String, String> changes = typed.changes(stored);
            List<FieldError> refused = changes.isEmpty() ? List.of() : web.device().applySettings(changes);
            if (refused.isEmpty()) {
                ex.redirect(PATH + "?saved=1");
                return;
            }
            typed.reject(refused);
            render(ex, 400, typed, null, "save-message", false);
        }
    }

    private void render(Exchange ex, int status, FxsForm form, Text notice, String noticeId, boolean error) {
        PageView v = new PageView(ex);
        Optional<FxsLevels> levels = web.device().fxsLevels();
        ex.sendHtml(status, Pages.html(o -> JtefxsGenerated.render(o, null, v, form, levels.orElse(null), notice,
                noticeId, error)));
    }
}
