package org.voipgw.webui;

import java.util.Locale;
import java.util.Optional;
import org.voipgw.led.CatalogueRow;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampPanel;
import org.voipgw.led.LampState;
import org.voipgw.led.Text;

/**
 * The front panel drawn like the box: one CSS lamp per printed lamp, in panel order, lit in its
 * colour and blinking by CSS animation. Each lamp is the summary of a {@code <details>}, so its
 * meaning shows on hover (title) and on tap (opens); abnormal states add the guide's cause and remedy.
 */
final class LampPanelHtml {
    private LampPanelHtml() {
    }

    static String render(Exchange ex, LampPanel panel, LampExplainer explainer) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<div id=\"lamp-panel\" class=\"panel family-").append(panel.family().name())
                .append("\" data-live>\n");
        for (Lamp lamp : panel.family().lamps()) {
            LampState state = panel.get(lamp);
            Optional<CatalogueRow> row = explainer.explain(panel.family(), lamp, state);
            boolean abnormal = row.map(r -> !r.normal()).orElse(false);
            String id = "lamp-" + lamp.printed();
            String wording = lamp.printed() + " " + state.guideWording();
            String meaning = row.map(r -> ex.t(r.meaning())).orElse("");
            b.append("<details class=\"lamp-cell").append(abnormal ? " abnormal" : "").append("\" id=\"")
                    .append(Html.escape(id)).append("-info\">")
                    .append("<summary><span id=\"").append(Html.escape(id)).append("\" class=\"")
                    .append(cssClass(state)).append("\" data-state=\"").append(state.id()).append("\" title=\"")
                    .append(Html.escape(meaning.isEmpty() ? wording : wording + ": " + meaning)).append("\"></span>")
                    .append("<span class=\"lamp-name\">").append(Html.escape(lamp.printed())).append("</span></summary>\n")
                    .append("<div class=\"explain\"><p class=\"lamp-state\">").append(Html.escape(wording)).append("</p>");
            row.ifPresent(r -> explanation(ex, r, b));
            b.append("</div></details>\n");
        }
        b.append("</div>\n");
        return b.toString();
    }

    /** CSS classes for a state; app.js computes the same from the state id when it refreshes. */
    static String cssClass(LampState s) {
        String colour = s == LampState.OFF ? "off" : s.colour().name().toLowerCase(Locale.ROOT);
        return "lamp c-" + colour + (s.blinking() ? " blink" : "");
    }

    private static void explanation(Exchange ex, CatalogueRow r, StringBuilder b) {
        b.append("<p class=\"meaning\">").append(Html.escape(ex.t(r.meaning()))).append("</p>");
        if (r.normal()) {
            return;
        }
        if (r.cause() != null) {
            b.append("<p class=\"cause\"><strong>")
                    .append(Html.escape(ex.t(Text.of("想定される要因", "Likely cause")))).append(":</strong> ")
                    .append(Html.escape(ex.t(r.cause()))).append("</p>");
        }
        if (!r.remedy().isEmpty()) {
            b.append("<p class=\"remedy-title\"><strong>")
                    .append(Html.escape(ex.t(Text.of("対処方法", "What to do")))).append(":</strong></p><ol class=\"remedy\">");
            for (Text step : r.remedy()) {
                b.append("<li>").append(Html.escape(ex.t(step))).append("</li>");
            }
            b.append("</ol>");
        }
    }
}
