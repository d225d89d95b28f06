package org.voipgw.led;

import java.util.Objects;

/** A phrase in the users' language (Japanese, as the guide words it) with its English alongside. */
public record Text(String ja, String en) {
    public Text {
        Objects.requireNonNull(ja, "ja");
        Objects.requireNonNull(en, "en");
    }

    public static Text of(String ja, String en) {
        return new Text(ja, en);
    }

    public String in(Language lang) {
        return lang == Language.JA ? ja : en;
    }
}
