package org.voipgw.fxs;

import org.voipgw.hal.line.LineInterface;
import org.voipgw.hal.time.Scheduler;

/** Switches a line's ringing voltage on and off in a {@link RingCadence}, on the scheduler. */
final class Ringer {
    private final Scheduler scheduler;
    private final LineInterface line;
    private RingCadence cadence;
    private Scheduler.Timer next;

    Ringer(Scheduler scheduler, LineInterface line) {
        this.scheduler = scheduler;
        this.line = line;
    }

    /** Starts (or switches to) {@code ringCadence}, beginning with its "on" phase now. */
    void start(RingCadence ringCadence) {
        stop();
        cadence = ringCadence;
        on();
    }

    void stop() {
        if (next != null) {
            next.cancel();
            next = null;
        }
        cadence = null;
        line.ringOff();
    }

    private void on() {
        line.ringOn(RingCadence.FREQUENCY_HZ);
        next = scheduler.schedule(cadence.on(), this::off);
    }

    private void off() {
        line.ringOff();
        next = scheduler.schedule(cadence.off(), this::on);
    }
}
