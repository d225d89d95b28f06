package org.voipgw.webui;

/**
 * The one HTML escaper. Everything not written literally by this module goes through
 * {@link #escape}, in text and in (always double-quoted) attribute values alike, so user input such
 * as {@code <script>} or {@code " onmouseover=} can never become markup.
 */
public final class Html {
    private Html() {
    }

    /** Escapes {@code & < > " '}; null becomes "". Safe in element text and in quoted attributes. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (rep != null) {
                    b.append(rep);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }
}
