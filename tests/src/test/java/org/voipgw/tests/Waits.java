package org.voipgw.tests;

import java.util.Optional;
import java.util.function.Supplier;

/** Waiting on a condition with a bound — never a sleep as synchronisation. */
final class Waits {
    private Waits() {
    }

    /** Polls {@code condition} every 20 ms until it yields a value, or fails after {@code seconds}. */
    static <T> T until(int seconds, Supplier<Optional<T>> condition) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<T> v = condition.get();
            if (v.isPresent()) {
                return v.get();
            }
            Thread.sleep(20); // a polling interval, not synchronisation: the condition decides
        }
        throw new AssertionError("condition not met within " + seconds + " s");
    }
}
