package org.voipgw.webui;

import java.util.List;
import org.voipgw.led.Text;

/**
 * 着信番号変換 (the guide's spec sheets: "着信番号変換 10番号"): the 10 rows from → to in one form, saved
 * all-or-nothing through the device, which checks the table as a whole. A save from a form drawn before
 * another save (a second tab) is refused with 409 and the current table, as on the PPPoE page.
 */
final class ConversionPage extends PageHandler {
    static final String PATH = "/conversion";
    static final Text TITLE = Text.of("着信番号変換", "Incoming number conversion");
    /** Check-and-save is one step, so two tabs saving at once cannot both pass the version check. */
    private final Object saving = new Object();

    ConversionPage(Web web) {
        super(web, PATH);
    }

    @Override
    void get(Exchange ex) {
        Text notice = ex.query("saved").isPresent() ? Text.of("設定を保存しました。", "Settings saved.") : null;
        render(ex, 200, ConversionForm.stored(web.device().numberConversion()), notice, "save-message", false, List.of());
    }

    @Override
    void post(Exchange ex, Form form) {
        if (!form.getOrEmpty("action").equals("save")) {
            throw new HttpError(400, "unknown action");
        }
        synchronized (saving) {
            List<ConversionRow> stored = web.device().numberConversion();
            if (!form.getOrEmpty("version").equals(ConversionForm.version(stored))) {
                render(ex, 409, ConversionForm.stored(stored), PppoePage.CHANGED_MEANWHILE, "stale-message", true, List.of());
                return;
            }
            ConversionForm typed = ConversionForm.submitted(stored, form);
            List<FieldError> unplaced = List.of();
            if (!typed.hasErrors()) {
                List<FieldError> refused = typed.changes(stored) ? web.device().saveNumberConversion(typed.table()) : List.of();
                if (refused.isEmpty()) {
                    ex.redirect(PATH + "?saved=1");
                    return;
                }
                typed.reject(refused);
                unplaced = ConversionForm.unplaced(refused);
            }
            render(ex, 400, typed, null, "save-message", false, unplaced);
        }
    }

    private void render(Exchange ex, int status, ConversionForm form, Text notice, String noticeId, boolean error,
                        List<FieldError> unplaced) {
        PageView v = new PageView(ex);
        ex.sendHtml(status, Pages.html(o -> JteconversionGenerated.render(o, null, v, form, notice, noticeId, error,
                unplaced)));
    }
}
