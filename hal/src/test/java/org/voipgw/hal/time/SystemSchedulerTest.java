package org.voipgw.hal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SystemSchedulerTest {
    @Test
    void tasksRunOneAtATimeOnTheDeviceThread() throws InterruptedException {
        try (SystemScheduler s = new SystemScheduler("t")) {
            List<String> threads = new CopyOnWriteArrayList<>();
            CountDownLatch done = new CountDownLatch(3);
            for (int i = 0; i < 3; i++) {
                s.execute(() -> {
                    threads.add(Thread.currentThread().getName());
                    done.countDown();
                });
            }
            assertTrue(done.await(5, TimeUnit.SECONDS));
            assertEquals(List.of("device-t", "device-t", "device-t"), threads);
        }
    }

    @Test
    void aCancelledTimerDoesNotRun() throws InterruptedException {
        try (SystemScheduler s = new SystemScheduler("t")) {
            List<String> ran = new CopyOnWriteArrayList<>();
            Scheduler.Timer t = s.schedule(Duration.ofMillis(200), () -> ran.add("late"));
            t.cancel();
            CountDownLatch after = new CountDownLatch(1);
            s.schedule(Duration.ofMillis(400), after::countDown);
            assertTrue(after.await(5, TimeUnit.SECONDS));
            assertEquals(List.of(), ran);
            assertTrue(t.isCancelled());
        }
    }
}
