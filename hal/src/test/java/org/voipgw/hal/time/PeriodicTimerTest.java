package org.voipgw.hal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Scheduler#every} under a clock whose one-shot timers come late, as a loaded machine's real clock
 * does: the runs keep their rate (deadlines start + n × period), a short delay is made up at once, a long stall
 * restarts the deadlines.
 */
class PeriodicTimerTest {
    private static final Duration TICK = Duration.ofMillis(20);
    private final VirtualClock clock = new VirtualClock();
    private final long t0 = clock.millis();
    private final List<Long> runs = new ArrayList<>();

    private final LateScheduler late = new LateScheduler(clock);

    private void record() {
        runs.add(clock.millis() - t0);
    }

    @Test
    void onTimeRunsComeEveryPeriod() {
        clock.every(TICK, this::record);
        clock.advance(Duration.ofMillis(100));
        assertEquals(List.of(20L, 40L, 60L, 80L, 100L), runs);
    }

    @Test
    void runsThatAllComeLateKeepTheRateInsteadOfAddingUpTheLateness() {
        late.lateness = 3;
        late.every(TICK, this::record);
        clock.advance(Duration.ofMillis(1003));
        // each run 3 ms after its deadline: 23, 43, … 1003 ms — 50 runs, as many as on time (re-arming a
        // whole period after each run would have given one every 23 ms: 43 runs)
        assertEquals(50, runs.size(), runs.toString());
        assertEquals(1003L, runs.getLast());
    }

    @Test
    void aShortDelayIsMadeUpAtOnce() {
        late.nextLate = 100; // the first run comes 100 ms late: five periods, within the 200 ms catch-up bound
        late.every(TICK, this::record);
        clock.advance(Duration.ofMillis(200));
        // the runs due at 20 … 120 ms all come at 120 ms, then on time: ten runs in 200 ms, as on time
        assertEquals(List.of(120L, 120L, 120L, 120L, 120L, 120L, 140L, 160L, 180L, 200L), runs);
    }

    @Test
    void aSlowTimerThatComesLateRunsOnceAndKeepsItsNextDeadline() {
        late.nextLate = 300; // a 1 s timer (a blinking lamp's half period, say) comes 300 ms late
        late.every(Duration.ofSeconds(1), this::record);
        clock.advance(Duration.ofMillis(3300));
        // beyond the catch-up bound: its deadlines restart from 1,300 ms, and it never runs twice in a row
        assertEquals(List.of(1300L, 2300L, 3300L), runs);
    }

    @Test
    void aLongStallRestartsTheDeadlinesFromNowWithoutABurst() {
        late.nextLate = 1000; // the machine stalls for a second: more than the 200 ms catch-up bound
        late.every(TICK, this::record);
        clock.advance(Duration.ofMillis(1060));
        assertEquals(List.of(1020L, 1040L, 1060L), runs);
    }
}
