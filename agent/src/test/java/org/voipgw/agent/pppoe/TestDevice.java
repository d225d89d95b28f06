package org.voipgw.agent.pppoe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.DeviceFeature;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.agent.device.EthernetPorts;
import org.voipgw.agent.device.FaultSpec;
import org.voipgw.agent.settings.SettingError;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampState;
import org.voipgw.led.status.DeviceStatus;

/**
 * A real {@link Device} on virtual time with just the Ethernet ports (cables plugged in at 1 Gbit/s)
 * and the PPPoE feature under test; faults go through the device's vocabulary as in a scenario.
 */
final class TestDevice {
    final VirtualClock clock = new VirtualClock();
    final Device device;

    TestDevice(GatewayModel model, PppoeFeature pppoe, DeviceFeature... world) {
        List<DeviceFeature> features = new ArrayList<>(List.of(new EthernetPorts(), pppoe));
        features.addAll(List.of(world));
        device = new Device(model, clock, null, DeviceAssembly.FACTORY_FIRMWARE, features);
    }

    /** Power on and wait out the boot: {@code onBoot} has just run. */
    TestDevice powerOn() {
        device.powerOn();
        clock.advance(Device.BOOT_TIME);
        return this;
    }

    void set(Map<String, String> values) {
        List<SettingError> errors = device.set(values);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(errors.toString());
        }
        clock.runDue();
    }

    void fault(String name, String arg) {
        FaultSpec f = device.vocabulary().fault(name).orElseThrow();
        if (f.checkArg().apply(arg).isPresent()) {
            throw new IllegalArgumentException(f.checkArg().apply(arg).get());
        }
        f.inject().accept(device, arg);
        clock.runDue();
    }

    void clear(String name) {
        device.vocabulary().fault(name).orElseThrow().clear().accept(device);
        clock.runDue();
    }

    void wan(boolean up) {
        if (up) {
            clear("wan.cable");
        } else {
            fault("wan.cable", "cut");
        }
    }

    void advance(Duration d) {
        clock.advance(d);
    }

    DeviceStatus status() {
        return device.status();
    }

    LampState pppLamp() {
        return device.panel().get(Lamp.PPP);
    }
}
