package org.voipgw.tests;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.voipgw.hal.time.Scheduler;

/** Runs test code on a device event loop and waits (bounded) for its result: device code is single-threaded. */
final class OnLoop {
    private OnLoop() {
    }

    static <T> T call(Scheduler loop, Callable<T> task) {
        CompletableFuture<T> f = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                f.complete(task.call());
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("on the event loop: " + e, e);
        }
    }
}
