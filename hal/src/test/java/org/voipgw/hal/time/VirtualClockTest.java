package org.voipgw.hal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualClockTest {
    private final VirtualClock clock = new VirtualClock();
    private final long t0 = clock.millis();
    private final List<String> ran = new ArrayList<>();

    private Runnable log(String name) {
        return () -> ran.add(name + "@" + (clock.millis() - t0));
    }

    @Test
    void timersRunInTimeOrderAndTiesInTheOrderScheduled() {
        clock.schedule(Duration.ofSeconds(2), log("b"));
        clock.schedule(Duration.ofSeconds(1), log("a"));
        clock.schedule(Duration.ofSeconds(2), log("c"));
        clock.advance(Duration.ofSeconds(5));
        assertEquals(List.of("a@1000", "b@2000", "c@2000"), ran);
        assertEquals(t0 + 5000, clock.millis());
    }

    @Test
    void nothingHappensUntilTheClockIsAdvanced() {
        clock.schedule(Duration.ofMillis(10), log("x"));
        clock.execute(log("now"));
        assertEquals(List.of(), ran);
        clock.runDue();
        assertEquals(List.of("now@0"), ran);
        clock.advanceTo(t0 + 9);
        assertEquals(List.of("now@0"), ran);
        clock.advanceTo(t0 + 10);
        assertEquals(List.of("now@0", "x@10"), ran);
    }

    @Test
    void cancelledTimersDoNotRunAndCancelAfterRunningIsHarmless() {
        Scheduler.Timer t = clock.schedule(Duration.ofSeconds(1), log("cancelled"));
        Scheduler.Timer u = clock.schedule(Duration.ofSeconds(1), log("ran"));
        t.cancel();
        clock.advance(Duration.ofSeconds(2));
        u.cancel();
        assertEquals(List.of("ran@1000"), ran);
        assertTrue(t.isCancelled());
        assertEquals(-1, clock.nextDue());
    }

    @Test
    void aTimerScheduledByATimerRunsInTheSameAdvanceWhenDue() {
        clock.schedule(Duration.ofSeconds(1), () -> {
            ran.add("first@" + (clock.millis() - t0));
            clock.schedule(Duration.ofSeconds(1), log("second"));
        });
        clock.advance(Duration.ofSeconds(3));
        assertEquals(List.of("first@1000", "second@2000"), ran);
    }

    @Test
    void periodicTimersRepeatUntilCancelled() {
        Scheduler.Timer every = clock.every(Duration.ofMillis(500), log("tick"));
        clock.advance(Duration.ofMillis(1600));
        every.cancel();
        clock.advance(Duration.ofSeconds(10));
        assertEquals(List.of("tick@500", "tick@1000", "tick@1500"), ran);
        assertEquals(0, clock.pending());
    }

    @Test
    void timeNeverGoesBackwardsAndDelaysAreNotNegative() {
        clock.advance(Duration.ofSeconds(1));
        assertThrows(IllegalArgumentException.class, () -> clock.advanceTo(t0));
        assertThrows(IllegalArgumentException.class, () -> clock.schedule(Duration.ofMillis(-1), log("x")));
        assertThrows(IllegalArgumentException.class, () -> clock.every(Duration.ZERO, log("x")));
    }
}
