package org.voipgw.boards.pi;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.voipgw.hal.time.Clock;
import org.voipgw.hal.time.Scheduler;

/**
 * The gateway's push switches on GPIO inputs. Each edge is stamped with the device {@link Clock} where it
 * arrives (pi4j's thread), then handed to the event loop; a level counts once it has stayed unchanged for
 * the debounce time, and the press/release is reported with the time of the edge that started it. pi4j's
 * own (provider-side) debounce is left off so that debouncing runs on the injected clock. Every switch is
 * taken as released at start: one held down while the driver starts is reported once it changes.
 */
public final class GpioSwitches implements AutoCloseable {
    /** Contact bounce of a panel push switch settles well within this; an engineering choice, not the guide's. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(30);

    private final Context pi4j;
    private final List<Input> inputs = new ArrayList<>();

    public GpioSwitches(Context pi4j, PinMap pins, Scheduler scheduler, SwitchListener listener) {
        this(pi4j, pins, scheduler, listener, DEFAULT_DEBOUNCE);
    }

    public GpioSwitches(Context pi4j, PinMap pins, Scheduler scheduler, SwitchListener listener, Duration debounce) {
        this.pi4j = Objects.requireNonNull(pi4j);
        Objects.requireNonNull(listener);
        for (SwitchPin p : pins.switches()) {
            DigitalInput in = pi4j.create(DigitalInput.newConfigBuilder(pi4j)
                    .id(inputId(p))
                    .name(p.gatewaySwitch().label().en())
                    .address(p.bcm())
                    .pull(p.activeHigh() ? PullResistance.PULL_DOWN : PullResistance.PULL_UP)
                    .debounce(0L));
            Input input = new Input(p, scheduler, listener, debounce);
            in.addListener(e -> input.edge(e.state()));
            inputs.add(input);
        }
    }

    /** The pi4j id of a switch input, e.g. {@code switch-SHUTDOWN}. */
    public static String inputId(SwitchPin pin) {
        return "switch-" + pin.gatewaySwitch().name();
    }

    @Override
    public void close() {
        for (Input i : inputs) {
            i.cancel();
            pi4j.shutdown(inputId(i.pin));
        }
        inputs.clear();
    }

    /** Debounce state of one switch; everything but {@link #edge} runs on the event loop. */
    private static final class Input {
        final SwitchPin pin;
        final Scheduler scheduler;
        final SwitchListener listener;
        final Duration debounce;
        boolean rawPressed;
        long rawSinceMillis;
        boolean reportedPressed;
        long pressedAtMillis;
        Scheduler.Timer settle;

        Input(SwitchPin pin, Scheduler scheduler, SwitchListener listener, Duration debounce) {
            this.pin = pin;
            this.scheduler = scheduler;
            this.listener = listener;
            this.debounce = debounce;
        }

        /** On pi4j's thread: stamp the edge, then continue on the event loop. */
        void edge(DigitalState state) {
            if (state == DigitalState.UNKNOWN) {
                return;
            }
            boolean pressed = state.isHigh() == pin.activeHigh();
            long at = scheduler.clock().millis();
            scheduler.execute(() -> onEdge(pressed, at));
        }

        private void onEdge(boolean pressed, long at) {
            if (pressed == rawPressed) {
                return;
            }
            rawPressed = pressed;
            rawSinceMillis = at;
            if (settle != null) {
                settle.cancel();
            }
            settle = scheduler.schedule(debounce, this::settled);
        }

        private void settled() {
            settle = null;
            if (rawPressed == reportedPressed) {
                return; // bounced back to where it was
            }
            reportedPressed = rawPressed;
            if (rawPressed) {
                pressedAtMillis = rawSinceMillis;
                listener.pressed(pin.gatewaySwitch(), rawSinceMillis);
            } else {
                listener.released(pin.gatewaySwitch(), rawSinceMillis,
                        Duration.ofMillis(rawSinceMillis - pressedAtMillis));
            }
        }

        void cancel() {
            if (settle != null) {
                settle.cancel();
            }
        }
    }
}
