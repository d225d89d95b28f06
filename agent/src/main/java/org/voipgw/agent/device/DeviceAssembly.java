package org.voipgw.agent.device;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGeneratorFactory;
import org.voipgw.agent.isdn.IsdnSide;
import org.voipgw.agent.pppoe.PppoeFeature;
import org.voipgw.agent.sip.SipFeature;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.time.Scheduler;

/**
 * One place that assembles a whole simulated gateway (the Californium/Leshan habit: one
 * constructor builds the stack). Later features join the list here.
 */
public final class DeviceAssembly {
    /** The firmware version a simulated box runs when it leaves the factory. */
    public static final String FACTORY_FIRMWARE = "1.0.0";
    /** Seed of the simulated SIP randomness (Call-ID, nonces, RFC 5626 backoff draws). */
    public static final long SIP_SEED = 5626;

    private DeviceAssembly() {
    }

    public static Device simulated(GatewayModel model, Scheduler scheduler, Path flashDir) {
        return new Device(model, scheduler, flashDir, FACTORY_FIRMWARE, simulatedFeatures());
    }

    /**
     * A simulated box whose SIP is {@code sip}: the demo's live one, registering over real UDP to the
     * embedded registrar (see {@link org.voipgw.agent.sip.SipDemo}).
     */
    public static Device simulated(GatewayModel model, Scheduler scheduler, Path flashDir, SipFeature sip) {
        return new Device(model, scheduler, flashDir, FACTORY_FIRMWARE, features(sip));
    }

    /**
     * The gateway live on a Raspberry Pi: Ethernet from Linux's sysfs ({@code sysClassNet}, normally
     * /sys/class/net) for the WAN interface and up to four LAN interfaces.
     */
    public static Device live(GatewayModel model, Scheduler scheduler, Path flashDir, Path sysClassNet, String wanIf,
                              List<String> lanIfs) {
        List<DeviceFeature> f = new ArrayList<>();
        f.add(new org.voipgw.agent.live.SysfsEthernet(sysClassNet, wanIf, lanIfs));
        f.add(new HardwareFaults());
        f.add(new EcoMode());
        f.add(new FirmwareProbe());
        // the PBX side: the simulated PBX per port unless PORT.transport (--isdn) attaches a real one
        f.add(new IsdnSide());
        f.add(PppoeFeature.live(new org.voipgw.agent.pppoe.pppd.PppdBackend(
                org.voipgw.agent.pppoe.pppd.PppdSetup.debian(wanIf))));
        f.add(SipFeature.live(new java.security.SecureRandom()));
        return new Device(model, scheduler, flashDir, FACTORY_FIRMWARE, f);
    }

    static List<DeviceFeature> simulatedFeatures() {
        // SIP registration against the in-memory carrier; seeded so every run draws the same backoff
        return features(SipFeature.simulated(RandomGeneratorFactory.of("L64X128MixRandom").create(SIP_SEED)));
    }

    private static List<DeviceFeature> features(SipFeature sip) {
        List<DeviceFeature> f = new ArrayList<>();
        f.add(new EthernetPorts());
        f.add(new HardwareFaults());
        f.add(new EcoMode());
        f.add(new FirmwareProbe());
        f.add(new IsdnSide());
        // PPPoE against an ISP that accepts any account (scenarios); the demo wants
        // PppoeFeature.simulated(SimulatedAccessConcentrator.demo()) instead.
        f.add(PppoeFeature.simulated());
        f.add(sip);
        return f;
    }
}
