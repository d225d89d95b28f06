package org.voipgw.agent.scenario;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.voipgw.agent.device.Device;
import org.voipgw.hal.time.Durations;
import org.voipgw.hal.time.Scheduler;

/**
 * A scenario on the wall clock ({@code scenario run --live}): every step is a timer on the device's own
 * real scheduler at its time since the start, and the open expectations are sampled by a periodic timer
 * on the same loop, so the device is only ever touched on its event loop. {@code within T} waits in real
 * time, bounded by its window; the whole run is bounded by its last step plus its longest window plus
 * {@link #SLACK}, after which whatever is undecided fails.
 */
final class RealTimeRun {
    /**
     * How often open expectations are read. Chosen: 20 ms, one RTP packet time (RFC 3551 §4.5 default
     * ptime); the tone analysers judge windows far longer than that, so nothing they can see is missed.
     */
    static final Duration SAMPLE_PERIOD = Duration.ofMillis(20);
    /** Beyond the file's own span, how long the loop may lag before the run is given up. Chosen. */
    static final Duration SLACK = Duration.ofSeconds(30);

    private final Device device;
    private final Scheduler loop;
    private final Scenario scenario;
    private final PrintWriter out;
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private ExpectationWatch watch;
    private Iterator<Step> steps;
    private Step next;
    private Scheduler.Timer sampler;

    RealTimeRun(PrintWriter out, Scenario scenario, Device device) {
        this.out = out;
        this.scenario = scenario;
        this.device = device;
        this.loop = device.scheduler();
    }

    /** The longest a run of {@code s} may take on the wall clock. */
    static Duration bound(Scenario s) {
        long lastStep = s.steps().stream().mapToLong(Step::atMillis).max().orElse(0);
        long longestWindow = s.expectations().stream().mapToLong(e -> e.fromMillis() + e.windowMillis()).max().orElse(0);
        return Duration.ofMillis(Math.max(lastStep, longestWindow)).plus(SLACK);
    }

    List<Outcome> run() {
        Duration bound = bound(scenario);
        loop.execute(this::start);
        try {
            finished.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            giveUp("the run did not finish within " + Durations.format(bound.toMillis()) + " of real time");
        } catch (ExecutionException e) {
            giveUp("the run stopped: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            giveUp("interrupted");
        }
        return watch == null ? List.of() : watch.outcomes();
    }

    private void giveUp(String why) {
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        loop.execute(() -> {
            if (sampler != null) {
                sampler.cancel();
            }
            if (watch != null) {
                watch.abandon(why);
            }
            stopped.complete(null);
        });
        try {
            stopped.get(SLACK.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            out.println("  the device's event loop does not answer: " + why);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- on the device's event loop from here ----

    private void start() {
        try {
            watch = new ExpectationWatch(out, scenario, device, device.scheduler().clock().millis());
            steps = scenario.steps().iterator();
            next = steps.hasNext() ? steps.next() : null;
            watch.openBefore(next);
            sampler = loop.every(SAMPLE_PERIOD, this::tick);
            tick();
            scheduleNext();
        } catch (RuntimeException e) {
            finished.completeExceptionally(e);
        }
    }

    /** One timer at a time, for the next step: steps due at the same moment run in file order. */
    private void scheduleNext() {
        if (next == null) {
            return;
        }
        long delay = Math.max(0, next.atMillis() - watch.now());
        loop.schedule(Duration.ofMillis(delay), this::stepDue);
    }

    private void stepDue() {
        if (finished.isDone()) {
            return;
        }
        Step s = next;
        watch.run(s);
        next = steps.hasNext() ? steps.next() : null;
        watch.openBefore(next);
        // sampled after what the step set off on this loop (as a virtual run samples after runDue)
        loop.execute(this::tick);
        scheduleNext();
    }

    private void tick() {
        if (finished.isDone()) {
            return;
        }
        try {
            watch.sample();
            watch.closeUpTo(watch.now());
        } catch (RuntimeException e) {
            finished.completeExceptionally(e);
            return;
        }
        if (next == null && watch.done()) {
            sampler.cancel();
            finished.complete(null);
        }
    }
}
