package org.voipgw.boards.pi;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.voipgw.boards.LampBlinker;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampPanel;
import org.voipgw.led.LampState;

/**
 * Shows a {@link LampPanel} on GPIO outputs: per lamp a red and a green LED, orange = both lit. Blinking
 * lamps blink through the {@link LampBlinker} ({@link #BLINK_HALF_PERIOD} on and the same off, all in
 * phase; its timer only runs while some lamp blinks).
 *
 * <p>Call {@link #show} and {@link #close} on the device's event loop (the scheduler's thread), where the
 * blink timer runs too; no locks are needed.
 */
public final class GpioLampDriver implements AutoCloseable {
    /** Half a blink cycle. The guide names blinking (点滅) but gives no rate; 500 ms on / 500 ms off is ours. */
    public static final Duration BLINK_HALF_PERIOD = LampBlinker.HALF_PERIOD;

    private final Context pi4j;
    private final PinMap pins;
    private final LampBlinker blinker;
    private final Map<Lamp, Leds> leds = new EnumMap<>(Lamp.class);

    /** The red and green outputs of one lamp; either may be absent (not wired). */
    private record Leds(DigitalOutput red, DigitalOutput green) {
    }

    public GpioLampDriver(Context pi4j, PinMap pins, Scheduler scheduler) {
        this.pi4j = Objects.requireNonNull(pi4j);
        this.pins = Objects.requireNonNull(pins);
        this.blinker = new LampBlinker(scheduler, this::apply);
        pins.lamps().forEach((lamp, p) -> leds.put(lamp, new Leds(
                p.red().isPresent() ? output(lamp, "red", p.red().getAsInt()) : null,
                p.green().isPresent() ? output(lamp, "green", p.green().getAsInt()) : null)));
    }

    private DigitalOutput output(Lamp lamp, String colour, int bcm) {
        return pi4j.create(DigitalOutput.newConfigBuilder(pi4j)
                .id(outputId(lamp, colour))
                .name(lamp.printed() + " " + colour)
                .address(bcm)
                .initial(DigitalState.LOW)
                .shutdown(DigitalState.LOW));
    }

    /** The pi4j id of a lamp LED output, e.g. {@code lamp-POWER-red}. */
    public static String outputId(Lamp lamp, String colour) {
        return "lamp-" + lamp.name() + "-" + colour;
    }

    /** Shows {@code panel} now and keeps its blinking lamps blinking until the next call. */
    public void show(LampPanel panel) {
        if (panel.family() != pins.family()) {
            throw new IllegalArgumentException("panel " + panel.family() + " on a " + pins.family() + " pin map");
        }
        blinker.show(panel);
    }

    /** The panel last shown, or null before the first {@link #show}. */
    public LampPanel shown() {
        return blinker.shown();
    }

    private void apply(LampPanel shown, boolean phaseOn) {
        leds.forEach((lamp, l) -> {
            LampState s = shown.get(lamp);
            boolean lit = s.litAt(phaseOn);
            LampState.Colour c = s.colour();
            set(l.red(), lit && (c == LampState.Colour.RED || c == LampState.Colour.ORANGE));
            set(l.green(), lit && (c == LampState.Colour.GREEN || c == LampState.Colour.ORANGE));
        });
    }

    private static void set(DigitalOutput out, boolean on) {
        if (out != null && out.isOn() != on) {
            out.state(on ? DigitalState.HIGH : DigitalState.LOW);
        }
    }

    /** Stops blinking, turns every LED off and releases the outputs. */
    @Override
    public void close() {
        blinker.close();
        leds.values().forEach(l -> {
            set(l.red(), false);
            set(l.green(), false);
            release(l.red());
            release(l.green());
        });
        leds.clear();
    }

    private void release(DigitalOutput out) {
        if (out != null) {
            pi4j.shutdown(out.id());
        }
    }
}
