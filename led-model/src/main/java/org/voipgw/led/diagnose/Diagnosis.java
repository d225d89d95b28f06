package org.voipgw.led.diagnose;

import java.util.List;
import java.util.Objects;
import org.voipgw.led.LampFamily;

/** The findings for the given lamps, in the order given, and the verdict (null when all are normal). */
public record Diagnosis(LampFamily family, List<LampFinding> findings, Verdict verdict) {
    public Diagnosis {
        Objects.requireNonNull(family, "family");
        findings = List.copyOf(findings);
    }
}
