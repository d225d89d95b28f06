package org.voipgw.packaging;

import java.util.function.Supplier;

/** Waiting on a condition with a bound — never a sleep as synchronisation. */
final class Waits {
    private Waits() {
    }

    /** Polls {@code condition} every 50 ms until it gives a non-null value, or fails after {@code seconds}. */
    static <T> T until(String what, int seconds, Supplier<T> condition) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            T v = condition.get();
            if (v != null) {
                return v;
            }
            Thread.sleep(50); // a polling interval, not synchronisation: the condition decides
        }
        throw new AssertionError(what + ": not within " + seconds + " s");
    }
}
