package org.voipgw.webui;

import java.time.Duration;
import org.voipgw.led.Language;
import org.voipgw.led.Text;

/** トップページ: model, firmware version, uptime and the live lamp panel. */
final class TopPage extends PageHandler {
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
        ex.sendHtml(200, Pages.html(o -> JtetopGenerated.render(o, null, v, model, d.firmwareVersion(),
                uptime(ex.lang(), d.uptime()), panel)));
    }

    static String uptime(Language lang, Duration up) {
        long days = up.toDays();
        String hms = String.format("%02d:%02d:%02d", up.toHoursPart(), up.toMinutesPart(), up.toSecondsPart());
        return lang == Language.JA ? days + "日 " + hms : days + " d " + hms;
    }
}
