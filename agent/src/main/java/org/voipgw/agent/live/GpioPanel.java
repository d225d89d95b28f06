package org.voipgw.agent.live;

import com.pi4j.context.Context;
import java.time.Duration;
import org.voipgw.agent.device.Device;
import org.voipgw.boards.GatewaySwitch;
import org.voipgw.boards.pi.GpioLampDriver;
import org.voipgw.boards.pi.GpioSwitches;
import org.voipgw.boards.pi.PinMap;
import org.voipgw.boards.pi.SwitchListener;

/**
 * The box's front on a Raspberry Pi: the derived lamp panel lights GPIO LEDs, and the INIT and
 * shutdown switches on GPIO inputs drive the device exactly as scenario presses do.
 */
public final class GpioPanel implements AutoCloseable {
    private final GpioLampDriver lamps;
    private final GpioSwitches switches;

    public GpioPanel(Context pi4j, Device device) {
        PinMap pins = PinMap.defaultFor(device.model());
        this.lamps = new GpioLampDriver(pi4j, pins, device.scheduler());
        device.addLampSink(lamps::show);
        this.switches = new GpioSwitches(pi4j, pins, device.scheduler(), new SwitchListener() {
            @Override
            public void pressed(GatewaySwitch sw, long atMillis) {
                if (sw == GatewaySwitch.SHUTDOWN) {
                    device.shutdownSwitchDown(); // held 3 s → shutdown (the device times the hold)
                }
            }

            @Override
            public void released(GatewaySwitch sw, long atMillis, Duration held) {
                if (sw == GatewaySwitch.SHUTDOWN) {
                    device.shutdownSwitchUp();
                } else if (sw == GatewaySwitch.INIT) {
                    device.pressInit();
                }
            }
        });
    }

    @Override
    public void close() {
        switches.close();
        lamps.close();
    }
}
