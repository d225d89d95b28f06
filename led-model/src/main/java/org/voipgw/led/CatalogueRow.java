package org.voipgw.led;

import java.util.List;
import java.util.Objects;

/**
 * One row of the guide's lamp tables: on which panel, for which lamp(s) — LAN1～4 share their rows —
 * in which state, what it means, whether it is normal, the likely cause (null where the guide gives
 * none) and the remedy steps in order. {@code notProvided} marks rows the guide flags 未提供.
 */
public record CatalogueRow(
        LampFamily family,
        List<Lamp> lamps,
        LampState state,
        Text meaning,
        boolean normal,
        Text cause,
        List<Text> remedy,
        boolean notProvided) {
    public CatalogueRow {
        Objects.requireNonNull(family);
        Objects.requireNonNull(state);
        Objects.requireNonNull(meaning);
        lamps = List.copyOf(lamps);
        remedy = List.copyOf(remedy);
        if (lamps.isEmpty()) {
            throw new IllegalArgumentException("a row names at least one lamp");
        }
        for (Lamp l : lamps) {
            if (!family.has(l)) {
                throw new IllegalArgumentException(l + " is not on the " + family + " panel");
            }
        }
    }

    public boolean covers(Lamp lamp) {
        return lamps.contains(lamp);
    }
}
