package org.voipgw.webui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.voipgw.led.Language;
import org.voipgw.led.Text;

/**
 * トップページ: model, firmware version, uptime, each ISDN port's D channel, the firmware slots (which runs, what
 * each holds, the last image refused and why; issue 13) and the live lamp panel.
 */
final class TopPage extends PageHandler {
    /** One more fact row: an ISDN port's D channel (issue 12), a firmware slot (issue 13). */
    record FactRow(String id, Text label, String value) {
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
        List<FactRow> isdn = d.isdnPorts().stream().map(p -> new FactRow("isdn-" + p.port(),
                Text.of(p.port().toUpperCase(Locale.ROOT) + " Dチャネル", p.port().toUpperCase(Locale.ROOT) + " D channel"),
                dataLink(p))).toList();
        ex.sendHtml(200, Pages.html(o -> JtetopGenerated.render(o, null, v, model, d.firmwareVersion(),
                uptime(ex.lang(), d.uptime()), isdn, firmwareRows(ex, d.firmware()), panel)));
    }

    /** 起動スロット, スロットA/B and, once an image was refused, 拒否したファームウェア with the reason. */
    static List<FactRow> firmwareRows(Exchange ex, Optional<FirmwareView> firmware) {
        if (firmware.isEmpty()) {
            return List.of();
        }
        FirmwareView f = firmware.get();
        List<FactRow> rows = new ArrayList<>();
        rows.add(new FactRow("firmware-active-slot", Text.of("起動スロット", "Active slot"), f.active()));
        for (FirmwareView.SlotRow s : f.slots()) {
            StringBuilder v = new StringBuilder();
            if (s.version() != null) {
                v.append(s.version());
            }
            if (s.factory()) {
                v.append(ex.t(Text.of("（工場出荷時）", " (factory)")));
            }
            if (s.waiting()) {
                v.append(ex.t(Text.of("（再起動で更新）", " (applied at the next restart)")));
            }
            if (s.problem() != null) {
                v.append(v.isEmpty() ? "" : " ").append(ex.t(Text.of("使用不可: ", "not usable: "))).append(ex.t(s.problem()));
            }
            rows.add(new FactRow("firmware-slot-" + s.slot(), Text.of("スロット" + s.slot(), "Slot " + s.slot()),
                    v.isEmpty() ? "-" : v.toString()));
        }
        if (f.lastRefused() != null) {
            FirmwareView.Refused r = f.lastRefused();
            rows.add(new FactRow("firmware-refused", Text.of("拒否したファームウェア", "Refused firmware"),
                    r.version() + ": " + ex.t(r.reason()) + " (" + r.at() + ")"));
        }
        return rows;
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
