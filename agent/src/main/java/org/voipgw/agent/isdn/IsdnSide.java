package org.voipgw.agent.isdn;

import org.voipgw.isdn.dchan.FrameTap;

import org.voipgw.isdn.call.IsdnCall;

import org.voipgw.isdn.call.FarEnd;

import org.voipgw.isdn.IsdnLine;

import java.util.function.Function;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.voipgw.agent.device.FeatureVocabulary;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.device.ActionSpec;
import org.voipgw.agent.device.FaultSpec;
import org.voipgw.agent.device.ProbeSpec;
import org.voipgw.agent.pbx.PbxSide;
import org.voipgw.agent.settings.SettingKey;
import org.voipgw.boards.GatewayModel;
import org.voipgw.fxsbri.BriPort;
import org.voipgw.hal.dchan.DChannelOpenException;
import org.voipgw.hal.dchan.DChannelSpec;
import org.voipgw.hal.dchan.DChannelTransport;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.isdn.clock.ClockSync;
import org.voipgw.isdn.IsdnLineState;
import org.voipgw.isdn.call.AnsweringFarEnd;
import org.voipgw.isdn.dchan.DChannelWire;
import org.voipgw.isdn.lapd.Side;
import org.voipgw.isdn.pcap.PcapWriter;
import org.voipgw.isdn.pri.PriSpan;
import org.voipgw.isdn.pri.SpanMode;
import org.voipgw.led.status.ClockSource;
import org.voipgw.led.status.ClockStatus;
import org.voipgw.led.status.LineState;

/**
 * The PBX side of the Ⅵ/Ⅶ/Ⅷ boxes in simulation: the PRI span or BRI ports with a simulated PBX on
 * each, the BRI clock port and the clock synchronisation, turned into the status the PRI and CLK
 * lamps show (guide 4530–4637, 4808–4825). The ports are built anew at every boot from the settings
 * ({@code pri.mode}, {@code clock.source}, {@code bri.ptmp-port}); injected faults persist across that.
 *
 * <p>Blocking: the line is blocked (PRI red) while the PBX has its port blocked or the SIP
 * registration is lost ({@link #setInService}); see PriSpan for how the PBX is told.
 */
public final class IsdnSide implements PbxSide {
    private final boolean lineInterface;
    private final IsdnFaults faults = new IsdnFaults();
    private final Map<String, PcapWriter> captures = new LinkedHashMap<>();
    private final List<OutputStream> captureFiles = new ArrayList<>();
    private Function<String, FarEnd> calls = port -> null;
    private DeviceContext context;
    private Map<String, PbxPort> ports = Map.of();
    /** Per port, why its transport could not be opened at the last (re)build. */
    private final Map<String, String> transportErrors = new LinkedHashMap<>();
    private ClockSync clock;
    private IsdnConfig config;
    private boolean registrationLost;
    private boolean running;

    private IsdnSide(boolean lineInterface) {
        this.lineInterface = lineInterface;
    }

    /** A simulated box: a simulated PBX on the other end of every port's cable. */
    public static IsdnSide simulated() {
        return new IsdnSide(true);
    }

    /**
     * A live box with no line interface configured yet (the ISDN-transport issue brings them): the ports
     * run on a D channel that never carries a signal, so the PRI lamp shows the guide's link-down state
     * (red-blink, guide 4561) rather than off, which the catalogue reads as an unconfigured unit.
     */
    public static IsdnSide withoutLineInterface() {
        return new IsdnSide(false);
    }

    /**
     * Where the PBX's SETUPs on each port go (the call core's routing, set by the assembly before the first
     * boot). Without it, the in-process stand-in far end answers them (unit tests of the ISDN side alone).
     */
    public void routeCalls(Function<String, FarEnd> farEnds) {
        calls = farEnds;
    }

    /** The running ports' lines by scenario name ({@code pri}, {@code bri1}…), in hunting order. */
    public Map<String, IsdnLine> lines() {
        Map<String, IsdnLine> out = new LinkedHashMap<>();
        ports.forEach((name, p) -> out.put(name, p.line()));
        return out;
    }

    /** Every D-channel frame of {@code port} from now on goes to {@code tap} too (captures, a benchmark). */
    public void tap(String port, FrameTap tap) {
        PbxPort p = ports.get(port);
        if (p != null) {
            p.tap(tap);
        }
    }

    /** The gateway is about to place a call toward the PBX on {@code port} (its trace starts over). */
    public void placing(String port) {
        PbxPort p = ports.get(port);
        if (p != null) {
            p.placing();
        }
    }

    /** A call the gateway placed toward the PBX on {@code port} (for the port's call and cause probes). */
    public void placed(String port, IsdnCall call) {
        PbxPort p = ports.get(port);
        if (p != null) {
            p.placed(call);
        }
    }

    /** Whether a port set to {@code sim} has the simulated PBX on its cable (a simulated box) or nothing (live). */
    public boolean simulatesPbx() {
        return lineInterface;
    }

    /**
     * Whether the PBX side has a line interface to talk to (false: say so, guide 4561 remedies do not
     * apply): a simulated box's PBX, or a port attached to a real PBX by its {@code PORT.transport}.
     */
    public boolean hasLineInterface() {
        // before the device attaches it (assembly), only the kind of box is known
        return lineInterface || context != null && IsdnConfig.from(context.model(), context.settings()).anyRealPbx();
    }

    @Override
    public boolean appliesTo(GatewayModel model) {
        return model != GatewayModel.III && model != GatewayModel.IV;
    }

    /**
     * What this feature adds to the scenario language and the settings: a static descriptor, so no
     * handler can capture a feature instance (each acts on the device context it is given).
     */
    static final FeatureVocabulary VOCABULARY = new FeatureVocabulary() {
        @Override
        public List<SettingKey> settings(GatewayModel model) {
            return IsdnVocabulary.settings(model);
        }

        @Override
        public List<FaultSpec> faults(GatewayModel model) {
            return IsdnVocabulary.faults(model);
        }

        @Override
        public List<ActionSpec> actions(GatewayModel model) {
            return IsdnVocabulary.actions(model);
        }

        @Override
        public List<ProbeSpec> probes(GatewayModel model) {
            return IsdnVocabulary.probes(model);
        }
    };

    @Override
    public FeatureVocabulary vocabulary() {
        return VOCABULARY;
    }

    @Override
    public void attach(DeviceContext c) {
        this.context = c;
    }

    @Override
    public void onBoot() {
        running = true;
        rebuild();
    }

    @Override
    public void onShutdown(boolean orderly) {
        running = false;
        ports.values().forEach(p -> p.cable(true)); // the box goes dark: the PBX sees layer 1 lost
        ports.values().forEach(PbxPort::close);
        ports = Map.of();
        clock = null;
        publish();
    }

    /** Rebuilds the ports when the ISDN side's own settings changed (a typed comparison, no key prefixes). */
    @Override
    public void onSettingsChanged(Collection<String> keys) {
        if (running && !IsdnConfig.from(context.model(), context.settings()).equals(config)) {
            ports.values().forEach(p -> p.cable(true));
            rebuild();
        }
    }

    private void rebuild() {
        GatewayModel model = context.model();
        config = IsdnConfig.from(model, context.settings());
        var s = context.scheduler();
        // a rebuilt port opens its transport afresh: the old line must no longer receive its frames
        ports.values().forEach(PbxPort::close);
        transportErrors.clear();
        Map<String, PbxPort> next = new LinkedHashMap<>();
        if (model == GatewayModel.VIII) {
            SpanMode mode = config.priMode();
            SpanMode pbxMode = faults.modeMismatch ? mode : opposite(mode);
            DChannelSpec spec = config.transports().get("pri");
            if (!(spec instanceof DChannelSpec.Sim)) {
                next.put("pri", PbxPort.pri(s, mode, open("pri", spec).orElse(null), spec.toString()));
            } else {
                next.put("pri", lineInterface ? PbxPort.pri(s, mode, pbxMode) : PbxPort.priWithoutLineInterface(s, mode));
            }
        } else {
            for (int n = 1; n <= briPorts(model); n++) {
                BriPort.Wiring w = config.wiring(n);
                String name = "bri" + n;
                DChannelSpec spec = config.transports().get(name);
                if (!(spec instanceof DChannelSpec.Sim)) {
                    next.put(name, PbxPort.bri(s, n, w, open(name, spec).orElse(null), spec.toString()));
                } else {
                    next.put(name, lineInterface ? PbxPort.bri(s, n, w) : PbxPort.briWithoutLineInterface(s, n, w));
                }
            }
        }
        ports = next;
        for (PbxPort p : ports.values()) {
            PcapWriter w = captures.get(p.name);
            if (w != null) {
                p.tap(w);
            }
            FarEnd routed = calls.apply(p.name);
            if (routed != null) {
                p.line().setFarEnd(routed);
            }
            p.line().onLineState(st -> publish());
            p.line().callControl().onActivity(this::publish);
            if (p.name.equals("pri") && faults.priUnconfigured) {
                continue; // never started: the port stays unconfigured
            }
            p.start(faults.cableCut[index(p.name)]);
            p.line().setBlocked(blocked());
            if (faults.pbxSilent) {
                p.pbxSilent(true);
            }
            p.ignoreCalls(faults.callsUnanswered);
        }
        clock = buildClock(model);
        clock.onChange(st -> publish());
        publish();
    }

    /** Opens a port's transport; a failure is kept (and logged) and the port runs on a dead channel (PRI red-blink). */
    private Optional<DChannelTransport> open(String port, DChannelSpec spec) {
        if (context.scheduler() instanceof VirtualClock) {
            // real sockets and serial lines deliver in real time, from their own threads: not in a scenario
            transportErrors.put(port, port + ": " + spec + " needs real time (voipgw run or demo); in virtual time "
                    + "only sim is available");
            context.log().warn("ISDN " + transportErrors.get(port));
            return Optional.empty();
        }
        try {
            Optional<DChannelTransport> t = DChannelTransports.open(context.scheduler(), port, spec);
            t.ifPresent(x -> context.log().info("ISDN " + port + ": D channel " + x.description()));
            return t;
        } catch (DChannelOpenException e) {
            transportErrors.put(port, e.getMessage());
            context.log().warn("ISDN " + port + ": D channel not opened: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Why a port's transport could not be opened at the last (re)build, per port; empty when all opened. */
    public Map<String, String> transportErrors() {
        return Map.copyOf(transportErrors);
    }

    /** Each running port's D channel: what it is attached to, layer 1, the data links, calls. */
    public List<DataLinkStatus> dataLinks() {
        List<DataLinkStatus> out = new ArrayList<>();
        for (PbxPort p : ports.values()) {
            out.add(p.dataLink(transportErrors.get(p.name)));
        }
        return out;
    }

    private ClockSync buildClock(GatewayModel model) {
        ClockSync.Source src = config.clockSource();
        ClockSync sync = new ClockSync(model == GatewayModel.VIII ? ClockSync.Model.VIII : ClockSync.Model.VI_VII, src);
        if (src == ClockSync.Source.PRI) {
            // slaved to the PRI: a clock only from a started span with a framed signal (CLK
            // orange-blink otherwise, guide 4631: "PRIランプが正常に点灯しているか確認")
            sync.attach((PriSpan) ports.get("pri").line());
        } else if (src == ClockSync.Source.BRI) {
            // the BRI clock port (Ⅷ BRI(CLK), TE fixed; Ⅵ/Ⅶ CLKポート) wired to the master clock device
            DChannelWire clockWire = new DChannelWire(context.scheduler());
            if (!lineInterface) {
                clockWire.cut(); // no line interface: no clock device on the other end either
            }
            BriPort clockPort = new BriPort(context.scheduler(), clockWire.gatewayEnd(), BriPort.Config.clockPort(0),
                    new AnsweringFarEnd(context.scheduler(), PbxPort.FAR_END_ANSWER));
            clockPort.start();
            sync.attach(clockPort);
        }
        sync.setMasterClockPresent(!faults.clockSourceLost);
        sync.setTerminatorMissing(faults.terminatorMissing);
        sync.setWiringOpen(faults.wiringOpen);
        return sync;
    }

    /** The device status the PRI, CLK and VoIP lamps are derived from. */
    private void publish() {
        LineState pri = ports.containsKey("pri") ? lineState(ports.get("pri").lineState()) : LineState.UNCONFIGURED;
        int calls = ports.values().stream().mapToInt(PbxPort::callsInProgress).sum();
        ClockStatus cs = clock == null ? ClockStatus.FREE_RUNNING
                : new ClockStatus(clockSource(clock.status().source()), clock.status().locked());
        context.updateStatus(st -> st.with(b -> {
            b.pbxLine = pri;
            b.callsInProgress = calls;
            b.clock = cs;
        }));
    }

    static LineState lineState(IsdnLineState s) {
        return switch (s) {
            case UNCONFIGURED -> LineState.UNCONFIGURED;
            case USABLE -> LineState.USABLE;
            case COMMUNICATING -> LineState.COMMUNICATING;
            case FAILED -> LineState.FAILED;
            case BLOCKED -> LineState.BLOCKED;
        };
    }

    static ClockSource clockSource(ClockSync.Source s) {
        return switch (s) {
            case INTERNAL -> ClockSource.INTERNAL;
            case PRI -> ClockSource.PRI;
            case BRI -> ClockSource.BRI;
        };
    }

    static int briPorts(GatewayModel m) {
        return m.spec().pbx().ports();
    }

    static int index(String port) {
        return port.equals("pri") ? 0 : Integer.parseInt(port.substring(3));
    }

    private static SpanMode opposite(SpanMode m) {
        return m == SpanMode.NT ? SpanMode.TE : SpanMode.NT;
    }

    private boolean blocked() {
        return faults.pbxPortBlocked || registrationLost;
    }

    // ---- what faults, actions and probes reach (on the device they run on) ----

    IsdnFaults faultState() {
        return faults;
    }

    /** Re-applies the faults to the running ports (after a fault or clear). */
    void faultsChanged(boolean rebuildNeeded) {
        if (!running) {
            return;
        }
        if (rebuildNeeded) {
            ports.values().forEach(p -> p.cable(true));
            rebuild();
            return;
        }
        for (PbxPort p : ports.values()) {
            p.cable(faults.cableCut[index(p.name)]);
            p.pbxSilent(faults.pbxSilent);
            p.ignoreCalls(faults.callsUnanswered);
            p.line().setBlocked(blocked());
        }
        if (clock != null) {
            clock.setMasterClockPresent(!faults.clockSourceLost);
            clock.setTerminatorMissing(faults.terminatorMissing);
            clock.setWiringOpen(faults.wiringOpen);
        }
        publish();
    }

    /**
     * Out of service while the SIP registration is lost (a configured account not registered after a
     * failed attempt or a lapse), until it returns (guide 4579–4583): the ports are blocked and refuse SETUPs.
     */
    @Override
    public void setInService(boolean inService) {
        boolean lost = !inService;
        if (lost != registrationLost) {
            registrationLost = lost;
            ports.values().forEach(p -> p.line().setBlocked(blocked()));
            publish();
        }
    }

    Optional<PbxPort> port(String name) {
        return Optional.ofNullable(ports.get(name));
    }

    /** Writes one D-channel capture per ISDN port to {@code dir/<prefix>-<port>.pcap}. */
    public void captureTo(Path dir, String prefix) {
        try {
            Files.createDirectories(dir);
            List<String> names = new ArrayList<>();
            if (context.model() == GatewayModel.VIII) {
                names.add("pri");
            } else {
                for (int n = 1; n <= briPorts(context.model()); n++) {
                    names.add("bri" + n);
                }
            }
            for (String n : names) {
                OutputStream out = Files.newOutputStream(dir.resolve(prefix + "-" + n + ".pcap"));
                captureFiles.add(out);
                // our end of the D channel: the network side, unless the PRI is set to TE
                Side side = n.equals("pri")
                        ? IsdnConfig.from(context.model(), context.settings()).priMode().side()
                        : Side.NETWORK;
                captures.put(n, PbxPort.newCapture(out, context.scheduler().clock(), side));
            }
            ports.values().forEach(p -> {
                PcapWriter w = captures.get(p.name);
                if (w != null) {
                    p.tap(w);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write captures to " + dir, e);
        }
    }

    /** The capture files are the side's only edge that outlives a boot. */
    @Override
    public void close() {
        closeCaptures();
    }

    /** Ends the captures (flushes and closes the files). */
    public void closeCaptures() {
        for (OutputStream o : captureFiles) {
            try {
                o.close();
            } catch (IOException e) {
                context.log().warn("closing a capture: " + e.getMessage());
            }
        }
        captureFiles.clear();
        captures.clear();
    }
}
