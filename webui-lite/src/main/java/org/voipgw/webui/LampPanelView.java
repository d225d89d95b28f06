package org.voipgw.webui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.voipgw.led.CatalogueRow;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampFamily;
import org.voipgw.led.LampPanel;
import org.voipgw.led.LampState;
import org.voipgw.led.Text;

/**
 * The front panel drawn like the box, as data for {@code top.jte}: one CSS lamp per printed lamp, in
 * panel order, lit in its colour and blinking by CSS animation. Each lamp is the summary of a
 * {@code <details>}, so its meaning shows on hover (title) and on tap (opens). Lamps in an abnormal
 * state are also listed under the panel with the guide's cause and remedy, open to read without
 * tapping — that list is what a field engineer on the phone with the user needs first.
 */
record LampPanelView(String family, List<Face> faces, List<Cell> alerts) {

    /** A face of the box and the lamps on it, as the guide draws them. */
    record Face(Text name, List<Cell> cells) {
    }

    /** One lamp: ids, CSS, the state id app.js reads, the hover title and the catalogue's rows. */
    record Cell(String id, String printed, String cssClass, String state, String title, String wording,
                boolean abnormal, List<CatalogueRow> rows) {
    }

    static LampPanelView of(Exchange ex, LampPanel panel, LampExplainer explainer) {
        List<Face> faces = new ArrayList<>();
        List<Cell> alerts = new ArrayList<>();
        for (FaceLamps f : faces(panel.family())) {
            List<Cell> cells = new ArrayList<>();
            for (Lamp lamp : f.lamps()) {
                Cell c = cell(ex, panel, explainer, lamp);
                cells.add(c);
                if (c.abnormal()) {
                    alerts.add(c);
                }
            }
            faces.add(new Face(f.name(), cells));
        }
        return new LampPanelView(panel.family().name(), faces, alerts);
    }

    /** CSS classes for a state; app.js computes the same from the state id when it refreshes. */
    static String cssClass(LampState s) {
        String colour = s == LampState.OFF ? "off" : s.colour().name().toLowerCase(Locale.ROOT);
        return "lamp c-" + colour + (s.blinking() ? " blink" : "");
    }

    private static Cell cell(Exchange ex, LampPanel panel, LampExplainer explainer, Lamp lamp) {
        LampState state = panel.get(lamp);
        List<CatalogueRow> rows = explainer.explain(panel.family(), lamp, state);
        String wording = lamp.printed() + " " + state.guideWording();
        String meanings = rows.stream().map(r -> ex.t(r.meaning())).collect(Collectors.joining(" / "));
        return new Cell("lamp-" + lamp.printed(), lamp.printed(), cssClass(state), state.id(),
                meanings.isEmpty() ? wording : wording + ": " + meanings, wording,
                rows.stream().anyMatch(r -> !r.normal()), rows);
    }

    private record FaceLamps(Text name, List<Lamp> lamps) {
    }

    /**
     * Ⅷ: one row on the front (guide 4306–4330). The family: the front lamps ①–⑧ (4647–4680) and,
     * on the rear, the LAN link and LAN speed lamps ×4 (the table's "背面" rows, 4822–4846).
     */
    private static List<FaceLamps> faces(LampFamily family) {
        if (family == LampFamily.VIII) {
            return List.of(new FaceLamps(Text.of("前面", "Front"), family.lamps()));
        }
        return List.of(
                new FaceLamps(Text.of("前面", "Front"), List.of(Lamp.POWER, Lamp.INIT, Lamp.ALARM, Lamp.CONFIG, Lamp.PPP,
                        Lamp.VOIP, Lamp.WAN, Lamp.CLK)),
                new FaceLamps(Text.of("背面 LANリンク", "Rear: LAN link"), Lamp.LAN_LINK),
                new FaceLamps(Text.of("背面 LANスピード", "Rear: LAN speed"), Lamp.LAN_SPEED));
    }
}
