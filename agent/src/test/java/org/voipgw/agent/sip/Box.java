package org.voipgw.agent.sip;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.agent.device.DeviceFeature;
import org.voipgw.agent.device.EthernetPorts;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.led.LampPanel;
import org.voipgw.led.status.EthernetLink;

/** The runtime's Device with only Ethernet, the simulated carrier and the SIP feature under test, on virtual time. */
final class Box {
    final VirtualClock clock = new VirtualClock();
    final Device device;

    Box(GatewayModel model, SipFeatureTest.SimSip sip, DeviceFeature... more) {
        // the carrier before SIP, as the assembly orders them (it learns the account first)
        List<DeviceFeature> features = new ArrayList<>(List.of(new EthernetPorts(), sip.carrier(), sip.sip()));
        features.addAll(List.of(more));
        device = new Device(model, clock, null, DeviceAssembly.FACTORY_FIRMWARE, features);
    }

    void powerOn() {
        device.powerOn();
        clock.advance(Device.BOOT_TIME);
    }

    void wan(boolean up) {
        device.updateStatus(s -> s.with(b -> b.wan = up ? EthernetLink.up(1000) : EthernetLink.DOWN));
        clock.runDue();
    }

    void set(Map<String, String> values) {
        List<?> errors = device.set(values);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(errors.toString());
        }
        clock.runDue();
    }

    LampPanel lamps() {
        return device.panel();
    }
}
