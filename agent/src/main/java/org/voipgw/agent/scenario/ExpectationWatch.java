package org.voipgw.agent.scenario;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.LampChange;
import org.voipgw.hal.time.Durations;
import org.voipgw.led.Lamp;

/**
 * The bookkeeping of one scenario run, whatever drives its time (a virtual clock, or the wall clock of a
 * {@code --live} run): steps are done and printed here, each expectation opens after the step before it
 * and stays open for its window, and every sample decides the open ones that can be decided. Outcomes
 * are printed as they are decided.
 */
final class ExpectationWatch {
    private final PrintWriter out;
    private final String file;
    private final Device device;
    private final long t0;
    private final Iterator<Expectation> pending;
    private Expectation nextPending;
    private final List<Open> open = new ArrayList<>();
    private final List<Outcome> outcomes = new ArrayList<>();

    ExpectationWatch(PrintWriter out, Scenario scenario, Device device, long t0) {
        this.out = out;
        this.file = scenario.file();
        this.device = device;
        this.t0 = t0;
        this.pending = scenario.expectations().iterator();
        this.nextPending = pending.hasNext() ? pending.next() : null;
    }

    /** Milliseconds since the run started, on the device's clock. */
    long now() {
        return device.scheduler().clock().millis() - t0;
    }

    /** Opens the expectations written before {@code nextStep} (all that are left when it is null), from now. */
    void openBefore(Step nextStep) {
        while (nextPending != null && (nextStep == null || nextPending.line() < nextStep.line())) {
            open.add(new Open(nextPending, now() + nextPending.windowMillis()));
            nextPending = pending.hasNext() ? pending.next() : null;
        }
    }

    /** Whether every expectation has been opened and decided. */
    boolean done() {
        return nextPending == null && open.isEmpty();
    }

    /** The earliest end of an open window, or {@link Long#MAX_VALUE} when none is open. */
    long nextDeadline() {
        return open.stream().mapToLong(o -> o.deadline).min().orElse(Long.MAX_VALUE);
    }

    /** Does {@code step} now and prints it; a step that cannot be done fails the run as an outcome. */
    void run(Step step) {
        out.println("[" + Durations.format(step.atMillis()) + "] " + step.text());
        try {
            step.action().accept(device);
        } catch (RuntimeException e) {
            // a step that cannot be done (e.g. hanging up a call that is not there) fails the run
            Expectation asStep = new Expectation(step.line(), step.text(), "step", "done", step.atMillis(), 0,
                    Expectation.Mode.WITHIN, d -> "failed");
            report(new Outcome(file, asStep, false, now(), "failed", e.getMessage()));
        }
    }

    /** Reads every open expectation now: a WITHIN that holds passes, a FOR that does not fails. */
    void sample() {
        long now = now();
        for (Iterator<Open> it = open.iterator(); it.hasNext();) {
            Open o = it.next();
            String v = o.e.read().apply(device);
            boolean holds = v.equals(o.e.expected());
            if (o.e.mode() == Expectation.Mode.WITHIN && holds) {
                it.remove();
                report(new Outcome(file, o.e, true, now, v, "at " + Durations.format(now)));
            } else if (o.e.mode() == Expectation.Mode.FOR && !holds) {
                it.remove();
                report(new Outcome(file, o.e, false, now, v, since(o.e)));
            }
        }
    }

    /** Decides the open expectations whose window ended at or before {@code upTo}: a FOR held, a WITHIN did not. */
    void closeUpTo(long upTo) {
        for (Iterator<Open> it = open.iterator(); it.hasNext();) {
            Open o = it.next();
            if (o.deadline > upTo) {
                continue;
            }
            it.remove();
            String v = o.e.read().apply(device);
            if (o.e.mode() == Expectation.Mode.FOR) {
                report(new Outcome(file, o.e, true, o.deadline, v, "held until " + Durations.format(o.deadline)));
            } else {
                report(new Outcome(file, o.e, false, o.deadline, v, since(o.e)));
            }
        }
    }

    /** Ends a run that could not finish (a live run past its bound): what is still open fails, unread. */
    void abandon(String why) {
        for (Open o : open) {
            report(new Outcome(file, o.e, false, now(), "undecided", why));
        }
        open.clear();
        while (nextPending != null) {
            report(new Outcome(file, nextPending, false, now(), "undecided", why));
            nextPending = pending.hasNext() ? pending.next() : null;
        }
    }

    List<Outcome> outcomes() {
        return outcomes;
    }

    private String since(Expectation e) {
        if (!e.subject().startsWith("lamp ")) {
            return "";
        }
        Lamp lamp = Lamp.find(e.subject().substring(5)).orElseThrow();
        return device.lampHistory().lastChange(lamp)
                .map(LampChange::atMillis).map(t -> "since " + Durations.format(t - t0))
                .orElse("since the start");
    }

    private void report(Outcome o) {
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

    /** An open expectation and the end of its window (ms since the start). */
    private record Open(Expectation e, long deadline) {
    }
}
