package org.voipgw.led;

import java.util.Objects;

/** One remedy step as the guide prints it: its marker (①, ・, or "" where none is printed) and its text. */
public record RemedyStep(String marker, Text text) {
    public RemedyStep {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(text, "text");
    }

    /** e.g. "① 電源OFF/ONを行う", or the text alone where the guide prints no marker. */
    public String printed(Language lang) {
        return marker.isEmpty() ? text.in(lang) : marker + " " + text.in(lang);
    }
}
