package org.voipgw.fxs;

import java.time.Duration;

/**
 * How a line reads its hook switch: debounce, dial pulses, hook flash and hang-up, by the length of a
 * break (on-hook) and of the make (off-hook) after it.
 *
 * <p>Dial pulses are those of 端末設備等規則 別表第一号 (the terminal-equipment rules the network must
 * receive, 事業用電気通信設備規則 第30条): 10 pps ± 1.0 with make ratio 30–42 % and minimum pause 600 ms;
 * 20 pps ± 1.6 with make ratio 30–36 % and minimum pause 450 ms. Over those ranges a break lasts
 * 29.6 ms (21.6 pps, 36 % make) to 77.8 ms (9 pps, 30 % make) and a make between pulses 13.9 ms to
 * 46.7 ms. So (all our choices, derived from those figures):
 *
 * <ul>
 *   <li>{@code debounce} 10 ms: shorter than the shortest legal make (13.9 ms at 20 pps), so no pulse is
 *       swallowed, yet longer than contact bounce;
 *   <li>a break of {@code pulseBreakMin} 20 ms to under {@code flashMin} is one dial pulse (the legal
 *       29.6–77.8 ms with margin both sides); shorter breaks are ignored as glitches;
 *   <li>a make of {@code digitPause} 200 ms ends a pulse train: four times the longest make inside a
 *       train, well under the 450 ms minimum pause;
 *   <li>a break from {@code flashMin} 100 ms to {@code flashMax} 1,000 ms is a hook flash (フッキング) — the
 *       window issue 11 suggests; longer is a hang-up, known 1 s after the phone went on-hook.
 * </ul>
 */
public record HookTiming(Duration debounce, Duration pulseBreakMin, Duration flashMin, Duration flashMax,
        Duration digitPause) {

    /** The figures above. */
    public static final HookTiming DEFAULT = new HookTiming(Duration.ofMillis(10), Duration.ofMillis(20),
            Duration.ofMillis(100), Duration.ofMillis(1000), Duration.ofMillis(200));

    public HookTiming {
        if (debounce.isNegative() || debounce.compareTo(pulseBreakMin) >= 0 || pulseBreakMin.compareTo(flashMin) >= 0
                || flashMin.compareTo(flashMax) >= 0 || digitPause.compareTo(debounce) <= 0) {
            throw new IllegalArgumentException("hook timing must satisfy 0 <= debounce < pulseBreakMin < flashMin < flashMax"
                    + " and digitPause > debounce: " + debounce + ", " + pulseBreakMin + ", " + flashMin + ", " + flashMax
                    + ", " + digitPause);
        }
    }
}
