package org.voipgw.webui;

import java.io.IOException;
import java.time.Duration;
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

    static String uptime(Language lang, Duration up) {
        long days = up.toDays();
        String hms = String.format("%02d:%02d:%02d", up.toHoursPart(), up.toMinutesPart(), up.toSecondsPart());
        return lang == Language.JA ? days + "日 " + hms : days + " d " + hms;
    }
}
