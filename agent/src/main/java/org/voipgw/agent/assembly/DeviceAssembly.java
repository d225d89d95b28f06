package org.voipgw.agent.assembly;

import java.io.IOException;
import org.voipgw.agent.sip.sim.EmbeddedRegistrar;

import java.util.Optional;

import org.voipgw.media.net.RtpPortPool;

import org.voipgw.agent.callmedia.MediaEdge;

import org.voipgw.agent.calls.CallFeature;
import org.voipgw.agent.calls.IsdnPbxCalls;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.DeviceDescription;
import org.voipgw.agent.device.DeviceFeature;
import org.voipgw.agent.device.EcoMode;
import org.voipgw.agent.device.EthernetPorts;
import org.voipgw.agent.device.FirmwareProbe;
import org.voipgw.agent.device.HardwareFaults;
import org.voipgw.agent.isdn.IsdnSide;
import org.voipgw.agent.live.SysfsEthernet;
import org.voipgw.agent.fxs.FxsSide;
import org.voipgw.agent.pbx.PbxSide;
import org.voipgw.agent.pppoe.PppoeFeature;
import org.voipgw.agent.pppoe.pppd.PppdBackend;
import org.voipgw.agent.pppoe.pppd.PppdSetup;
import org.voipgw.agent.pppoe.sim.IspFaults;
import org.voipgw.agent.pppoe.sim.SimulatedAccessConcentrator;
import org.voipgw.agent.sip.SipFeature;
import org.voipgw.agent.sip.SipPortFactory;
import org.voipgw.agent.sip.SipRegistration;
import org.voipgw.agent.sip.live.JainSipPort;
import org.voipgw.agent.sip.sim.CarrierFaults;
import org.voipgw.boards.GatewayModel;
import org.voipgw.boards.PbxInterface;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.hal.flash.Flash;
import java.security.PublicKey;
import org.voipgw.agent.firmware.FirmwareFeature;
import org.voipgw.agent.firmware.FirmwareSigning;
import org.voipgw.agent.firmware.FirmwareSlots;
import org.voipgw.agent.firmware.FirmwareVersion;
import org.voipgw.agent.firmware.sim.SimulatedFirmwareServer;

/**
 * The one place that builds a whole gateway (the Californium/Leshan habit: one constructor builds the
 * stack): the simulated box of scenarios and tests, the demo's box, and the live box on a Raspberry Pi.
 * All three have the same parts in the same order — the box's own (Ethernet, hardware faults, eco mode,
 * firmware), the PBX side, PPPoE, SIP — and differ only in their edges. The order matters: features boot
 * in it and shut down in reverse (SIP says goodbye while PPPoE still carries it).
 *
 * <p>A new feature joins {@link #features}; a new edge (a transport, a line interface) is chosen by the
 * assembly that needs it and handed to the feature, which never picks its own edge.
 */
public final class DeviceAssembly {
    /** The firmware version a simulated box runs when it leaves the factory. */
    public static final String FACTORY_FIRMWARE = "1.0.0";
    /** Seed of the simulated SIP randomness (Call-ID, nonces, RFC 5626 backoff draws). */
    public static final long SIP_SEED = 5626;
    /** Seed of the simulated calls' randomness (SSRCs, sequence numbers, digest cnonces). */
    public static final long CALL_SEED = 3550;
    /** The simulated box's WAN address in its SDP: the documentation range 192.0.2.0/24 (RFC 5737). */
    public static final String SIMULATED_WAN_ADDRESS = "192.0.2.1";
    /** The RTP port pairs of a live box (RTP even, RTCP odd). Chosen: 23 calls need 46 ports. */
    public static final int RTP_FIRST = 10_000;
    public static final int RTP_LAST = 10_999;

    private DeviceAssembly() {
    }

    /**
     * A simulated box on {@code scheduler} (virtual time in scenarios): a simulated PBX on every ISDN port,
     * an ISP that accepts any account, the in-memory SIP carrier (seeded: every run draws the same
     * backoff). {@code flashDir} null keeps settings in memory.
     */
    public static Device simulated(GatewayModel model, Scheduler scheduler, Path flashDir) {
        return simulated(model, scheduler, flashDir, flashDir == null ? Flash.inMemory() : Flash.files());
    }

    /**
     * As above, with the firmware slots and boot record written through {@code firmwareFlash} (the firmware
     * crash-point test passes a {@link org.voipgw.hal.flash.PowerCutFlash}).
     */
    public static Device simulated(GatewayModel model, Scheduler scheduler, Path flashDir, Flash firmwareFlash) {
        FirmwareSlots slots = slots(firmwareFlash, flashDir, SimulatedFirmwareServer.get().publicKey());
        return new Device(model, scheduler, flashDir, slots, simulatedFeatures(model, slots));
    }

    /**
     * The firmware slots of a box: in {@code flashDir/firmware}, or in memory without a flash directory. A
     * simulated box trusts the simulated firmware server's key; a live one the key built into the firmware.
     */
    private static FirmwareSlots slots(Flash flash, Path flashDir, PublicKey trusted) {
        Path dir = flashDir == null ? Path.of("firmware") : flashDir.resolve("firmware");
        return new FirmwareSlots(flash, dir, new FirmwareVersion(FACTORY_FIRMWARE), trusted);
    }

    private static FirmwareSlots slots(Path flashDir, PublicKey trusted) {
        return slots(flashDir == null ? Flash.inMemory() : Flash.files(), flashDir, trusted);
    }

    /**
     * What a simulated box of {@code model} understands — its scenario vocabulary and setting keys — from
     * its features alone: no box is built, nothing is attached or scheduled.
     */
    public static DeviceDescription describe(GatewayModel model) {
        return DeviceDescription.of(model, simulatedFeatures(model, slots(null, SimulatedFirmwareServer.get().publicKey())));
    }

    private static List<DeviceFeature> simulatedFeatures(GatewayModel model, FirmwareSlots slots) {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(SIP_SEED);
        CarrierFaults carrier = new CarrierFaults(random);
        SimulatedAccessConcentrator isp = SimulatedAccessConcentrator.acceptingAnyAccount();
        return features(model, new EthernetPorts(), new FirmwareFeature(slots, SimulatedFirmwareServer.get()),
                IsdnSide.simulated(), IspFaults.pppoe(isp), List.of(new IspFaults(isp), carrier), carrier, random,
                MediaEdge.simulated(carrier::rtpNetwork, SIMULATED_WAN_ADDRESS),
                RandomGeneratorFactory.of("L64X128MixRandom").create(CALL_SEED));
    }

    /**
     * The demo's box: simulated but for SIP, which registers over real sockets through {@code sipPorts}
     * (to the embedded registrar, see {@link DemoSip}); its ISP knows only the demo account, so a wrong
     * password fails as it would in the field.
     */
    public static Device demo(GatewayModel model, Scheduler scheduler, Path flashDir, SipPortFactory sipPorts) {
        return demo(model, scheduler, flashDir, sipPorts, Optional.empty());
    }

    /** As above, with the prompt's {@code ip.call} reaching the embedded carrier when there is one. */
    public static Device demo(GatewayModel model, Scheduler scheduler, Path flashDir, SipPortFactory sipPorts,
                              Optional<EmbeddedRegistrar> carrier) {
        SimulatedAccessConcentrator isp = SimulatedAccessConcentrator.demo();
        List<DeviceFeature> world = new ArrayList<>(List.of(new IspFaults(isp)));
        carrier.ifPresent(c -> world.add(new DemoCarrierCalls(c)));
        FirmwareSlots slots = slots(flashDir, SimulatedFirmwareServer.get().publicKey());
        return new Device(model, scheduler, flashDir, slots, features(model, new EthernetPorts(),
                new FirmwareFeature(slots, SimulatedFirmwareServer.get()),
                IsdnSide.simulated(), IspFaults.pppoe(isp), world, sipPorts, new SecureRandom(),
                liveMedia(scheduler), new SecureRandom()));
    }

    /**
     * The box of {@code scenario run --live}: the simulated box of scenarios (simulated PBX or phones, an ISP
     * that accepts any account, simulated Ethernet) except for SIP and RTP, which are live (jain-sip, UDP) to
     * the carrier the file's {@code set sip.*} steps name — or to {@code carrier}, the embedded one, whose
     * far end also takes {@code ip.call}.
     */
    public static Device liveScenario(GatewayModel model, Scheduler scheduler, Optional<EmbeddedRegistrar> carrier) {
        FirmwareSlots slots = slots(null, SimulatedFirmwareServer.get().publicKey());
        return new Device(model, scheduler, null, slots,
                liveScenarioFeatures(model, slots, carrier.map(DemoCarrierCalls::new), liveMedia(scheduler)));
    }

    /**
     * What the box of {@link #liveScenario} understands: the simulated box's words but those of the simulated
     * carrier ({@code far…}, its faults, {@code tone far}); {@code ip.call} only with the embedded carrier.
     */
    public static DeviceDescription describeLive(GatewayModel model, boolean embeddedCarrier) {
        MediaEdge unused = () -> {
            throw new IOException("a description carries no calls");
        };
        return DeviceDescription.of(model, liveScenarioFeatures(model,
                slots(null, SimulatedFirmwareServer.get().publicKey()),
                embeddedCarrier ? Optional.of(new DemoCarrierCalls(null)) : Optional.empty(), unused));
    }

    private static List<DeviceFeature> liveScenarioFeatures(GatewayModel model, FirmwareSlots slots,
                                                            Optional<DemoCarrierCalls> carrier, MediaEdge media) {
        SimulatedAccessConcentrator isp = SimulatedAccessConcentrator.acceptingAnyAccount();
        List<DeviceFeature> world = new ArrayList<>(List.of(new IspFaults(isp)));
        carrier.ifPresent(world::add);
        // the firmware words work as in a simulated run: images come from the simulated firmware server
        return features(model, new EthernetPorts(), new FirmwareFeature(slots, SimulatedFirmwareServer.get()),
                IsdnSide.simulated(), IspFaults.pppoe(isp), world, JainSipPort::open, new SecureRandom(), media,
                new SecureRandom());
    }

    /**
     * The gateway live on a Raspberry Pi: Ethernet from Linux's sysfs ({@code sysClassNet}, normally
     * /sys/class/net) for the WAN interface and up to four LAN interfaces, pppd for PPPoE, jain-sip for
     * SIP, and the PBX side without a line interface until one is configured.
     */
    public static Device live(GatewayModel model, Scheduler scheduler, Path flashDir, Path sysClassNet, String wanIf,
                              List<String> lanIfs) {
        FirmwareSlots slots = slots(flashDir, FirmwareSigning.builtInKey());
        return new Device(model, scheduler, flashDir, slots, features(model,
                new SysfsEthernet(sysClassNet, wanIf, lanIfs), new FirmwareFeature(slots, null),
                IsdnSide.withoutLineInterface(),
                PppoeFeature.live(new PppdBackend(PppdSetup.debian(wanIf))), List.of(), JainSipPort::open,
                new SecureRandom(), liveMedia(scheduler), new SecureRandom()));
    }

    /** RTP on real UDP: pairs of the live range, on the address the box's SIP uses toward the registrar. */
    private static MediaEdge liveMedia(Scheduler scheduler) {
        return MediaEdge.udp(LocalAddress::towardInternet, new RtpPortPool(RTP_FIRST, RTP_LAST), scheduler::execute);
    }

    /**
     * The parts every box has, in order. {@code world} are the simulated peers' features (their faults),
     * assembled just before SIP so they know the settings before SIP acts on them.
     */
    private static List<DeviceFeature> features(GatewayModel model, DeviceFeature ethernet, FirmwareFeature firmware,
                                                IsdnSide isdn,
                                                PppoeFeature pppoe, List<DeviceFeature> world, SipPortFactory sipPorts,
                                                RandomGenerator random, MediaEdge media, RandomGenerator callRandom) {
        FxsSide fxs = new FxsSide();
        PbxSide pbx = model.spec().pbx().kind() == PbxInterface.FXS ? fxs : isdn;
        List<DeviceFeature> f = new ArrayList<>();
        f.add(ethernet);
        f.add(new HardwareFaults());
        f.add(new EcoMode());
        f.add(new FirmwareProbe());
        f.add(firmware);
        f.add(pbx);
        f.add(pppoe);
        f.addAll(world);
        SipFeature sip = SipFeature.of(sipPorts, random, SipRegistration.Timing.DEFAULT, pbx);
        f.add(sip);
        // calls last: they join the PBX side to SIP, and an orderly shutdown ends them before SIP goes
        f.add(new CallFeature(sip, pbx == isdn ? new IsdnPbxCalls(isdn) : fxs, media, callRandom, isdn.simulatesPbx()));
        return f;
    }
}
