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
final class FxsPage extends SettingsPage<List<FxsPortSettingsView>, FxsForm> {
    static final String PATH = "/fxs";
    static final Text TITLE = Text.of("FXSポート設定", "FXS port settings");

    FxsPage(Web web) {
        super(web, PATH, () -> web.device().fxsPortSettings(), FxsForm::stored, FxsForm::submitted);
    }

    /** Ⅵ/Ⅶ/Ⅷ have no FXS ports: the page does not exist there. */
    @Override
    boolean serves(String requestPath) {
        return super.serves(requestPath) && web.device().model().fxsPorts() > 0;
    }

    @Override
    List<FieldError> apply(FxsForm typed, List<FxsPortSettingsView> stored) {
        Map<String, String> changes = typed.changes(stored);
        return changes.isEmpty() ? List.of() : web.device().applySettings(changes);
    }

    @Override
    void render(Exchange ex, int status, FxsForm form, Text notice, String noticeId, boolean error) {
        PageView v = new PageView(ex);
        Optional<FxsLevels> levels = web.device().fxsLevels();
        ex.sendHtml(status, Pages.html(o -> JtefxsGenerated.render(o, null, v, form, levels.orElse(null), notice,
                noticeId, error)));
    }
}
