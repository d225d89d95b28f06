package org.voipgw.isdn;

import java.time.Duration;
import org.voipgw.hal.time.Scheduler;

/**
 * One named protocol timer (T200, T303, …) that is started, restarted and stopped on the injected
 * {@link Scheduler}: starting a running timer restarts it, as the SDLs of Q.921/Q.931 expect.
 */
public final class TimerSlot {
    private final Scheduler scheduler;
    private Scheduler.Timer timer;

    public TimerSlot(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** (Re)starts the timer; {@code onExpiry} runs once unless stopped first. */
    public void start(Duration duration, Runnable onExpiry) {
        stop();
        Scheduler.Timer[] self = new Scheduler.Timer[1];
        self[0] = scheduler.schedule(duration, () -> {
            if (timer == self[0]) {
                timer = null;
            }
            onExpiry.run();
        });
        timer = self[0];
    }

    public void stop() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    public boolean running() {
        return timer != null;
    }
}
