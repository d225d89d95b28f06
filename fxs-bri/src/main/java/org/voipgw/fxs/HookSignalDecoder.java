package org.voipgw.fxs;

import java.time.Duration;
import org.voipgw.hal.time.Scheduler;

/**
 * Turns settled hook edges into what they mean on an exchange line: the phone went off-hook, dialled a
 * pulse digit, flashed, or hung up ({@link HookTiming} gives the figures and their sources). A hang-up is
 * reported once the break has lasted longer than a flash can ({@link HookTiming#flashMax()}) and the
 * debounce has passed: 1,011 ms after the phone went on-hook with the default figures.
 */
public final class HookSignalDecoder {
    /** What the hook said. */
    public interface Listener {
        void offHook();

        void onHook();

        void flash();

        void pulseDigit(char digit);
    }

    private enum Hook {
        ON_HOOK,
        OFF_HOOK,
        BREAK
    }

    private final Scheduler scheduler;
    private final HookTiming timing;
    private final Listener listener;
    private Hook hook = Hook.ON_HOOK;
    private long breakSince;
    private int pulses;
    private Scheduler.Timer hangUpTimer;
    private Scheduler.Timer digitEndTimer;

    public HookSignalDecoder(Scheduler scheduler, HookTiming timing, Listener listener) {
        this.scheduler = scheduler;
        this.timing = timing;
        this.listener = listener;
    }

    /** Whether the phone counts as off-hook (a break shorter than a hang-up still counts as off-hook). */
    public boolean offHook() {
        return hook != Hook.ON_HOOK;
    }

    /** A settled edge from the {@link HookDebouncer}. */
    public void settled(boolean offHook, long sinceMillis) {
        switch (hook) {
            case ON_HOOK -> {
                if (offHook) {
                    hook = Hook.OFF_HOOK;
                    listener.offHook();
                }
            }
            case OFF_HOOK -> {
                if (!offHook) {
                    hook = Hook.BREAK;
                    breakSince = sinceMillis;
                    cancel(digitEndTimer);
                    // decide after the longest flash plus the debounce, so a make at exactly flashMax has settled
                    long decideAt = sinceMillis + timing.flashMax().toMillis() + timing.debounce().toMillis() + 1;
                    hangUpTimer = scheduler.schedule(Duration.ofMillis(Math.max(0, decideAt - scheduler.clock().millis())),
                            this::hungUp);
                }
            }
            case BREAK -> {
                if (offHook) {
                    hook = Hook.OFF_HOOK;
                    cancel(hangUpTimer);
                    made(Duration.ofMillis(sinceMillis - breakSince), sinceMillis);
                }
            }
            default -> throw new IllegalStateException(hook.name());
        }
    }

    private void made(Duration brk, long sinceMillis) {
        if (brk.compareTo(timing.pulseBreakMin()) < 0) {
            if (pulses > 0) {
                armDigitEnd(sinceMillis); // a glitch inside a train: the train goes on
            }
            return;
        }
        if (brk.compareTo(timing.flashMin()) < 0) {
            pulses++;
            armDigitEnd(sinceMillis);
            return;
        }
        pulses = 0; // a flash ends any unfinished train: those pulses meant nothing
        listener.flash();
    }

    private void armDigitEnd(long sinceMillis) {
        long left = sinceMillis + timing.digitPause().toMillis() - scheduler.clock().millis();
        digitEndTimer = scheduler.schedule(Duration.ofMillis(Math.max(0, left)), this::digitEnded);
    }

    private void digitEnded() {
        int count = pulses;
        pulses = 0;
        if (count >= 1 && count <= 10) {
            listener.pulseDigit(count == 10 ? '0' : (char) ('0' + count)); // ten pulses are 0 (別表第一号 第1)
        }
        // more than ten pulses is no digit: ignored, as an exchange would
    }

    private void hungUp() {
        hook = Hook.ON_HOOK;
        pulses = 0;
        listener.onHook();
    }

    private static void cancel(Scheduler.Timer timer) {
        if (timer != null) {
            timer.cancel();
        }
    }
}
