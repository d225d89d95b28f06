package org.voipgw.boards;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.led.LampPanel;

/**
 * Turns a lamp panel into light over time, for every drawer of lamps (GPIO LEDs, the terminal, …): it
 * keeps the latest panel and, while some lamp blinks, a blink phase that flips every {@link #HALF_PERIOD}
 * on the device's scheduler (so virtual time blinks too), handing (panel, phase-on) to the renderer at
 * each change and each flip. All blinking lamps blink in phase; a blink starts lit. The one blink timer
 * of the code base.
 *
 * <p>Call {@link #show} and {@link #close} on the scheduler's thread, where the timer runs too.
 */
public final class LampBlinker implements AutoCloseable {
    /** Half a blink cycle. The guide names blinking (点滅) but gives no rate; 500 ms on / 500 ms off is ours. */
    public static final Duration HALF_PERIOD = Duration.ofMillis(500);

    private final Scheduler scheduler;
    private final BiConsumer<LampPanel, Boolean> render;
    private LampPanel panel;
    private boolean phaseOn = true;
    private Scheduler.Timer timer;

    public LampBlinker(Scheduler scheduler, BiConsumer<LampPanel, Boolean> render) {
        this.scheduler = Objects.requireNonNull(scheduler);
        this.render = Objects.requireNonNull(render);
    }

    /** Shows {@code p} now and keeps its blinking lamps blinking until the next call. */
    public void show(LampPanel p) {
        panel = p;
        if (p.anyBlinking()) {
            if (timer == null) {
                phaseOn = true;
                timer = scheduler.every(HALF_PERIOD, this::flip);
            }
        } else {
            stop();
        }
        render.accept(p, phaseOn);
    }

    /** The panel last shown, or null before the first {@link #show}. */
    public LampPanel shown() {
        return panel;
    }

    private void flip() {
        phaseOn = !phaseOn;
        render.accept(panel, phaseOn);
    }

    private void stop() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    /** Stops blinking (the last panel stays as rendered). */
    @Override
    public void close() {
        stop();
    }
}
