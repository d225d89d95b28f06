package org.voipgw.agent.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.EventLoop;
import org.voipgw.agent.sip.live.JainSipPort;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.SystemScheduler;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampState;
import org.voipgw.led.status.RegistrationState;

/** The demo's SIP: a whole device in real time registering to the embedded registrar over real UDP. */
class DemoSipTest {
    @Test
    void theDemoRegistersForReal() throws Exception {
        try (DemoSip sip = DemoSip.prepare(Map.of(), RandomGeneratorFactory.of("L64X128MixRandom").create(9));
             SystemScheduler loop = new SystemScheduler("demo-test")) {
            Device d = EventLoop.call(loop, () -> DeviceAssembly.demo(GatewayModel.VIII, loop, null, JainSipPort::open));
            CompletableFuture<Void> registered = new CompletableFuture<>();
            CompletableFuture<Void> unregistered = new CompletableFuture<>();
            d.onStatus((before, after) -> {
                if (after.registration() == RegistrationState.REGISTERED) {
                    registered.complete(null);
                } else if (before.registration() == RegistrationState.REGISTERED) {
                    unregistered.complete(null);
                }
            });
            assertEquals(List.of(), EventLoop.call(loop, () -> d.set(sip.settings())));
            EventLoop.run(loop, d::powerOn);
            registered.get(15, TimeUnit.SECONDS);
            assertEquals(LampState.GREEN, d.panel().get(Lamp.VOIP));
            assertTrue(sip.registrar().orElseThrow().binding(DemoSip.DEMO_USER).isPresent());
            EventLoop.run(loop, d::shutdownOrderly);
            unregistered.get(10, TimeUnit.SECONDS); // after the 200 to the un-REGISTER
            assertTrue(sip.registrar().orElseThrow().binding(DemoSip.DEMO_USER).isEmpty());
        }
    }

    @Test
    void aConfiguredRegistrarIsUsedAsIs() {
        try (DemoSip sip = DemoSip.prepare(Map.of("sip.registrar", "sip.carrier.example"),
                RandomGeneratorFactory.of("L64X128MixRandom").create(9))) {
            assertTrue(sip.registrar().isEmpty());
            assertEquals(Map.of("sip.registrar", "sip.carrier.example"), sip.settings());
        }
    }
}
