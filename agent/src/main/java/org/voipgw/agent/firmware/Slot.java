package org.voipgw.agent.firmware;

/** The two firmware slots on flash (issue 13 "two slots"): one runs, the other takes the next image. */
public enum Slot {
    A, B;

    public Slot other() {
        return this == A ? B : A;
    }

    /** The slot's image file in the firmware directory. */
    String fileName() {
        return "slot-" + name() + ".img";
    }
}
