package org.voipgw.fxs;

import java.time.Duration;
import org.voipgw.hal.time.Scheduler;

/**
 * Debounces the raw hook edges of a line: a new state counts once it has held for the debounce time
 * ({@link HookTiming#debounce()}), and is reported with the time its raw edge happened, so durations
 * measured between settled edges are the true break and make lengths.
 */
public final class HookDebouncer {
    /** A settled hook change. */
    @FunctionalInterface
    public interface Listener {
        void settled(boolean offHook, long sinceMillis);
    }

    private final Scheduler scheduler;
    private final Duration debounce;
    private final Listener listener;
    private boolean settledOffHook;
    private boolean rawOffHook;
    private long rawSince;
    private Scheduler.Timer pending;

    public HookDebouncer(Scheduler scheduler, Duration debounce, Listener listener) {
        this.scheduler = scheduler;
        this.debounce = debounce;
        this.listener = listener;
    }

    /** The debounced state. */
    public boolean offHook() {
        return settledOffHook;
    }

    /** A raw edge from the line interface. */
    public void raw(boolean offHook) {
        if (offHook == rawOffHook) {
            return;
        }
        rawOffHook = offHook;
        rawSince = scheduler.clock().millis();
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        if (rawOffHook != settledOffHook) {
            pending = scheduler.schedule(debounce, this::settle);
        }
    }

    private void settle() {
        pending = null;
        if (rawOffHook != settledOffHook) {
            settledOffHook = rawOffHook;
            listener.settled(settledOffHook, rawSince);
        }
    }
}
