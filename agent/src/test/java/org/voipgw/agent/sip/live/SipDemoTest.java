package org.voipgw.agent.sip.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.DeviceAssembly;
import org.voipgw.agent.device.EthernetPorts;
import org.voipgw.agent.device.EventLoop;
import org.voipgw.agent.sip.SipDemo;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.SystemScheduler;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampState;

/** The demo's SIP: a whole device in real time registering to the embedded registrar over real UDP. */
class SipDemoTest {
    @Test
    void theDemoRegistersForReal() {
        try (SipDemo sip = SipDemo.prepare(Map.of(), RandomGeneratorFactory.of("L64X128MixRandom").create(9));
             SystemScheduler loop = new SystemScheduler("demo-test")) {
            Device d = EventLoop.call(loop, () -> new Device(GatewayModel.VIII, loop, null,
                    DeviceAssembly.FACTORY_FIRMWARE, List.of(new EthernetPorts(), sip.feature())));
            assertEquals(List.of(), EventLoop.call(loop, () -> d.set(sip.settings())));
            EventLoop.run(loop, d::powerOn);
            Await.until("VoIP green", Duration.ofSeconds(15),
                    () -> d.panel().get(Lamp.VOIP) == LampState.GREEN);
            assertTrue(sip.registrar().orElseThrow().binding(SipDemo.DEMO_USER).isPresent());
            EventLoop.run(loop, d::shutdownOrderly);
            Await.until("un-REGISTERed on the orderly shutdown", Duration.ofSeconds(10),
                    () -> sip.registrar().orElseThrow().binding(SipDemo.DEMO_USER).isEmpty());
        }
    }

    @Test
    void aConfiguredRegistrarIsUsedAsIs() {
        try (SipDemo sip = SipDemo.prepare(Map.of("sip.registrar", "sip.carrier.example"),
                RandomGeneratorFactory.of("L64X128MixRandom").create(9))) {
            assertTrue(sip.registrar().isEmpty());
            assertEquals(Map.of("sip.registrar", "sip.carrier.example"), sip.settings());
        }
    }
}
