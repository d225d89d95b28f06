package org.voipgw.led;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The state of every lamp of one panel at one moment; immutable. */
public record LampPanel(LampFamily family, Map<Lamp, LampState> states) {
    public LampPanel {
        EnumMap<Lamp, LampState> copy = new EnumMap<>(Lamp.class);
        for (Lamp l : family.lamps()) {
            LampState s = states.get(l);
            if (s == null) {
                throw new IllegalArgumentException("panel " + family + " lacks lamp " + l);
            }
            copy.put(l, s);
        }
        if (copy.size() != states.size()) {
            throw new IllegalArgumentException("lamps not on panel " + family + ": " + states.keySet());
        }
        states = Collections.unmodifiableMap(copy);
    }

    public LampState get(Lamp lamp) {
        LampState s = states.get(lamp);
        if (s == null) {
            throw new IllegalArgumentException("panel " + family + " has no lamp " + lamp);
        }
        return s;
    }

    /** Printed lamp name to state id, in panel order (the shape of {@code /status.json}'s lamps). */
    public Map<String, String> byPrintedName() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Lamp l : family.lamps()) {
            m.put(l.printed(), states.get(l).id());
        }
        return m;
    }

    public boolean anyBlinking() {
        return states.values().stream().anyMatch(LampState::blinking);
    }
}
