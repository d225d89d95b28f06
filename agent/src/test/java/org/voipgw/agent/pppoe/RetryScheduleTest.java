package org.voipgw.agent.pppoe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
    private static List<Long> seconds(boolean auth, int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> RetrySchedule.STANDARD.delay(auth, i).toSeconds()).toList();
    }

    @Test
    void ordinaryFailuresDoubleFromFiveSecondsToTwoMinutes() {
        assertEquals(List.of(5L, 10L, 20L, 40L, 80L, 120L, 120L), seconds(false, 7));
    }

    @Test
    void authFailuresDoubleFromOneMinuteToTenMinutes() {
        assertEquals(List.of(60L, 120L, 240L, 480L, 600L, 600L), seconds(true, 6));
        assertEquals(Duration.ofMinutes(10), RetrySchedule.STANDARD.delay(true, 1_000_000));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> RetrySchedule.STANDARD.delay(false, 0));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ZERO, Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ofSeconds(5),
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)));
    }
}
