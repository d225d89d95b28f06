package org.voipgw.agent.scenario;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.agent.assembly.LiveScenarioBox;
import org.voipgw.agent.calls.CallFeature;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.EventLoop;
import org.voipgw.agent.fxs.FxsSide;
import org.voipgw.agent.isdn.IsdnSide;
import org.voipgw.hal.time.VirtualClock;

/**
 * Runs a scenario. On virtual time (the default) steps run at their times and each expectation is
 * sampled when its window opens and after every moment at which the device did something inside the
 * window (the device only changes at those moments, so sampling there sees every state it passed
 * through). With {@link #live} the box's SIP edge is real (jain-sip, UDP RTP) and the run is on the wall
 * clock ({@link RealTimeRun}); the PBX side stays simulated either way.
 */
public final class ScenarioRunner {
    private final PrintWriter out;
    private final Function<Scenario, Device> assemble;
    private final Function<Scenario, LiveScenarioBox> assembleLive;
    private Path pcapDir;
    private Path audioDir;

    public ScenarioRunner(PrintWriter out) {
        this(out, s -> DeviceAssembly.simulated(s.model(), new VirtualClock(), null));
    }

    public ScenarioRunner(PrintWriter out, Function<Scenario, Device> assemble) {
        this(out, assemble, null);
    }

    private ScenarioRunner(PrintWriter out, Function<Scenario, Device> assemble,
                           Function<Scenario, LiveScenarioBox> assembleLive) {
        this.out = out;
        this.assemble = assemble;
        this.assembleLive = assembleLive;
    }

    /**
     * A runner of {@code --live} runs: each scenario on a box whose SIP is live ({@link LiveScenarioBox},
     * to the carrier the file's {@code set sip.*} steps name, else the embedded carrier), in real time.
     * Check files with {@link LiveCheck} first: the simulated carrier's words cannot run live.
     */
    public static ScenarioRunner live(PrintWriter out) {
        return new ScenarioRunner(out, null, s -> LiveScenarioBox.start(s.model(), LiveCheck.usesEmbeddedCarrier(s)));
    }

    /** Also write one D-channel capture per ISDN port of each scenario to {@code dir} ({@code --pcap}). */
    public ScenarioRunner capturingTo(Path dir) {
        this.pcapDir = dir;
        return this;
    }

    /** Also write each call's audio as WAV files to {@code dir} ({@code --audio}). */
    public ScenarioRunner recordingAudioTo(Path dir) {
        this.audioDir = dir;
        return this;
    }

    public List<Outcome> run(Scenario scenario) {
        if (assembleLive == null) {
            Device device = assemble.apply(scenario);
            setUpRecorders(device, scenario);
            try {
                out.println("== " + scenario.file() + " (model " + scenario.model().ascii() + ")");
                return virtual(device, scenario);
            } finally {
                finishRecorders(device);
            }
        }
        try (LiveScenarioBox box = assembleLive.apply(scenario)) {
            Device device = box.device();
            out.println("== " + scenario.file() + " (model " + scenario.model().ascii() + ", live: real time)");
            box.notes().forEach(n -> out.println("   " + n));
            out.flush();
            // the device is touched on its own event loop only
            EventLoop.run(device.scheduler(), () -> setUpRecorders(device, scenario));
            try {
                return new RealTimeRun(out, scenario, device).run();
            } finally {
                EventLoop.run(device.scheduler(), () -> finishRecorders(device));
            }
        }
    }

    private void setUpRecorders(Device device, Scenario scenario) {
        String base = Path.of(scenario.file()).getFileName().toString().replaceFirst("\\.scn$", "");
        if (pcapDir != null) {
            device.feature(IsdnSide.class).ifPresent(s -> s.captureTo(pcapDir, base));
        }
        Optional<FxsSide> fxs = device.feature(FxsSide.class);
        fxs.ifPresent(f -> f.scenarioFolder(Path.of(scenario.file()).toAbsolutePath().getParent()));
        if (audioDir != null) {
            device.feature(CallFeature.class).ifPresent(c -> c.recordAudioTo(audioDir, base));
            fxs.ifPresent(f -> f.recordAudioTo(audioDir, base));
        }
    }

    private static void finishRecorders(Device device) {
        device.feature(IsdnSide.class).ifPresent(IsdnSide::closeCaptures);
        device.feature(FxsSide.class).ifPresent(FxsSide::writeAudio);
    }

    private List<Outcome> virtual(Device device, Scenario scenario) {
        VirtualClock clock = (VirtualClock) device.scheduler();
        ExpectationWatch watch = new ExpectationWatch(out, scenario, device, clock.millis());
        Iterator<Step> steps = scenario.steps().iterator();
        Step next = steps.hasNext() ? steps.next() : null;
        while (true) {
            watch.openBefore(next); // expectations before any step open at time 0
            watch.sample();
            long deadline = watch.nextDeadline();
            long stepAt = next == null ? Long.MAX_VALUE : next.atMillis();
            if (next == null && watch.done()) {
                break;
            }
            if (deadline <= stepAt && deadline != Long.MAX_VALUE) {
                advanceSampling(clock, watch, deadline);
                watch.closeUpTo(deadline);
            } else if (next != null) {
                advanceSampling(clock, watch, stepAt);
                watch.run(next);
                clock.runDue();
                next = steps.hasNext() ? steps.next() : null;
            } else {
                break;
            }
        }
        return watch.outcomes();
    }

    /** Runs the virtual clock to {@code target} (ms since the start), sampling after every moment something ran. */
    private static void advanceSampling(VirtualClock clock, ExpectationWatch watch, long target) {
        long t0 = clock.millis() - watch.now();
        while (true) {
            long due = clock.nextDue();
            if (due < 0 || due > t0 + target) {
                break;
            }
            clock.advanceTo(due);
            watch.sample();
        }
        clock.advanceTo(t0 + target);
    }
}
