package org.voipgw.boards.pi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampFamily;
import org.voipgw.led.LampPanel;
import org.voipgw.led.LampState;

class GpioLampDriverTest {
    private final Context pi4j = MockPi.context();
    private final VirtualClock clock = new VirtualClock();

    @AfterEach
    void shutdown() {
        pi4j.shutdown();
    }

    private static LampPanel panel(LampFamily family, Object... lampAndState) {
        Map<Lamp, LampState> m = new EnumMap<>(Lamp.class);
        family.lamps().forEach(l -> m.put(l, LampState.OFF));
        for (int i = 0; i < lampAndState.length; i += 2) {
            m.put((Lamp) lampAndState[i], (LampState) lampAndState[i + 1]);
        }
        return new LampPanel(family, m);
    }

    private boolean on(Lamp lamp, String colour) {
        DigitalOutput out = pi4j.io(GpioLampDriver.outputId(lamp, colour));
        assertTrue(out instanceof MockDigitalOutput, "mock output");
        return out.isHigh();
    }

    @Test
    void steadyColoursDriveRedGreenAndBothForOrange() {
        GpioLampDriver d = new GpioLampDriver(pi4j, PinMap.defaultFor(LampFamily.VIII), clock);
        d.show(panel(LampFamily.VIII, Lamp.POWER, LampState.GREEN, Lamp.PRI, LampState.RED,
                Lamp.CLK, LampState.ORANGE, Lamp.LAN1, LampState.GREEN));
        assertTrue(on(Lamp.POWER, "green"));
        assertFalse(on(Lamp.POWER, "red"));
        assertTrue(on(Lamp.PRI, "red"));
        assertFalse(on(Lamp.PRI, "green"));
        assertTrue(on(Lamp.CLK, "red"));
        assertTrue(on(Lamp.CLK, "green"));
        assertTrue(on(Lamp.LAN1, "green"));
        assertFalse(on(Lamp.WAN, "red"));
        assertFalse(on(Lamp.WAN, "green"));
        assertEquals(0, clock.pending(), "no blink timer without blinking lamps");
    }

    @Test
    void blinkTogglesEvery500msOnTheVirtualClock() {
        GpioLampDriver d = new GpioLampDriver(pi4j, PinMap.defaultFor(LampFamily.VIII), clock);
        d.show(panel(LampFamily.VIII, Lamp.POWER, LampState.GREEN, Lamp.WAN, LampState.RED_BLINK,
                Lamp.CLK, LampState.ORANGE_BLINK));
        assertTrue(on(Lamp.WAN, "red"), "a blink starts lit");
        assertTrue(on(Lamp.CLK, "red") && on(Lamp.CLK, "green"));
        clock.advance(Duration.ofMillis(499));
        assertTrue(on(Lamp.WAN, "red"));
        clock.advance(Duration.ofMillis(1));
        assertFalse(on(Lamp.WAN, "red"));
        assertFalse(on(Lamp.CLK, "red") || on(Lamp.CLK, "green"));
        assertTrue(on(Lamp.POWER, "green"), "steady lamps stay lit");
        clock.advance(GpioLampDriver.BLINK_HALF_PERIOD);
        assertTrue(on(Lamp.WAN, "red"));
        clock.advance(GpioLampDriver.BLINK_HALF_PERIOD.multipliedBy(3));
        assertFalse(on(Lamp.WAN, "red"));

        d.show(panel(LampFamily.VIII, Lamp.WAN, LampState.GREEN));
        assertTrue(on(Lamp.WAN, "green"));
        assertFalse(on(Lamp.WAN, "red"));
        assertEquals(0, clock.pending(), "blink timer stopped");
        clock.advance(GpioLampDriver.BLINK_HALF_PERIOD);
        assertTrue(on(Lamp.WAN, "green"));
    }

    @Test
    void familyPanelSpeedLampsShowOrangeWithBothLeds() {
        GpioLampDriver d = new GpioLampDriver(pi4j, PinMap.defaultFor(LampFamily.FXS_BRI), clock);
        d.show(panel(LampFamily.FXS_BRI, Lamp.LAN2_SPEED, LampState.ORANGE, Lamp.INIT, LampState.RED_BLINK,
                Lamp.POWER, LampState.GREEN_BLINK));
        assertTrue(on(Lamp.LAN2_SPEED, "red") && on(Lamp.LAN2_SPEED, "green"));
        assertFalse(on(Lamp.LAN1_SPEED, "red") || on(Lamp.LAN1_SPEED, "green"));
        assertTrue(on(Lamp.INIT, "red"));
        clock.advance(GpioLampDriver.BLINK_HALF_PERIOD);
        assertFalse(on(Lamp.INIT, "red"));
        assertFalse(on(Lamp.POWER, "green"));
        assertTrue(on(Lamp.LAN2_SPEED, "green"));
    }

    @Test
    void closeTurnsEverythingOffAndStopsTheTimer() {
        GpioLampDriver d = new GpioLampDriver(pi4j, PinMap.defaultFor(LampFamily.VIII), clock);
        d.show(panel(LampFamily.VIII, Lamp.POWER, LampState.GREEN_BLINK));
        DigitalOutput power = pi4j.io(GpioLampDriver.outputId(Lamp.POWER, "green"));
        d.close();
        assertFalse(power.isHigh());
        assertEquals(0, clock.pending());
        assertFalse(pi4j.hasIO(GpioLampDriver.outputId(Lamp.POWER, "green")));
    }

    @Test
    void rejectsAPanelOfTheOtherFamily() {
        GpioLampDriver d = new GpioLampDriver(pi4j, PinMap.defaultFor(LampFamily.VIII), clock);
        assertThrows(IllegalArgumentException.class, () -> d.show(panel(LampFamily.FXS_BRI)));
    }
}
