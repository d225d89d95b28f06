package org.voipgw.agent.pppoe.pppd;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.voipgw.agent.pppoe.PppoeConfig;
import org.voipgw.agent.pppoe.PppoeSession;
import org.voipgw.agent.pppoe.PppoeSessionStatus;
import org.voipgw.agent.pppoe.RetrySchedule;
import org.voipgw.hal.time.SystemScheduler;

/**
 * One PPPoE session on a real event loop ({@link SystemScheduler}) over a {@link PppdBackend}, for
 * tests with real processes. Every status the session publishes goes into a queue the test waits on
 * (bounded), so nothing sleeps.
 */
final class LiveSession implements AutoCloseable {
    /** Fast retries so a test sees several attempts quickly; the order of the steps is what matters. */
    static final RetrySchedule FAST = new RetrySchedule(Duration.ofMillis(50), Duration.ofMillis(200),
            Duration.ofMillis(100), Duration.ofMillis(400));
    static final Duration WAIT = Duration.ofSeconds(20);

    final SystemScheduler loop = new SystemScheduler("pppd-test");
    final PppdBackend backend;
    final PppoeSession session;
    private final LinkedBlockingQueue<PppoeSessionStatus> updates = new LinkedBlockingQueue<>();
    private final List<PppoeSessionStatus> seen = new ArrayList<>();

    LiveSession(PppdSetup setup, Path deviceDir, PppoeConfig config) {
        backend = new PppdBackend(setup);
        session = new PppoeSession(config, loop, backend, FAST, updates::add);
        onLoop(() -> backend.attach(loop, deviceDir));
    }

    void onLoop(Runnable r) {
        call(() -> {
            r.run();
            return null;
        });
    }

    <T> T call(Supplier<T> s) {
        CompletableFuture<T> f = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                f.complete(s.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("event loop task failed", e);
        }
    }

    /** Waits (bounded) for a published status matching {@code p}. */
    PppoeSessionStatus await(String what, Predicate<PppoeSessionStatus> p) {
        return await(what, WAIT, p);
    }

    PppoeSessionStatus await(String what, Duration wait, Predicate<PppoeSessionStatus> p) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            PppoeSessionStatus st;
            try {
                st = left <= 0 ? null : updates.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            if (st == null) {
                return fail("no status with " + what + " within " + wait.toSeconds() + " s; seen: " + seen);
            }
            seen.add(st);
            if (p.test(st)) {
                return st;
            }
        }
    }

    PppoeSessionStatus await(String state) {
        return await("state " + state, s -> s.state().equals(state));
    }

    /** Whether any status arrives within {@code d} (to show that nothing more happens). */
    PppoeSessionStatus nextWithin(Duration d) throws InterruptedException {
        PppoeSessionStatus st = updates.poll(d.toMillis(), TimeUnit.MILLISECONDS);
        if (st != null) {
            seen.add(st);
        }
        return st;
    }

    List<String> statesSeen() {
        return seen.stream().map(PppoeSessionStatus::state).toList();
    }

    @Override
    public void close() {
        try {
            onLoop(() -> session.shutdown(true));
        } finally {
            backend.close();
            loop.close();
        }
    }
}
