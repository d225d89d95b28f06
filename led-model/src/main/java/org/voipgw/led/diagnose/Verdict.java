package org.voipgw.led.diagnose;

import java.util.Objects;
import org.voipgw.led.Lamp;
import org.voipgw.led.Text;

/** The abnormal lamp to act on first, and why (which other given abnormal lamps it explains). */
public record Verdict(Lamp lamp, Text reason) {
    public Verdict {
        Objects.requireNonNull(lamp, "lamp");
        Objects.requireNonNull(reason, "reason");
    }
}
