package org.voipgw.webui;

import java.util.List;
import org.voipgw.led.Text;

/**
 * The A/B firmware slots as the トップページ shows them (issue 13): the slot that runs, what each slot holds,
 * and the last image the box refused with its reason (Japanese and English, as the device log says it).
 *
 * @param active      "A" or "B"
 * @param slots       both slots, A first
 * @param lastRefused the last refused image, or null when none was
 */
public record FirmwareView(String active, List<SlotRow> slots, Refused lastRefused) {
    public FirmwareView {
        slots = List.copyOf(slots);
    }

    /**
     * One slot: the version of the good image it holds (null when none), whether it is the factory firmware,
     * whether it waits to be applied at the next restart, and what is wrong with it (null when nothing is).
     */
    public record SlotRow(String slot, String version, boolean factory, boolean waiting, Text problem) {
    }

    /** A refused image: when (device time, ISO-8601), the version it claimed ("?" when unreadable), and why. */
    public record Refused(String at, String version, Text reason) {
    }
}
