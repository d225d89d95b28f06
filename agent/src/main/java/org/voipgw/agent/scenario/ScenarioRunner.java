package org.voipgw.agent.scenario;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.voipgw.agent.calls.CallFeature;
import org.voipgw.agent.fxs.FxsSide;
import org.voipgw.agent.isdn.IsdnSide;
import java.util.function.Function;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.agent.device.LampChange;
import org.voipgw.hal.time.Durations;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.led.Lamp;

/**
 * Runs a scenario on virtual time. Steps run at their times; each expectation is sampled when its
 * window opens and after every moment at which the device did something inside the window (the
 * device only changes at those moments, so sampling there sees every state it passed through).
 */
public final class ScenarioRunner {
    private final PrintWriter out;
    private final Function<Scenario, Device> assemble;
    private String file;
    private Path pcapDir;
    private Path audioDir;

    public ScenarioRunner(PrintWriter out) {
        this(out, s -> DeviceAssembly.simulated(s.model(), new VirtualClock(), null));
    }

    public ScenarioRunner(PrintWriter out, Function<Scenario, Device> assemble) {
        this.out = out;
        this.assemble = assemble;
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
        Device device = assemble.apply(scenario);
        file = scenario.file();
        Optional<IsdnSide> isdn = device.feature(IsdnSide.class);
        String base = Path.of(scenario.file()).getFileName().toString().replaceFirst("\\.scn$", "");
        if (pcapDir != null) {
            isdn.ifPresent(s -> s.captureTo(pcapDir, base));
        }
        Optional<FxsSide> fxs = device.feature(FxsSide.class);
        fxs.ifPresent(f -> f.scenarioFolder(Path.of(scenario.file()).toAbsolutePath().getParent()));
        if (audioDir != null) {
            device.feature(CallFeature.class).ifPresent(c -> c.recordAudioTo(audioDir, base));
            fxs.ifPresent(f -> f.recordAudioTo(audioDir, base));
        }
        try {
            return runOn(device, scenario);
        } finally {
            isdn.ifPresent(IsdnSide::closeCaptures);
            fxs.ifPresent(FxsSide::writeAudio);
        }
    }

    private List<Outcome> runOn(Device device, Scenario scenario) {
        VirtualClock clock = (VirtualClock) device.scheduler();
        long t0 = clock.millis();
        out.println("== " + scenario.file() + " (model " + scenario.model().ascii() + ")");
        List<Open> open = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        Iterator<Step> steps = scenario.steps().iterator();
        Iterator<Expectation> pending = scenario.expectations().iterator();
        Expectation nextExp = pending.hasNext() ? pending.next() : null;
        Step next = steps.hasNext() ? steps.next() : null;
        // expectations before any step open at time 0
        while (true) {
            while (nextExp != null && (next == null || nextExp.line() < next.line())
                    && nextExp.fromMillis() <= clock.millis() - t0) {
                open.add(new Open(nextExp));
                nextExp = pending.hasNext() ? pending.next() : null;
            }
            sample(device, t0, open, outcomes);
            long deadline = open.stream().mapToLong(o -> o.e.untilMillis()).min().orElse(Long.MAX_VALUE);
            long stepAt = next == null ? Long.MAX_VALUE : next.atMillis();
            if (next == null && open.isEmpty() && nextExp == null) {
                break;
            }
            if (deadline <= stepAt && deadline != Long.MAX_VALUE) {
                advanceSampling(device, t0, t0 + deadline, open, outcomes);
                close(device, t0, deadline, open, outcomes);
            } else if (next != null) {
                advanceSampling(device, t0, t0 + stepAt, open, outcomes);
                out.println("[" + Durations.format(stepAt) + "] " + next.text());
                try {
                    next.action().accept(device);
                } catch (RuntimeException e) {
                    // a step that cannot be done (e.g. hanging up a call that is not there) fails the run
                    Expectation asStep = new Expectation(next.line(), next.text(), "step", "done", stepAt, 0,
                            Expectation.Mode.WITHIN, d -> "failed");
                    report(outcomes, new Outcome(file, asStep, false, stepAt, "failed", e.getMessage()));
                }
                clock.runDue();
                next = steps.hasNext() ? steps.next() : null;
            } else {
                break;
            }
        }
        return outcomes;
    }

    private void advanceSampling(Device device, long t0, long target, List<Open> open, List<Outcome> outcomes) {
        VirtualClock clock = (VirtualClock) device.scheduler();
        while (true) {
            long due = clock.nextDue();
            if (due < 0 || due > target) {
                break;
            }
            clock.advanceTo(due);
            sample(device, t0, open, outcomes);
        }
        clock.advanceTo(target);
    }

    private void sample(Device device, long t0, List<Open> open, List<Outcome> outcomes) {
        long now = device.scheduler().clock().millis() - t0;
        for (Iterator<Open> it = open.iterator(); it.hasNext();) {
            Open o = it.next();
            String v = o.e.read().apply(device);
            boolean holds = v.equals(o.e.expected());
            if (o.e.mode() == Expectation.Mode.WITHIN && holds) {
                it.remove();
                report(outcomes, new Outcome(file, o.e, true, now, v, "at " + Durations.format(now)));
            } else if (o.e.mode() == Expectation.Mode.FOR && !holds) {
                it.remove();
                report(outcomes, new Outcome(file, o.e, false, now, v, since(device, t0, o.e)));
            }
        }
    }

    private void close(Device device, long t0, long deadline, List<Open> open, List<Outcome> outcomes) {
        for (Iterator<Open> it = open.iterator(); it.hasNext();) {
            Open o = it.next();
            if (o.e.untilMillis() != deadline) {
                continue;
            }
            it.remove();
            String v = o.e.read().apply(device);
            if (o.e.mode() == Expectation.Mode.FOR) {
                report(outcomes, new Outcome(file, o.e, true, deadline, v, "held until " + Durations.format(deadline)));
            } else {
                report(outcomes, new Outcome(file, o.e, false, deadline, v, since(device, t0, o.e)));
            }
        }
    }

    private String since(Device device, long t0, Expectation e) {
        if (!e.subject().startsWith("lamp ")) {
            return "";
        }
        Lamp lamp = Lamp.find(e.subject().substring(5)).orElseThrow();
        return device.lampHistory().lastChange(lamp)
                .map(LampChange::atMillis).map(t -> "since " + Durations.format(t - t0))
                .orElse("since the start");
    }

    private void report(List<Outcome> outcomes, Outcome o) {
        outcomes.add(o);
        Expectation e = o.expectation();
        if (o.passed()) {
            out.println("  PASS line " + e.line() + ": " + e.text() + " (" + o.detail() + ")");
        } else {
            out.println("  FAIL line " + e.line() + ": " + e.text() + " — actual " + e.subject() + " is " + o.actual()
                    + (o.detail().isEmpty() ? "" : " (" + o.detail() + ")"));
        }
        out.flush();
    }

    private static final class Open {
        final Expectation e;

        Open(Expectation e) {
            this.e = e;
        }
    }
}
