package org.voipgw.webui;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** {@code /static/app.css}, {@code app.js} and {@code favicon.svg}, from the jar; nothing else is served from there. */
final class StaticFiles extends PageHandler {
    private static final Map<String, String> TYPES = Map.of(
            "/static/app.css", "text/css; charset=utf-8",
            "/static/app.js", "text/javascript; charset=utf-8",
            "/static/favicon.svg", "image/svg+xml");

    StaticFiles(Web web) {
        super(web, "/static/");
    }

    @Override
    boolean loginRequired() {
        return false;
    }

    @Override
    boolean serves(String requestPath) {
        return TYPES.containsKey(requestPath);
    }

    @Override
    void get(Exchange ex) throws IOException {
        String type = TYPES.get(ex.path());
        String name = ex.path().substring("/static/".length());
        try (InputStream in = StaticFiles.class.getResourceAsStream("static/" + name)) {
            if (in == null) {
                ex.sendText(404, "not found");
                return;
            }
            ex.send(200, type, in.readAllBytes());
        }
    }
}
