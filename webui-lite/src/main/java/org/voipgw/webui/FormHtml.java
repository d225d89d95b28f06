package org.voipgw.webui;

import java.util.Map;
import org.voipgw.led.Text;

/**
 * Form controls with their error marking: a refused field gets {@code class="invalid"},
 * {@code aria-invalid} and an explanation right after it with id {@code <field id>-error}.
 */
final class FormHtml {
    private FormHtml() {
    }

    /** A labelled input; {@code value} null for password inputs (never echoed back). */
    static String input(Exchange ex, String type, String id, String name, Text label, String value,
                        Map<String, Text> errors, String attrs) {
        StringBuilder b = new StringBuilder(256);
        b.append("<label for=\"").append(id).append("\">").append(Html.escape(ex.t(label))).append("</label>");
        b.append("<input type=\"").append(type).append("\" id=\"").append(id).append("\" name=\"")
                .append(Html.escape(name)).append('"');
        if (value != null) {
            b.append(" value=\"").append(Html.escape(value)).append('"');
        }
        if (!attrs.isEmpty()) {
            b.append(' ').append(attrs);
        }
        Text error = errors.get(name);
        if (error != null) {
            b.append(" class=\"invalid\" aria-invalid=\"true\" aria-describedby=\"").append(id).append("-error\"");
        }
        b.append('>');
        b.append(error(ex, id, error));
        return b.toString();
    }

    /** The explanation next to a refused field, or "" when it was accepted. */
    static String error(Exchange ex, String id, Text error) {
        if (error == null) {
            return "";
        }
        return "<span class=\"field-error\" id=\"" + id + "-error\">" + Html.escape(ex.t(error)) + "</span>";
    }

    /** The note at the top of a refused form. */
    static String rejected(Exchange ex, Map<String, Text> errors) {
        if (errors.isEmpty()) {
            return "";
        }
        return "<p id=\"form-error\" class=\"error\" role=\"alert\">" + Html.escape(ex.t(Words.FORM_REJECTED)) + "</p>\n";
    }

    /** A confirmation note ({@code id} is stable for tests). */
    static String notice(Exchange ex, String id, Text text) {
        return "<p id=\"" + id + "\" class=\"notice\" role=\"status\">" + Html.escape(ex.t(text)) + "</p>\n";
    }
}
