package org.voipgw.webui;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.voipgw.led.Language;
import org.voipgw.led.Text;

/** トップページ: model, firmware version, uptime and the live lamp panel. */
final class TopPage extends PageHandler {
    TopPage(Web web) {
        super(web, "/");
    }

    @Override
    void get(Exchange ex) throws IOException {
        GatewayView d = web.device();
        ModelInfo m = d.model();
        StringBuilder b = new StringBuilder(8192);
        b.append("<table id=\"facts\" class=\"facts\" data-live>\n");
        row(ex, b, "model", Text.of("機種", "Model"), m.roman() + ex.t(Text.of("型", "")) + " (" + m.device() + ")");
        row(ex, b, "firmware", Text.of("ファームウェアバージョン", "Firmware version"), d.firmwareVersion());
        row(ex, b, "uptime", Text.of("稼働時間", "Uptime"), uptime(ex.lang(), d.uptime()));
        for (IsdnPortView p : d.isdnPorts()) {
            row(ex, b, "isdn-" + p.port(), Text.of(p.port().toUpperCase(Locale.ROOT) + " Dチャネル",
                    p.port().toUpperCase(Locale.ROOT) + " D channel"), dataLink(p));
        }
        b.append("</table>\n<h2>").append(Html.escape(ex.t(Text.of("ランプ表示", "Lamps")))).append("</h2>\n")
                .append("<p class=\"hint\">").append(Html.escape(ex.t(Text.of(
                        "ランプを押すと意味と対処方法を表示します。", "Tap a lamp to see what it means and what to do."))))
                .append("</p>\n")
                .append(LampPanelHtml.render(ex, d.lamps(), d.lampExplainer()));
        ex.sendHtml(200, Layout.page(ex, "top", Words.TOP, b.toString()));
    }

    private static void row(Exchange ex, StringBuilder b, String id, Text label, String value) {
        b.append("<tr><th>").append(Html.escape(ex.t(label))).append("</th><td id=\"").append(id).append("\">")
                .append(Html.escape(value)).append("</td></tr>\n");
    }

    /** e.g. "udp:127.0.0.1:40000>127.0.0.1:40001 · L1 OK · L2 TEI 0 MULTIPLE_FRAME_ESTABLISHED · 2 calls". */
    static String dataLink(IsdnPortView p) {
        StringBuilder s = new StringBuilder(p.transport());
        if (p.transportError() != null) {
            s.append(" (").append(p.transportError()).append(')');
        }
        s.append(" · L1 ").append(p.layer1()).append(" · L2 ");
        if (p.links().isEmpty()) {
            s.append("-");
        }
        for (IsdnPortView.DataLink l : p.links()) {
            s.append("TEI ").append(l.tei()).append(' ').append(l.state()).append(' ');
        }
        return s.toString().strip() + " · " + p.calls() + " calls";
    }

    static String uptime(Language lang, Duration up) {
        long days = up.toDays();
        String hms = String.format("%02d:%02d:%02d", up.toHoursPart(), up.toMinutesPart(), up.toSecondsPart());
        return lang == Language.JA ? days + "日 " + hms : days + " d " + hms;
    }
}
