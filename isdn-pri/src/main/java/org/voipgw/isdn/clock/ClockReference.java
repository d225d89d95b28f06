package org.voipgw.isdn.clock;

/**
 * An interface the communication clock can be slaved to: the Ⅷ PRI span, or a TE-mode BRI clock port
 * (Ⅷ BRI(CLK), Ⅵ/Ⅶ CLK port). It tells whether a clock can be recovered from it now, and when that
 * may have changed.
 */
public interface ClockReference {
    /** Whether a clock can be recovered now (started, layer 1 delivering a signal to lock to). */
    boolean clockRecoverable();

    /** Runs {@code listener} whenever {@link #clockRecoverable()} may have changed. */
    void onClockChange(Runnable listener);
}
