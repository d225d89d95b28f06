package org.voipgw.webui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.voipgw.led.CatalogueRow;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampPanel;
import org.voipgw.led.LampState;
import org.voipgw.led.Text;
import org.voipgw.led.LampFamily;

/**
 * The front panel drawn like the box: one CSS lamp per printed lamp, in panel order, lit in its
 * colour and blinking by CSS animation. Each lamp is the summary of a {@code <details>}, so its
 * meaning shows on hover (title) and on tap (opens). Lamps in an abnormal state are also listed under
 * the panel with the guide's cause and remedy, open to read without tapping — that list is what a
 * field engineer on the phone with the user needs first.
 */
final class LampPanelHtml {
    private LampPanelHtml() {
    }

    static String render(Exchange ex, LampPanel panel, LampExplainer explainer) {
        StringBuilder b = new StringBuilder(4096);
        StringBuilder alerts = new StringBuilder();
        b.append("<div id=\"lamp-panel\" class=\"panel family-").append(panel.family().name())
                .append("\" data-live>\n");
        for (Face face : faces(panel.family())) {
            b.append("<div class=\"face\"><div class=\"face-name\">").append(Html.escape(ex.t(face.name())))
                    .append("</div><div class=\"face-lamps\">\n");
            renderLamps(ex, panel, explainer, face.lamps(), b, alerts);
            b.append("</div></div>\n");
        }
        b.append("</div>\n<div id=\"lamp-alerts\" data-live>");
        if (!alerts.isEmpty()) {
            b.append("<h2>").append(Html.escape(ex.t(Text.of("確認が必要なランプ", "Lamps that need attention"))))
                    .append("</h2>\n<ul class=\"alerts\">\n").append(alerts).append("</ul>");
        }
        b.append("</div>\n");
        return b.toString();
    }

    /** A face of the box and the lamps on it, as the guide draws them. */
    private record Face(Text name, List<Lamp> lamps) {
    }

    /**
     * Ⅷ: one row on the front (guide 4306–4330). The family: the front lamps ①–⑧ (4647–4680) and,
     * on the rear, the LAN link and LAN speed lamps ×4 (the table's "背面" rows, 4822–4846).
     */
    private static List<Face> faces(LampFamily family) {
        if (family == LampFamily.VIII) {
            return List.of(new Face(Text.of("前面", "Front"), family.lamps()));
        }
        return List.of(
                new Face(Text.of("前面", "Front"), List.of(Lamp.POWER, Lamp.INIT, Lamp.ALARM, Lamp.CONFIG, Lamp.PPP,
                        Lamp.VOIP, Lamp.WAN, Lamp.CLK)),
                new Face(Text.of("背面 LANリンク", "Rear: LAN link"), Lamp.LAN_LINK),
                new Face(Text.of("背面 LANスピード", "Rear: LAN speed"), Lamp.LAN_SPEED));
    }

    private static void renderLamps(Exchange ex, LampPanel panel, LampExplainer explainer, List<Lamp> lamps,
                                    StringBuilder b, StringBuilder alerts) {
        for (Lamp lamp : lamps) {
            LampState state = panel.get(lamp);
            List<CatalogueRow> rows = explainer.explain(panel.family(), lamp, state);
            boolean abnormal = rows.stream().anyMatch(r -> !r.normal());
            String id = "lamp-" + lamp.printed();
            String wording = lamp.printed() + " " + state.guideWording();
            String meanings = rows.stream().map(r -> ex.t(r.meaning())).collect(Collectors.joining(" / "));
            b.append("<details class=\"lamp-cell").append(abnormal ? " abnormal" : "").append("\" id=\"")
                    .append(Html.escape(id)).append("-info\">")
                    .append("<summary><span id=\"").append(Html.escape(id)).append("\" class=\"")
                    .append(cssClass(state)).append("\" data-state=\"").append(state.id()).append("\" title=\"")
                    .append(Html.escape(meanings.isEmpty() ? wording : wording + ": " + meanings)).append("\"></span>")
                    .append("<span class=\"lamp-name\">").append(Html.escape(lamp.printed())).append("</span></summary>\n");
            String explained = explanation(ex, wording, rows);
            b.append(explained).append("</details>\n");
            if (abnormal) {
                alerts.append("<li id=\"").append(Html.escape(id)).append("-alert\">").append(explained).append("</li>\n");
            }
        }
    }

    /** CSS classes for a state; app.js computes the same from the state id when it refreshes. */
    static String cssClass(LampState s) {
        String colour = s == LampState.OFF ? "off" : s.colour().name().toLowerCase(Locale.ROOT);
        return "lamp c-" + colour + (s.blinking() ? " blink" : "");
    }

    private static String explanation(Exchange ex, String wording, List<CatalogueRow> rows) {
        StringBuilder b = new StringBuilder(512);
        b.append("<div class=\"explain\"><p class=\"lamp-state\">").append(Html.escape(wording)).append("</p>");
        for (CatalogueRow r : rows) {
            b.append("<p class=\"meaning\">").append(Html.escape(ex.t(r.meaning())));
            if (r.notProvided()) {
                b.append(Html.escape(ex.t(Text.of("（未提供）", " (not provided)"))));
            }
            b.append("</p>");
            if (r.normal()) {
                continue;
            }
            if (r.cause() != null) {
                b.append("<p class=\"cause\"><strong>")
                        .append(Html.escape(ex.t(Text.of("想定される要因", "Likely cause")))).append(":</strong> ")
                        .append(Html.escape(ex.t(r.cause()))).append("</p>");
            }
            List<String> steps = new ArrayList<>();
            r.remedy().forEach(step -> steps.add("<li>" + Html.escape(ex.t(step)) + "</li>"));
            if (!steps.isEmpty()) {
                b.append("<p class=\"remedy-title\"><strong>")
                        .append(Html.escape(ex.t(Text.of("対処方法", "What to do")))).append(":</strong></p><ol class=\"remedy\">")
                        .append(String.join("", steps)).append("</ol>");
            }
        }
        return b.append("</div>").toString();
    }
}
