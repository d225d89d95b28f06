package org.voipgw.led.diagnose;

import java.util.List;
import java.util.Objects;
import org.voipgw.led.Language;
import org.voipgw.led.Text;

/**
 * Bad input to a diagnosis — a lamp not on the panel, a state the lamp cannot show, a lamp given twice —
 * said in both languages, with the values that are valid. {@link #getMessage()} is the English.
 */
public final class DiagnosisRefusal extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Text text;
    private final List<String> valid;

    public DiagnosisRefusal(Text text, List<String> valid) {
        super(Objects.requireNonNull(text, "text").en());
        this.text = text;
        this.valid = List.copyOf(valid);
    }

    /** What was wrong and what is valid, in both languages. */
    public Text text() {
        return text;
    }

    public String in(Language lang) {
        return text.in(lang);
    }

    /** The valid values (lamp names, state ids, …), as a tool would pass them. */
    public List<String> valid() {
        return valid;
    }
}
