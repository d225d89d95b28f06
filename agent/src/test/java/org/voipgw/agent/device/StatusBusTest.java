package org.voipgw.agent.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.led.LampPanel;
import org.voipgw.led.status.DeviceStatus;
import org.voipgw.led.status.EthernetLink;
import org.voipgw.led.status.PppState;

/** The status bus policy (Device.updateStatus): listeners hear of changes after the outermost update, in order. */
class StatusBusTest {
    /** A feature that reacts to the WAN by updating the status from inside its listener, as PPPoE does. */
    private static final class Reacting implements DeviceFeature {
        @Override
        public void attach(DeviceContext c) {
            c.onStatus((before, after) -> {
                if (!before.wan().linkUp() && after.wan().linkUp()) {
                    c.updateStatus(s -> s.withPpp(1, PppState.CONNECTING));
                }
            });
        }
    }

    @Test
    void aListenerThatUpdatesTheStatusLetsEveryListenerSeeEveryChangeInOrder() {
        VirtualClock clock = new VirtualClock();
        Device d = new Device(GatewayModel.VIII, clock, null, DeviceAssembly.FACTORY_FIRMWARE,
                List.of(new Reacting()));
        d.powerOn();
        clock.advance(Device.BOOT_TIME);
        List<DeviceStatus[]> seen = new ArrayList<>();
        d.onStatus((before, after) -> seen.add(new DeviceStatus[] {before, after}));
        List<LampPanel> shown = new ArrayList<>();
        d.addLampSink(shown::add);

        d.updateStatus(s -> s.with(b -> b.wan = EthernetLink.up(1000)));

        assertEquals(2, seen.size(), "the WAN change and the reaction to it");
        assertTrue(seen.get(0)[1].wan().linkUp());
        assertEquals(PppState.STOPPED, seen.get(0)[1].ppp().getFirst(), "the first change is delivered as it was");
        assertEquals(seen.get(0)[1], seen.get(1)[0], "each change starts where the one before ended");
        assertEquals(PppState.CONNECTING, seen.get(1)[1].ppp().getFirst());
        assertEquals(d.status(), seen.get(1)[1], "the last change delivered is the current status");
        assertEquals(d.panel(), shown.getLast(), "the lamp sinks end on the panel of the current status");
    }
}
