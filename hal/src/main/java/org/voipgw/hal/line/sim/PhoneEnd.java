package org.voipgw.hal.line.sim;

/** What a simulated line is wired to: the phone's microphone and earpiece, one 20 ms frame at a time. */
public interface PhoneEnd {
    /** The next 160 samples the phone puts on the line. */
    short[] speak();

    /** The 160 samples the line sent toward the phone in the frame starting at {@code atMillis}. */
    void hear(long atMillis, short[] toPhone);

    /** Ringing voltage came on or went off at {@code atMillis} (what rings the bell, or a CAR signal). */
    default void ringChanged(long atMillis, boolean on) {
    }
}
