package org.voipgw.webui;

import java.util.List;

/** ログ: the device's recent log lines, newest last, escaped by the template (log lines quote user input). */
final class LogPage extends PageHandler {
    static final int LINES = 200;

    LogPage(Web web) {
        super(web, "/log");
    }

    @Override
    void get(Exchange ex) {
        List<String> lines = web.device().recentLog(LINES);
        PageView v = new PageView(ex);
        ex.sendHtml(200, Pages.html(o -> JtelogGenerated.render(o, null, v, lines, LINES)));
    }
}
