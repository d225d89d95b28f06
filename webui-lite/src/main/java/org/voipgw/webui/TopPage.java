package org.voipgw.webui;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.voipgw.led.Language;
import org.voipgw.led.Text;

/** トップページ: model, firmware version, uptime, each ISDN port's D channel and the live lamp panel. */
final class TopPage extends PageHandler {
    /** One fact row per ISDN port: its D channel (issue 12). */
    record IsdnRow(String id, Text label, String value) {
    }

    TopPage(Web web) {
        super(web, "/");
    }

    @Override
    void get(Exchange ex) {
        GatewayView d = web.device();
        ModelInfo m = d.model();
        String model = m.roman() + ex.t(Text.of("型", "")) + " (" + m.device() + ")";
        LampPanelView panel = LampPanelView.of(ex, d.lamps(), d.lampExplainer());
        PageView v = new PageView(ex);
        List<IsdnRow> isdn = d.isdnPorts().stream().map(p -> new IsdnRow("isdn-" + p.port(),
                Text.of(p.port().toUpperCase(Locale.ROOT) + " Dチャネル", p.port().toUpperCase(Locale.ROOT) + " D channel"),
                dataLink(p))).toList();
        ex.sendHtml(200, Pages.html(o -> JtetopGenerated.render(o, null, v, model, d.firmwareVersion(),
                uptime(ex.lang(), d.uptime()), isdn, panel)));
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
