package org.voipgw.webui;

import java.io.IOException;
import org.voipgw.led.Text;

/** ログ: the device's recent log lines, newest last, escaped (log lines quote user input). */
final class LogPage extends PageHandler {
    static final int LINES = 200;

    LogPage(Web web) {
        super(web, "/log");
    }

    @Override
    void get(Exchange ex) throws IOException {
        StringBuilder b = new StringBuilder(16384);
        b.append("<p class=\"hint\">").append(Html.escape(ex.t(Text.of("最新" + LINES + "行まで", "Up to the last " + LINES + " lines"))))
                .append("</p>\n<pre id=\"device-log\" class=\"log\">");
        for (String line : web.device().recentLog(LINES)) {
            b.append(Html.escape(line)).append('\n');
        }
        b.append("</pre>\n");
        ex.sendHtml(200, Layout.page(ex, "log", Words.LOG, b.toString()));
    }
}
