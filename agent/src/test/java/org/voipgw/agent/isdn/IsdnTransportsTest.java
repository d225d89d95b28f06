package org.voipgw.agent.isdn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.agent.device.EventLoop;
import org.voipgw.agent.settings.SettingError;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.dchan.DChannelOpenException;
import org.voipgw.hal.dchan.DChannelSpec;
import org.voipgw.hal.time.SystemScheduler;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampState;

/** {@code --isdn PORT=TRANSPORT}, the {@code PORT.transport} setting, and what a port on a real transport shows. */
class IsdnTransportsTest {
    @Test
    void optionsBecomeSettings() {
        assertEquals(Map.of("pri.transport", "udp:127.0.0.1:40000>127.0.0.1:40001"),
                IsdnTransports.settingsFor(GatewayModel.VIII, List.of("pri=udp:127.0.0.1:40000>127.0.0.1:40001")));
        assertEquals(Map.of("bri1.transport", "serial:/dev/ttyUSB0@115200", "bri4.transport", "sim"),
                IsdnTransports.settingsFor(GatewayModel.VII, List.of("bri1=serial:/dev/ttyUSB0@115200", "bri4=sim")));
    }

    @Test
    void badOptionsSayWhatIsValid() {
        String wrongPort = assertThrows(IllegalArgumentException.class,
                () -> IsdnTransports.settingsFor(GatewayModel.VI, List.of("bri3=sim"))).getMessage();
        assertTrue(wrongPort.contains("[bri1, bri2]"), wrongPort);
        String analog = assertThrows(IllegalArgumentException.class,
                () -> IsdnTransports.settingsFor(GatewayModel.III, List.of("pri=sim"))).getMessage();
        assertTrue(analog.contains("no ISDN port"), analog);
        String twice = assertThrows(IllegalArgumentException.class,
                () -> IsdnTransports.settingsFor(GatewayModel.VIII, List.of("pri=sim", "pri=sim"))).getMessage();
        assertTrue(twice.contains("twice"), twice);
        assertThrows(IllegalArgumentException.class,
                () -> IsdnTransports.settingsFor(GatewayModel.VIII, List.of("pri=udp:127.0.0.1:1")));
    }

    @Test
    void theSettingRefusesABadTransport() {
        VirtualClock clock = new VirtualClock();
        Device d = DeviceAssembly.simulated(GatewayModel.VIII, clock, null);
        List<SettingError> refused = d.set(Map.of("pri.transport", "tcp:1.2.3.4:5"));
        assertEquals(1, refused.size());
        assertTrue(refused.get(0).message().contains("valid"), refused.get(0).message());
        assertEquals("sim", d.settings().get("pri.transport"));
    }

    @Test
    void aBusyUdpPortIsFoundBeforeBoot() throws Exception {
        try (DatagramSocket busy = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            DChannelSpec spec = DChannelSpec.parse("udp:127.0.0.1:" + busy.getLocalPort() + ">127.0.0.1:9");
            DChannelOpenException e = assertThrows(DChannelOpenException.class, () -> IsdnTransports.probe("pri", spec));
            assertTrue(e.getMessage().startsWith("pri: UDP 127.0.0.1:" + busy.getLocalPort()), e.getMessage());
        }
    }

    @Test
    void aPriOnUdpWithNoPbxShowsItsDataLinkAndBlinksRed() throws Exception {
        int port;
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        try (SystemScheduler loop = new SystemScheduler("isdn-transport-test")) {
            Device d = EventLoop.call(loop, () -> DeviceAssembly.simulated(GatewayModel.VIII, loop, null));
            String transport = "udp:127.0.0.1:" + port + ">127.0.0.1:9";
            assertEquals(List.of(), EventLoop.call(loop, () -> d.set(Map.of("pri.transport", transport))));
            EventLoop.run(loop, d::powerOn);
            // nobody answers our SABMEs: after T200 × N200 the PRI lamp blinks red (guide: link down)
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (EventLoop.call(loop, () -> d.panel().get(Lamp.PRI)) != LampState.RED_BLINK) {
                assertTrue(System.nanoTime() < deadline, "PRI lamp never red-blink");
                Thread.sleep(50); // polling interval; the condition decides
            }
            DataLinkStatus pri = EventLoop.call(loop, () -> d.feature(IsdnSide.class).orElseThrow().dataLinks().get(0));
            assertEquals("pri", pri.port());
            assertEquals(transport, pri.transport());
            assertNull(pri.transportError());
            assertEquals("OK", pri.layer1());
            assertEquals(0, pri.links().get(0).tei());
            assertFalse(pri.links().get(0).established());
            assertTrue(pri.counters().sent() >= 1, "a SABME went out: " + pri.counters());
            EventLoop.run(loop, d::shutdownOrderly);
        }
    }

    @Test
    void inVirtualTimeOnlySimIsAvailable() {
        VirtualClock clock = new VirtualClock();
        Device d = DeviceAssembly.simulated(GatewayModel.VIII, clock, null);
        assertEquals(List.of(), d.set(Map.of("pri.transport", "udp:127.0.0.1:40000>127.0.0.1:40001")));
        d.powerOn();
        clock.advance(Duration.ofSeconds(30));
        IsdnSide side = d.feature(IsdnSide.class).orElseThrow();
        assertTrue(side.transportErrors().get("pri").contains("virtual time"), side.transportErrors().toString());
        assertEquals(LampState.RED_BLINK, d.panel().get(Lamp.PRI));
    }
}
