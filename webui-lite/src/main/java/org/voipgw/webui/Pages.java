package org.voipgw.webui;

import gg.jte.html.HtmlTemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import java.util.function.Consumer;

/**
 * Renders a precompiled template. The templates under {@code src/main/jte} are compiled to classes of
 * this package by the jte Maven plugin (content type Html: every {@code ${…}} is escaped for where it
 * stands — text, attribute — by jte's OWASP-based output), and pages call their static {@code render}
 * methods directly: no template loading, no reflection at run time.
 */
final class Pages {
    private Pages() {
    }

    static String html(Consumer<HtmlTemplateOutput> template) {
        StringOutput out = new StringOutput(16 * 1024);
        template.accept(new OwaspHtmlTemplateOutput(out));
        return out.toString();
    }
}
