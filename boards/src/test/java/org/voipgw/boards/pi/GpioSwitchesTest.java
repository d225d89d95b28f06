package org.voipgw.boards.pi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voipgw.boards.GatewayModel;
import org.voipgw.boards.GatewaySwitch;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.led.LampFamily;

class GpioSwitchesTest {
    private final Context pi4j = MockPi.context();
    private final VirtualClock clock = new VirtualClock();
    private final List<String> events = new ArrayList<>();
    private final long t0 = clock.millis();

    private final SwitchListener recorder = new SwitchListener() {
        @Override
        public void pressed(GatewaySwitch s, long atMillis) {
            events.add("press " + s + " @" + (atMillis - t0));
        }

        @Override
        public void released(GatewaySwitch s, long atMillis, Duration held) {
            events.add("release " + s + " @" + (atMillis - t0) + " held " + held.toMillis());
        }
    };

    private GpioSwitches switches;

    @AfterEach
    void shutdown() {
        if (switches != null) {
            switches.close();
        }
        pi4j.shutdown();
    }

    private void start(PinMap map, Duration debounce) {
        switches = new GpioSwitches(pi4j, map, clock, recorder, debounce);
    }

    private MockDigitalInput input(GatewaySwitch s) {
        return pi4j.io("switch-" + s.name(), MockDigitalInput.class);
    }

    /** Sets the switch's input level, then lets {@code thenMillis} of virtual time pass. */
    private void level(GatewaySwitch s, DigitalState state, long thenMillis) {
        input(s).mockState(state);
        clock.advance(Duration.ofMillis(thenMillis));
    }

    @Test
    void shutdownHeldThreeSecondsIsReportedWithClockTimes() {
        start(PinMap.defaultFor(GatewayModel.VIII), GpioSwitches.DEFAULT_DEBOUNCE);
        level(GatewaySwitch.SHUTDOWN, DigitalState.HIGH, 29);
        assertEquals(List.of(), events, "not yet settled");
        clock.advance(Duration.ofMillis(1));
        assertEquals(List.of("press SHUTDOWN @0"), events);
        clock.advance(Duration.ofMillis(2970));
        level(GatewaySwitch.SHUTDOWN, DigitalState.LOW, 1000);
        assertEquals(List.of("press SHUTDOWN @0", "release SHUTDOWN @3000 held 3000"), events);
    }

    @Test
    void bouncesShorterThanTheDebounceTimeAreIgnored() {
        start(PinMap.defaultFor(GatewayModel.VIII), GpioSwitches.DEFAULT_DEBOUNCE);
        level(GatewaySwitch.INIT, DigitalState.HIGH, 5);
        level(GatewaySwitch.INIT, DigitalState.LOW, 5);
        level(GatewaySwitch.INIT, DigitalState.HIGH, 100);
        assertEquals(List.of("press INIT @10"), events);
        level(GatewaySwitch.INIT, DigitalState.LOW, 10);
        level(GatewaySwitch.INIT, DigitalState.HIGH, 100); // bounced back: still pressed
        assertEquals(List.of("press INIT @10"), events);
        level(GatewaySwitch.INIT, DigitalState.LOW, 100);
        assertEquals(List.of("press INIT @10", "release INIT @220 held 210"), events);
    }

    @Test
    void activeLowSwitchPressesOnLow() {
        start(new PinMap(LampFamily.VIII, Map.of(), List.of(new SwitchPin(GatewaySwitch.INIT, 5, false))),
                Duration.ofMillis(20));
        level(GatewaySwitch.INIT, DigitalState.HIGH, 50);
        level(GatewaySwitch.INIT, DigitalState.LOW, 50);
        level(GatewaySwitch.INIT, DigitalState.HIGH, 50);
        assertEquals(List.of("press INIT @50", "release INIT @100 held 50"), events);
    }

    @Test
    void closeReleasesTheInputs() {
        GpioSwitches sw = new GpioSwitches(pi4j, PinMap.defaultFor(GatewayModel.VIII), clock, recorder);
        sw.close();
        assertEquals(false, pi4j.hasIO("switch-INIT"));
    }
}
