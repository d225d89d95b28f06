package org.voipgw.agent.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.boards.GatewayModel;
import org.voipgw.boards.pi.GpioLampDriver;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampState;

/** The device's lamps and switches on (mock) Raspberry Pi GPIO. */
class GpioPanelTest {
    private final Context pi4j = Pi4J.newContextBuilder().add(new MockPlatform())
            .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance()).build();
    private final VirtualClock clock = new VirtualClock();
    private final Device device = DeviceAssembly.simulated(GatewayModel.VIII, clock, null);
    private final GpioPanel panel = new GpioPanel(pi4j, device);

    @AfterEach
    void close() {
        panel.close();
        pi4j.shutdown();
    }

    private boolean lit(Lamp lamp, String colour) {
        return pi4j.io(GpioLampDriver.outputId(lamp, colour), DigitalOutput.class).state() == DigitalState.HIGH;
    }

    @Test
    void lampsFollowTheDevice() {
        device.powerOn();
        clock.advance(Device.BOOT_TIME);
        assertEquals(true, lit(Lamp.POWER, "green"));
        assertEquals(false, lit(Lamp.POWER, "red"));
        device.vocabulary().fault("wan.cable").orElseThrow().inject().accept(device, "cut");
        clock.runDue();
        assertEquals(true, lit(Lamp.WAN, "red"), "red-blink starts lit");
        clock.advance(Duration.ofMillis(500));
        assertEquals(false, lit(Lamp.WAN, "red"), "and goes dark half a period later");
    }

    @Test
    void holdingTheShutdownSwitchThreeSecondsPutsTheBoxInStandby() {
        device.powerOn();
        clock.advance(Device.BOOT_TIME);
        MockDigitalInput sw = pi4j.io("switch-SHUTDOWN", MockDigitalInput.class);
        sw.mockState(DigitalState.HIGH);
        clock.advance(Duration.ofMillis(3100));
        sw.mockState(DigitalState.LOW);
        clock.advance(Device.SHUTDOWN_SAVE_TIME);
        assertEquals(LampState.ORANGE, device.panel().get(Lamp.POWER));
        assertEquals(true, lit(Lamp.POWER, "red") && lit(Lamp.POWER, "green"), "orange = both LEDs");
    }

    @Test
    void aShortPressDoesNothing() {
        device.powerOn();
        clock.advance(Device.BOOT_TIME);
        MockDigitalInput sw = pi4j.io("switch-SHUTDOWN", MockDigitalInput.class);
        sw.mockState(DigitalState.HIGH);
        clock.advance(Duration.ofMillis(1000));
        sw.mockState(DigitalState.LOW);
        clock.advance(Duration.ofSeconds(10));
        assertEquals(LampState.GREEN, device.panel().get(Lamp.POWER));
    }

    @Test
    void theInitSwitchRestoresFactoryState() {
        device.powerOn();
        clock.advance(Device.BOOT_TIME);
        MockDigitalInput sw = pi4j.io("switch-INIT", MockDigitalInput.class);
        sw.mockState(DigitalState.HIGH);
        clock.advance(Duration.ofMillis(200));
        sw.mockState(DigitalState.LOW);
        clock.advance(Device.BOOT_TIME.plusSeconds(1));
        assertEquals(LampState.ORANGE, device.panel().get(Lamp.INIT));
    }
}
