package org.voipgw.agent.firmware;

/**
 * What one slot holds, as last checked: the version of a good image (or of the factory firmware, for slot A
 * before it is first written), else why it is not usable; {@code writing} while a new image goes in.
 */
public record SlotState(Slot slot, FirmwareVersion version, ImageRefusal problem, boolean factory, boolean writing) {
    static SlotState writing(Slot s) {
        return new SlotState(s, null, null, false, true);
    }

    public boolean good() {
        return version != null && !writing;
    }
}
