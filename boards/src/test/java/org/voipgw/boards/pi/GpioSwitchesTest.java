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

    @Test
    void shutdownHeldThreeSecondsIsReportedWithClockTimes() {
        start(PinMap.defaultFor(GatewayModel.VIII), GpioSwitches.DEFAULT_DEBOUNCE);
        input(GatewaySwitch.SHUTDOWN).mockState(DigitalState.HIGH);
        clock.advance(Duration.ofMillis(29));
        assertEquals(List.of(), events, "not yet settled");
        clock.advance(Duration.ofMillis(1));
        assertEquals(List.of("press SHUTDOWN @0"), events);
        clock.advance(Duration.ofMillis(2970));
        input(GatewaySwitch.SHUTDOWN).mockState(DigitalState.LOW);
        clock.advance(Duration.ofSeconds(1));
        assertEquals(List.of("press SHUTDOWN @0", "release SHUTDOWN @3000 held 3000"), events);
    }

    @Test
    void bouncesShorterThanTheDebounceTimeAreIgnored() {
        start(PinMap.defaultFor(GatewayModel.VIII), GpioSwitches.DEFAULT_DEBOUNCE);
        MockDigitalInput init = input(GatewaySwitch.INIT);
        init.mockState(DigitalState.HIGH);
        clock.advance(Duration.ofMillis(5));
        init.mockState(DigitalState.LOW);
        clock.advance(Duration.ofMillis(5));
        init.mockState(DigitalState.HIGH);
        clock.advance(Duration.ofMillis(100));
        assertEquals(List.of("press INIT @10"), events);
        init.mockState(DigitalState.LOW);
        clock.advance(Duration.ofMillis(10));
        init.mockState(DigitalState.HIGH); // bounced back: still pressed
        clock.advance(Duration.ofMillis(100));
        assertEquals(List.of("press INIT @10"), events);
        init.mockState(DigitalState.LOW);
        clock.advance(Duration.ofMillis(100));
        assertEquals(List.of("press INIT @10", "release INIT @220 held 210"), events);
    }

    @Test
    void activeLowSwitchPressesOnLow() {
        PinMap map = new PinMap(LampFamily.VIII, Map.of(),
                List.of(new SwitchPin(GatewaySwitch.INIT, 5, false)));
        start(map, Duration.ofMillis(20));
        input(GatewaySwitch.INIT).mockState(DigitalState.HIGH);
        clock.advance(Duration.ofMillis(50));
        input(GatewaySwitch.INIT).mockState(DigitalState.LOW);
        clock.advance(Duration.ofMillis(50));
        input(GatewaySwitch.INIT).mockState(DigitalState.HIGH);
        clock.advance(Duration.ofMillis(50));
        assertEquals(List.of("press INIT @50", "release INIT @100 held 50"), events);
    }

    @Test
    void closeReleasesTheInputs() {
        GpioSwitches sw = new GpioSwitches(pi4j, PinMap.defaultFor(GatewayModel.VIII), clock, recorder);
        sw.close();
        assertEquals(false, pi4j.hasIO("switch-INIT"));
    }
}
