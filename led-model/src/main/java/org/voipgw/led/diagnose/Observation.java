package org.voipgw.led.diagnose;

import java.util.Objects;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampState;

/** One lamp as a field engineer sees it on the panel. */
public record Observation(Lamp lamp, LampState state) {
    public Observation {
        Objects.requireNonNull(lamp, "lamp");
        Objects.requireNonNull(state, "state");
    }
}
