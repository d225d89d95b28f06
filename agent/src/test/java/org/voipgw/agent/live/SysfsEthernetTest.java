package org.voipgw.agent.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.EcoMode;
import org.voipgw.agent.device.HardwareFaults;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampState;

/** Live Ethernet read from a sysfs tree (a temporary copy of its layout). */
class SysfsEthernetTest {
    @TempDir
    Path sys;
    private final VirtualClock clock = new VirtualClock();

    private void iface(String name, int carrier, int speed, long rx) throws IOException {
        Path d = Files.createDirectories(sys.resolve(name).resolve("statistics"));
        Files.writeString(sys.resolve(name).resolve("carrier"), carrier + "\n");
        Files.writeString(sys.resolve(name).resolve("speed"), speed + "\n");
        Files.writeString(d.resolve("rx_bytes"), rx + "\n");
        Files.writeString(d.resolve("tx_bytes"), "0\n");
    }

    private Device device(GatewayModel m, List<String> lan) {
        Device d = new Device(m, clock, null, "1.0.0",
                List.of(new SysfsEthernet(sys, "eth0", lan), new HardwareFaults(), new EcoMode()));
        d.powerOn();
        clock.advance(Device.BOOT_TIME);
        return d;
    }

    @Test
    void linkSpeedAndTrafficComeFromSysfs() throws IOException {
        iface("eth0", 1, 1000, 100);
        iface("eth1", 1, 100, 5);
        Device d = device(GatewayModel.VII, List.of("eth1"));
        assertEquals(LampState.GREEN, d.panel().get(Lamp.WAN));
        assertEquals(LampState.ORANGE, d.panel().get(Lamp.LAN1_SPEED), "100 Mbit/s");
        assertEquals(LampState.OFF, d.panel().get(Lamp.LAN2), "no interface: nothing connected");
        iface("eth0", 1, 1000, 5000);
        clock.advance(SysfsEthernet.POLL);
        assertEquals(LampState.GREEN_BLINK, d.panel().get(Lamp.WAN), "bytes moved");
        clock.advance(SysfsEthernet.POLL);
        assertEquals(LampState.GREEN, d.panel().get(Lamp.WAN), "quiet again");
        iface("eth1", 1, 10, 5);
        clock.advance(SysfsEthernet.POLL);
        assertEquals(LampState.OFF, d.panel().get(Lamp.LAN1_SPEED), "10 Mbit/s");
    }

    @Test
    void carrierLossIsALinkDown() throws IOException {
        iface("eth0", 1, 1000, 0);
        Device d = device(GatewayModel.VIII, List.of());
        assertEquals(LampState.GREEN, d.panel().get(Lamp.WAN));
        iface("eth0", 0, -1, 0);
        clock.advance(SysfsEthernet.POLL);
        assertEquals(LampState.RED_BLINK, d.panel().get(Lamp.WAN));
    }

    @Test
    void aMissingWanInterfaceIsAPortNotConfigured() {
        Device d = device(GatewayModel.VIII, List.of());
        assertEquals(LampState.OFF, d.panel().get(Lamp.WAN));
    }
}
