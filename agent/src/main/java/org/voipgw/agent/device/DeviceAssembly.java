package org.voipgw.agent.device;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.voipgw.agent.pppoe.PppoeFeature;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.Scheduler;

/**
 * One place that assembles a whole simulated gateway (the Californium/Leshan habit: one
 * constructor builds the stack). Later features join the list here.
 */
public final class DeviceAssembly {
    /** The firmware version a simulated box runs when it leaves the factory. */
    public static final String FACTORY_FIRMWARE = "1.0.0";

    private DeviceAssembly() {
    }

    public static Device simulated(GatewayModel model, Scheduler scheduler, Path flashDir) {
        return new Device(model, scheduler, flashDir, FACTORY_FIRMWARE, simulatedFeatures());
    }

    static List<DeviceFeature> simulatedFeatures() {
        List<DeviceFeature> f = new ArrayList<>();
        f.add(new EthernetPorts());
        f.add(new HardwareFaults());
        f.add(new EcoMode());
        // PPPoE against an ISP that accepts any account (scenarios); the demo wants
        // PppoeFeature.simulated(SimulatedAccessConcentrator.demo()) instead.
        f.add(PppoeFeature.simulated());
        return f;
    }
}
