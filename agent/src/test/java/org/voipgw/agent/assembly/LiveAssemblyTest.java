package org.voipgw.agent.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.isdn.IsdnSide;
import org.voipgw.agent.fxs.FxsSide;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampState;
import org.voipgw.led.status.LineState;

/** The live box as DeviceAssembly.live builds it (issue 9 item 4: a live Ⅷ has its ISDN side). */
class LiveAssemblyTest {
    @TempDir
    Path sys;

    private Device live(GatewayModel model, VirtualClock clock) throws Exception {
        Files.createDirectories(sys.resolve("eth0"));
        Files.writeString(sys.resolve("eth0/carrier"), "0\n");
        Device d = DeviceAssembly.live(model, clock, null, sys, "eth0", List.of());
        int port;
        try (DatagramSocket s = new DatagramSocket(0)) {
            port = s.getLocalPort(); // SIP must not take the box's 5060 on a test machine
        }
        assertEquals(List.of(), d.set(Map.of("sip.local", "127.0.0.1:" + port)));
        return d;
    }

    @Test
    void aLiveViiiHasItsIsdnSideShowingLinkDownWithoutALineInterface() throws Exception {
        VirtualClock clock = new VirtualClock();
        try (Device d = live(GatewayModel.VIII, clock)) {
            IsdnSide isdn = d.feature(IsdnSide.class).orElseThrow();
            assertFalse(isdn.hasLineInterface());
            d.powerOn();
            clock.advance(Device.BOOT_TIME);
            assertEquals(LineState.FAILED, d.status().pbxLine(), "no layer 1 without a line interface");
            assertEquals(LampState.RED_BLINK, d.panel().get(Lamp.PRI), "guide: PRI回線障害 (link down), not a unit fault");
            d.shutdownOrderly();
        }
    }

    @Test
    void aLiveAnalogBoxHasTheAnalogPbxSide() throws Exception {
        VirtualClock clock = new VirtualClock();
        try (Device d = live(GatewayModel.III, clock)) {
            assertTrue(d.feature(FxsSide.class).isPresent());
            assertTrue(d.feature(IsdnSide.class).isEmpty());
        }
    }
}
