package org.voipgw.agent.firmware;

import java.util.Map;

/** An immutable picture of both slots and the boot record, for the web UI and the scenario probes (any thread). */
public record SlotsView(Slot active, boolean confirmed, int attempts, Slot pending, Map<Slot, SlotState> slots) {
    public SlotsView {
        slots = Map.copyOf(slots);
    }
}
