package org.voipgw.agent.panel;

import java.time.Duration;
import java.util.function.BiConsumer;
import org.voipgw.agent.device.LampSink;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.led.LampPanel;

/**
 * Turns lamp states into light: keeps the latest panel and a blink phase that flips every
 * {@link #HALF_PERIOD} on the device scheduler (so virtual time blinks too), and hands
 * (panel, phase-on) to a renderer — the terminal, or anything else that draws lamps.
 */
public final class BlinkingLamps implements LampSink {
    /** Half a blink cycle: about 1 Hz, as front-panel LEDs commonly blink. Chosen; the guide gives none. */
    public static final Duration HALF_PERIOD = Duration.ofMillis(500);
    private final BiConsumer<LampPanel, Boolean> render;
    private volatile LampPanel panel;
    private volatile boolean phaseOn = true;
    private final Scheduler.Timer timer;

    public BlinkingLamps(Scheduler scheduler, BiConsumer<LampPanel, Boolean> render) {
        this.render = render;
        this.timer = scheduler.every(HALF_PERIOD, this::tick);
    }

    @Override
    public void show(LampPanel p) {
        panel = p;
        render.accept(p, phaseOn);
    }

    private void tick() {
        phaseOn = !phaseOn;
        LampPanel p = panel;
        if (p != null && p.anyBlinking()) {
            render.accept(p, phaseOn);
        }
    }

    public void stop() {
        timer.cancel();
    }
}
