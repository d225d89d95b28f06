package org.voipgw.agent.fxs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.voipgw.agent.call.CallCore;
import org.voipgw.agent.call.ToCarrier;
import org.voipgw.agent.call.ToPbx;
import org.voipgw.agent.callmedia.AudioPath;
import org.voipgw.agent.callmedia.Recording;
import org.voipgw.agent.calls.PbxCalls;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.device.FeatureVocabulary;
import org.voipgw.agent.pbx.PbxSide;
import org.voipgw.boards.GatewayModel;
import org.voipgw.boards.PbxInterface;
import org.voipgw.fxs.DialledNumber;
import org.voipgw.fxs.FxsLine;
import org.voipgw.fxs.FxsLineEvents;
import org.voipgw.fxs.FxsPorts;
import org.voipgw.fxs.LineAudio;
import org.voipgw.fxs.LineState;
import org.voipgw.fxs.signal.MediaSignalling;
import org.voipgw.fxs.sim.AnalyserToneJudge;
import org.voipgw.fxs.sim.JclipPhoneReceiver;
import org.voipgw.fxs.sim.MediaPhoneSignals;
import org.voipgw.fxs.sim.PhoneWords;
import org.voipgw.fxs.sim.SimulatedFxsPorts;
import org.voipgw.fxs.sim.SimulatedPhone;
import org.voipgw.fxs.sim.WavPlayback;
import org.voipgw.media.wav.WavFile;

/**
 * The PBX side of Ⅲ/Ⅳ (4 / 8 FXS ports, guide 4236–4260): simulated lines with a phone on each (ナンバー・
 * ディスプレイ, DTMF and pulse dialling), built anew at every boot from the {@code fxs.N.*} settings, joined to
 * the call core by {@link FxsCallRouting}. It owns {@code callsInProgress}: the ports with a call
 * ({@link FxsPorts#calls()}), which the VoIP lamp blinks green for (guide 4789: VoIP（緑）点滅 VoIP使用中).
 *
 * <p>Out of service (the SIP registration lost, {@link #setInService}) a phone lifted hears busy tone instead
 * of dial tone (decided here and in {@code FxsLine.inService}: an analog line has no blocking signal like the
 * PRI's, and a dial tone would promise a call the box cannot place). Live there is no SLIC driver yet: the
 * lines are the simulated ones on every box.
 */
public final class FxsSide implements PbxSide, PbxCalls {
    private final Map<Integer, Recording[]> recordings = new LinkedHashMap<>();
    private DeviceContext context;
    private SimulatedFxsPorts sim;
    private int generation;
    private FxsCallRouting routing;
    private boolean inService = true;
    private Path scenarioFolder = Path.of(".");
    private Path audioDir;
    private String audioPrefix;

    @Override
    public boolean appliesTo(GatewayModel model) {
        return model.spec().pbx().kind() == PbxInterface.FXS;
    }

    @Override
    public FeatureVocabulary vocabulary() {
        return FxsVocabulary.VOCABULARY;
    }

    @Override
    public void attach(DeviceContext c) {
        context = c;
    }

    @Override
    public void onBoot() {
        int mine = ++generation;
        int count = FxsVocabulary.ports(context.model());
        sim = new SimulatedFxsPorts(context.scheduler(), count, port -> FxsSettings.of(context.settings(), port),
                port -> MediaSignalling.forLine(), new MediaPhoneSignals(), port -> new JclipPhoneReceiver(),
                events(mine));
        for (FxsLine line : sim.ports().lines()) {
            line.inService(inService);
        }
        if (audioDir != null) {
            tapLines();
        }
        publish();
    }

    /** Records every running line's audio both ways into {@link #recordings} (the wires are new at each boot). */
    private void tapLines() {
        for (FxsLine line : sim.ports().lines()) {
            Recording[] r = recordings.computeIfAbsent(line.port(), p -> newRecordings());
            sim.wire(line.port()).tap((at, toPhone, fromPhone) -> {
                r[0].add(at, toPhone); // by the line's own PCM clock: a late tick must not cut silence into FSK
                r[1].add(at, fromPhone);
            });
        }
    }

    @Override
    public void onShutdown(boolean orderly) {
        generation++; // the old lines' late events are ignored
        if (sim != null) {
            sim.ports().powerLost(); // their circuits stop: no ringing, no PCM, no timers
        }
        sim = null;
        publish();
    }

    @Override
    public void onSettingsChanged(Collection<String> keys) {
        if (sim == null || keys.stream().noneMatch(k -> k.startsWith("fxs."))) {
            return;
        }
        for (FxsLine line : sim.ports().lines()) {
            try {
                line.settings(FxsSettings.of(context.settings(), line.port()));
            } catch (IllegalArgumentException e) {
                context.log().warn("FXS " + line.port() + " の設定を適用できません / settings not applied: " + e.getMessage());
            }
        }
    }

    @Override
    public void setInService(boolean now) {
        inService = now;
        if (sim != null) {
            sim.ports().lines().forEach(l -> l.inService(now));
        }
    }

    /** The lines tell the call core (through the routing) and the status; a previous boot's lines are ignored. */
    private FxsLineEvents events(int mine) {
        return new FxsLineEvents() {
            @Override
            public void dialled(int port, DialledNumber number) {
                if (current(mine)) {
                    routing.dialled(port, number);
                }
            }

            @Override
            public void answered(int port) {
                if (current(mine)) {
                    routing.answered(port);
                }
            }

            @Override
            public void hungUp(int port) {
                if (current(mine)) {
                    routing.hungUp(port);
                }
            }

            @Override
            public void flash(int port) {
                // a flash during a call: no supplementary service (hold, transfer) is offered on these lines
                // (the guide lists none for Ⅲ/Ⅳ); the call goes on
                if (current(mine)) {
                    context.log().info("FXS " + port + ": hook flash during a call (no service: ignored)");
                }
            }

            @Override
            public void stateChanged(int port, LineState state) {
                if (mine == generation) {
                    publish();
                }
            }
        };
    }

    private boolean current(int mine) {
        return mine == generation && routing != null;
    }

    private void publish() {
        int calls = sim == null ? 0 : sim.ports().calls();
        context.updateStatus(s -> s.callsInProgress() == calls ? s : s.with(b -> b.callsInProgress = calls));
    }

    // ---- the call feature's side (PbxCalls) ----

    @Override
    public ToPbx route(CallCore core, ToCarrier ip, Placed placed) {
        routing = new FxsCallRouting(core, ip, this::ports, placed);
        return routing;
    }

    @Override
    public Optional<AudioPath> audio(String port) {
        if (sim == null || !port.matches("fxs[0-9]+")) {
            return Optional.empty();
        }
        LineAudio a = line(Integer.parseInt(port.substring(3))).audio();
        return Optional.of(new AudioPath() {
            @Override
            public void fromPbx(short[] frame) {
                a.fromLine(frame);
            }

            @Override
            public void toPbx(short[] frame) {
                a.toLine(frame);
            }
        });
    }

    @Override
    public boolean playsOwnRingback() {
        return true;
    }

    @Override
    public Set<String> numbers() {
        return sim == null ? Set.of() : sim.ports().dialInNumbers();
    }

    @Override
    public Optional<String> phoneTone(int port, String expected) {
        SimulatedPhone phone = phone(port);
        short[] heard = phone.heard(PhoneWords.TONE_WINDOW);
        return Optional.of(new AnalyserToneJudge().matches(heard, expected) ? expected
                : AnalyserToneJudge.describe(heard, expected));
    }

    /**
     * Each port's state as VoIP状態 shows it, one line each (e.g. {@code FXS 1: 通話中 (talking) 0398765432}),
     * or a note that the box is off: the demo prompt's {@code phones}.
     */
    public List<String> portStates() {
        if (sim == null) {
            return List.of("FXS: the box is off");
        }
        return sim.ports().lines().stream().map(l -> "FXS " + l.port() + ": " + l.state().label()
                + (l.lastNumber().isEmpty() ? "" : " " + l.lastNumber()) + (l.audio().modeNote().isEmpty() ? ""
                : " " + l.audio().modeNote())).toList();
    }

    // ---- scenarios ----

    /** The running ports (the web UI's VoIP状態), none while the box is off. */
    public Optional<FxsPorts> runningPorts() {
        return sim == null ? Optional.empty() : Optional.of(sim.ports());
    }

    FxsPorts ports() {
        if (sim == null) {
            throw new IllegalStateException("the box is off: its FXS ports are not running");
        }
        return sim.ports();
    }

    FxsLine line(int port) {
        return ports().port(port);
    }

    SimulatedPhone phone(int port) {
        ports();
        return sim.phone(port);
    }

    void phoneAction(List<String> args) {
        ports();
        PhoneWords.runAction(args, sim::phone, new WavPlayback(scenarioFolder));
    }

    /** Where {@code phone N play FILE.wav} finds relative files: the scenario file's folder. */
    public void scenarioFolder(Path folder) {
        scenarioFolder = folder == null ? Path.of(".") : folder;
    }

    /**
     * Each FXS line's audio both ways goes to {@code dir/<prefix>-fxsN-to-phone.wav} / {@code …-from-phone.wav}
     * ({@link #writeAudio}): from the next boot when the box is off (a scenario asks before power on), from now
     * on when it runs (a running gateway: the demo's {@code --audio}, the real-peer tests). Asked again, it
     * keeps recording into the same files and only their folder and prefix change.
     */
    public void recordAudioTo(Path dir, String prefix) {
        boolean tapped = audioDir != null;
        audioDir = dir;
        audioPrefix = prefix;
        if (sim != null && !tapped) {
            tapLines();
        }
    }

    /** Writes the lines' audio (8 kHz 16-bit mono WAV) when asked to ({@code scenario run --audio}). */
    public void writeAudio() {
        if (audioDir == null) {
            return;
        }
        try {
            Files.createDirectories(audioDir);
            for (Map.Entry<Integer, Recording[]> e : recordings.entrySet()) {
                String base = audioPrefix + "-" + FxsCallRouting.portName(e.getKey());
                WavFile.write(audioDir.resolve(base + "-to-phone.wav"), e.getValue()[0].all());
                WavFile.write(audioDir.resolve(base + "-from-phone.wav"), e.getValue()[1].all());
            }
        } catch (IOException e) {
            context.log().warn("cannot write the FXS lines' audio to " + audioDir + ": " + e.getMessage());
        }
    }

    private Recording[] newRecordings() {
        Recording to = new Recording(context.scheduler().clock());
        Recording from = new Recording(context.scheduler().clock());
        to.keepAll();
        from.keepAll();
        return new Recording[] {to, from};
    }
}
