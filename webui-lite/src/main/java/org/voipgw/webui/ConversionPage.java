package org.voipgw.webui;

import java.util.List;
import org.voipgw.led.Text;

/**
 * 着信番号変換 (the guide's spec sheets: "着信番号変換 10番号"): the 10 rows from → to in one form, saved
 * all-or-nothing through the device, which checks the table as a whole ({@link SettingsPage}: stale forms
 * refused with 409, refused fields marked).
 */
final class ConversionPage extends SettingsPage<List<ConversionRow>, ConversionForm> {
    static final String PATH = "/conversion";
    static final Text TITLE = Text.of("着信番号変換", "Incoming number conversion");

    ConversionPage(Web web) {
        super(web, PATH, () -> web.device().numberConversion(), ConversionForm::stored, ConversionForm::submitted);
    }

    /** The whole table, when anything changed (an unchanged save writes nothing). */
    @Override
    List<FieldError> apply(ConversionForm typed, List<ConversionRow> stored) {
        List<ConversionRow> table = typed.table();
        return table.equals(stored) ? List.of() : web.device().saveNumberConversion(table);
    }

    @Override
    void render(Exchange ex, int status, ConversionForm form, Text notice, String noticeId, boolean error) {
        PageView v = new PageView(ex);
        ex.sendHtml(status, Pages.html(o -> JteconversionGenerated.render(o, null, v, form, notice, noticeId, error)));
    }
}
