package org.voipgw.agent.fxs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.agent.device.Device;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.VirtualClock;

/**
 * A power cut while a phone talks (the soak found it: a month of Ⅲ slowed to a crawl): the box's old FXS
 * lines must stop with it. They used to keep exchanging their 20 ms PCM for ever, one more zombie line
 * after every power cut during a call: once the far end has hung up too, the clock held more live timers
 * than after a cut with every phone idle.
 */
class PowerCutDuringACallTest {
    @Test
    void aPowerCutDuringACallLeavesNoLineRunning() {
        int idle = liveTimersAfterAPowerCut(false);
        int talking = liveTimersAfterAPowerCut(true);
        assertEquals(idle, talking, "nothing of the call's line runs on after the power cut");
    }

    private static int liveTimersAfterAPowerCut(boolean duringACall) {
        VirtualClock clock = new VirtualClock();
        try (Device d = DeviceAssembly.simulated(GatewayModel.III, clock, null)) {
            assertEquals(List.of(), d.set(Map.of("pppoe.1.enabled", "true", "pppoe.1.user", "t@isp.example",
                    "pppoe.1.password", "t", "sip.registrar", "carrier.example:5060", "sip.user", "0312345678",
                    "sip.password", "t", "sip.domain", "carrier.example")));
            d.powerOn();
            clock.advance(Duration.ofMinutes(2)); // PPPoE up, registered
            if (duringACall) {
                phone(d, "1", "offhook");
                clock.advance(Duration.ofSeconds(2));
                phone(d, "1", "dial", "0398765432");
                clock.advance(Duration.ofSeconds(15));
                assertEquals("talking", d.vocabulary().probe("fxs").orElseThrow().read().apply(d, List.of("1")));
            }
            d.powerOff();
            if (duringACall) { // the far end gives up too (it never learns of the cut: no BYE came)
                d.vocabulary().action("far.hangup").orElseThrow().run().accept(d, List.of("0398765432"));
            }
            clock.advance(Duration.ofMinutes(1));
            int live = clock.pending();

            assertTrue(live >= 0);
            return live;
        }
    }

    private static void phone(Device d, String... words) {
        d.vocabulary().action("phone").orElseThrow().run().accept(d, List.of(words));
    }
}
