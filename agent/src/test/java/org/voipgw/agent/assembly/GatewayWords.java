package org.voipgw.agent.assembly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.voipgw.agent.device.EventLoop;

/**
 * A running gateway driven by its scenario words from a test thread (actions and probes of its own
 * vocabulary, on its event loop), and waiting on a condition with a bound — never a sleep as synchronisation.
 */
public final class GatewayWords {
    private GatewayWords() {
    }

    public static void act(RunningGateway gw, String word, String... args) {
        EventLoop.run(gw.loop(), () -> gw.device().vocabulary().action(word).orElseThrow().run()
                .accept(gw.device(), List.of(args)));
    }

    public static String probe(RunningGateway gw, String word, String... args) {
        return EventLoop.call(gw.loop(), () -> gw.device().vocabulary().probe(word).orElseThrow().read()
                .apply(gw.device(), new ArrayList<>(Arrays.asList(args))));
    }

    /** Polls {@code condition} every 20 ms for at most 15 s (a polling interval, not synchronisation). */
    public static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within 15 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
