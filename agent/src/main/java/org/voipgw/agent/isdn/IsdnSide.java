package org.voipgw.agent.isdn;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.device.DeviceFeature;
import org.voipgw.agent.settings.SettingKey;
import org.voipgw.agent.settings.Validators;
import org.voipgw.boards.GatewayModel;
import org.voipgw.fxsbri.BriPort;
import org.voipgw.fxsbri.ClockSync;
import org.voipgw.hal.dchan.DChannel;
import org.voipgw.hal.dchan.DChannelOpenException;
import org.voipgw.hal.dchan.DChannelSpec;
import org.voipgw.hal.dchan.DChannelTransport;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.isdn.IsdnLineState;
import org.voipgw.isdn.dchan.DChannelWire;
import org.voipgw.isdn.pcap.PcapWriter;
import org.voipgw.isdn.pri.SpanMode;
import org.voipgw.led.status.ClockSource;
import org.voipgw.led.status.ClockStatus;
import org.voipgw.led.status.LineState;

/**
 * The PBX side of the Ⅵ/Ⅶ/Ⅷ boxes in simulation: the PRI span or BRI ports with a simulated PBX on
 * each, the BRI clock port and the clock synchronisation, turned into the status the PRI and CLK
 * lamps show (guide 4540–4642, 4807–4820). The ports are built anew at every boot from the settings
 * ({@code pri.mode}, {@code clock.source}, {@code bri.ptmp-port}); injected faults persist across that.
 *
 * <p>Blocking: the line is blocked (PRI red) while the PBX has its port blocked or the SIP
 * registration is lost ({@link #setRegistrationLost}); see PriSpan for how the PBX is told.
 */
public final class IsdnSide implements DeviceFeature {
    private final IsdnFaults faults = new IsdnFaults();
    private final Map<String, PcapWriter> captures = new LinkedHashMap<>();
    private final List<OutputStream> captureFiles = new ArrayList<>();
    private DeviceContext context;
    private Map<String, PbxPort> ports = Map.of();
    /** Per port, why its transport could not be opened at the last (re)build. */
    private final Map<String, String> transportErrors = new LinkedHashMap<>();
    private ClockSync clock;
    private boolean registrationLost;
    private boolean running;

    @Override
    public boolean appliesTo(GatewayModel model) {
        return model != GatewayModel.III && model != GatewayModel.IV;
    }

    @Override
    public List<SettingKey> settings(GatewayModel model) {
        return IsdnVocabulary.settings(model);
    }

    @Override
    public List<org.voipgw.agent.device.FaultSpec> faults(GatewayModel model) {
        return IsdnVocabulary.faults(model);
    }

    @Override
    public List<org.voipgw.agent.device.ActionSpec> actions(GatewayModel model) {
        return IsdnVocabulary.actions(model);
    }

    @Override
    public List<org.voipgw.agent.device.ProbeSpec> probes(GatewayModel model) {
        return IsdnVocabulary.probes(model);
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

    @Override
    public void onSettingsChanged(Collection<String> keys) {
        if (running && keys.stream().anyMatch(k -> k.startsWith("pri.") || k.startsWith("clock.") || k.startsWith("bri."))) {
            ports.values().forEach(p -> p.cable(true));
            rebuild();
        }
    }

    private void rebuild() {
        GatewayModel model = context.model();
        var s = context.scheduler();
        // a rebuilt port opens its transport afresh: the old line must no longer receive its frames
        ports.values().forEach(PbxPort::close);
        transportErrors.clear();
        Map<String, PbxPort> next = new LinkedHashMap<>();
        if (model == GatewayModel.VIII) {
            SpanMode mode = SpanMode.valueOf(context.settings().get("pri.mode").toUpperCase(Locale.ROOT));
            SpanMode pbxMode = faults.modeMismatch ? mode : opposite(mode);
            DChannelSpec spec = transportOf("pri");
            if (spec instanceof DChannelSpec.Sim) {
                next.put("pri", PbxPort.pri(s, mode, pbxMode));
            } else {
                Optional<DChannelTransport> t = open("pri", spec);
                next.put("pri", PbxPort.pri(s, mode, t.map(DChannel.class::cast).orElseGet(() -> PbxPort.deadChannel(s)),
                        t.orElse(null), spec.toString()));
            }
        } else {
            String ptmp = context.settings().get("bri.ptmp-port");
            for (int n = 1; n <= briPorts(model); n++) {
                BriPort.Wiring w = ptmp.equals(Integer.toString(n)) ? BriPort.Wiring.POINT_TO_MULTIPOINT
                        : BriPort.Wiring.POINT_TO_POINT;
                String name = "bri" + n;
                DChannelSpec spec = transportOf(name);
                if (spec instanceof DChannelSpec.Sim) {
                    next.put(name, PbxPort.bri(s, n, w));
                } else {
                    Optional<DChannelTransport> t = open(name, spec);
                    next.put(name, PbxPort.bri(s, n, w, t.map(DChannel.class::cast).orElseGet(() -> PbxPort.deadChannel(s)),
                            t.orElse(null), spec.toString()));
                }
            }
        }
        ports = next;
        for (PbxPort p : ports.values()) {
            PcapWriter w = captures.get(p.name);
            if (w != null) {
                p.tap(w);
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

    private DChannelSpec transportOf(String port) {
        return DChannelSpec.parse(context.settings().get(DChannelTransports.settingOf(port)));
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
        ClockSync.Source src = ClockSync.Source.valueOf(context.settings().get("clock.source").toUpperCase(Locale.ROOT));
        ClockSync sync = new ClockSync(model == GatewayModel.VIII ? ClockSync.Model.VIII : ClockSync.Model.VI_VII, src);
        if (src == ClockSync.Source.PRI) {
            // slaved to the PRI: a clock only from a configured span with a framed signal (CLK
            // orange-blink otherwise, guide 4628: "PRIランプが正常に点灯しているか確認")
            org.voipgw.isdn.pri.PriSpan span = (org.voipgw.isdn.pri.PriSpan) ports.get("pri").line();
            span.onLayer1(l -> sync.setPriSignal(!faults.priUnconfigured && span.clockRecoverable()));
            sync.setPriSignal(!faults.priUnconfigured && span.clockRecoverable());
        } else if (src == ClockSync.Source.BRI) {
            // the BRI clock port (Ⅷ BRI(CLK), TE fixed; Ⅵ/Ⅶ CLKポート) wired to the master clock device
            DChannelWire clockWire = new DChannelWire(context.scheduler());
            BriPort clockPort = new BriPort(context.scheduler(), clockWire.gatewayEnd(), BriPort.Config.clockPort(0),
                    new org.voipgw.isdn.call.AnsweringFarEnd(context.scheduler(), PbxPort.FAR_END_ANSWER));
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
                : new ClockStatus(ClockSource.valueOf(clock.status().source().name()), clock.status().locked());
        context.updateStatus(st -> st.with(b -> {
            b.pbxLine = pri;
            b.callsInProgress = calls;
            b.clock = cs;
        }));
    }

    static LineState lineState(IsdnLineState s) {
        return LineState.valueOf(s.name());
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
     * The SIP registration is lost (a configured account not registered after a failed attempt
     * or a lapse): the PBX side is taken out of service until it returns (guide 4580–4583).
     */
    public void setRegistrationLost(boolean lost) {
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
                org.voipgw.isdn.lapd.Side side = n.equals("pri")
                        ? SpanMode.valueOf(context.settings().get("pri.mode").toUpperCase(Locale.ROOT)).side()
                        : org.voipgw.isdn.lapd.Side.NETWORK;
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

    /** Ends the captures (flushes and closes the files). */
    public void closeCaptures() {
        for (OutputStream o : captureFiles) {
            try {
                o.close();
            } catch (IOException e) {
                org.tinylog.Logger.warn("closing a capture: {}", e.getMessage());
            }
        }
        captureFiles.clear();
        captures.clear();
    }
}
