package org.voipgw.agent.panel;

import java.util.List;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampFamily;
import org.voipgw.led.LampPanel;
import org.voipgw.led.LampState;

/**
 * Draws a lamp panel as the front of the box, in ANSI colour (a pure function of the panel and
 * the blink phase). Ⅷ: one row POWER … CLK (guide 4306); the family: the front row POWER … CLK and
 * the rear LAN link/speed lamps (guide 4647–4669, 4827–4864, "前面"/"背面").
 */
public final class TerminalPanel {
    private static final String RESET = "\u001b[0m";
    private static final String DIM = "\u001b[90m";

    private TerminalPanel() {
    }

    public static List<String> render(GatewayModel model, LampPanel panel, boolean phaseOn, boolean colour) {
        String title = model.roman() + " " + model.device();
        if (panel.family() == LampFamily.VIII) {
            List<Lamp> front = LampFamily.VIII.lamps();
            return List.of(
                    "┌─ " + title + " " + "─".repeat(Math.max(1, 6 * front.size() - title.length() - 3)) + "┐",
                    "│" + row(front, panel, phaseOn, colour, true) + "│",
                    "│" + row(front, panel, phaseOn, colour, false) + "│",
                    "└" + "─".repeat(6 * front.size()) + "┘");
        }
        List<Lamp> front = List.of(Lamp.POWER, Lamp.INIT, Lamp.ALARM, Lamp.CONFIG, Lamp.PPP, Lamp.VOIP, Lamp.WAN, Lamp.CLK);
        List<Lamp> rearLink = Lamp.LAN_LINK;
        List<Lamp> rearSpeed = Lamp.LAN_SPEED;
        int w = 6 * front.size();
        return List.of(
                "┌─ " + title + " 前面/front " + "─".repeat(Math.max(1, w - title.length() - 14)) + "┐",
                "│" + row(front, panel, phaseOn, colour, true) + "│",
                "│" + row(front, panel, phaseOn, colour, false) + "│",
                "├─ 背面/rear: LANリンク(link) / LANスピード(speed) " + "─".repeat(Math.max(1, w - 43)) + "┤",
                "│" + pad(row(rearLink, panel, phaseOn, colour, true) + row(rearSpeed, panel, phaseOn, colour, true), w, colour) + "│",
                "│" + pad(row(rearLink, panel, phaseOn, colour, false) + row(rearSpeed, panel, phaseOn, colour, false), w, colour) + "│",
                "└" + "─".repeat(w) + "┘");
    }

    private static String row(List<Lamp> lamps, LampPanel panel, boolean phaseOn, boolean colour, boolean bulbs) {
        StringBuilder sb = new StringBuilder();
        for (Lamp l : lamps) {
            if (bulbs) {
                LampState s = panel.get(l);
                boolean lit = s.litAt(phaseOn);
                String bulb = lit ? "●" : "○";
                String cell = "  " + bulb + "   ";
                sb.append(colour ? (lit ? ansi(s) : DIM) + cell + RESET : cell);
            } else {
                String name = l.printed().replace("-SPEED", "s");
                sb.append(String.format("%-6s", name.length() > 6 ? name.substring(0, 6) : name));
            }
        }
        return sb.toString();
    }

    private static String pad(String s, int width, boolean colour) {
        int visible = s.replaceAll("\u001b\\[[0-9;]*m", "").length();
        return s + " ".repeat(Math.max(0, width - visible));
    }

    private static String ansi(LampState s) {
        return switch (s.colour()) {
            case GREEN -> "\u001b[1;32m";
            case RED -> "\u001b[1;31m";
            case ORANGE -> "\u001b[1;38;5;208m";
            case NONE -> DIM;
        };
    }

    /** One line per lamp, for logs and non-colour terminals: {@code POWER=green INIT=off …}. */
    public static String summary(LampPanel panel) {
        StringBuilder sb = new StringBuilder();
        panel.byPrintedName().forEach((k, v) -> sb.append(k).append('=').append(v).append(' '));
        return sb.toString().trim();
    }
}
