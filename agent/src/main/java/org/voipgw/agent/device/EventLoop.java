package org.voipgw.agent.device;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.voipgw.hal.time.Scheduler;

/**
 * Calls into a device from another thread (a web request, the demo prompt, a signal): the work is
 * posted to the device's event loop and the caller waits for its result, so device code never runs
 * on two threads at once.
 */
public final class EventLoop {
    /** A call that takes longer than this means the loop is wedged: give up rather than hang the caller. */
    static final long TIMEOUT_SECONDS = 30;

    private EventLoop() {
    }

    public static <T> T call(Scheduler loop, Callable<T> task) {
        CompletableFuture<T> f = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                f.complete(task.call());
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the device did not answer within " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the device", e);
        }
    }

    public static void run(Scheduler loop, Runnable task) {
        call(loop, () -> {
            task.run();
            return null;
        });
    }
}
