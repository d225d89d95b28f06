package org.voipgw.hal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class SystemSchedulerTest {
    @Test
    void aThrowingTaskIsLoggedWithTheDeviceNameCountedAndTheLoopRunsOn() throws InterruptedException {
        Logger jul = Logger.getLogger(SystemScheduler.class.getName());
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jul.addHandler(capture);
        jul.setUseParentHandlers(false); // the expected stack trace stays out of the build output
        try (SystemScheduler s = new SystemScheduler("VIII-lab")) {
            s.execute(() -> {
                throw new IllegalStateException("boom in a feature");
            });
            CountDownLatch next = new CountDownLatch(1);
            s.execute(next::countDown);
            assertTrue(next.await(5, TimeUnit.SECONDS), "the loop keeps running after a throwing task");
            assertEquals(1, s.failedTasks());
            assertEquals(1, records.size());
            LogRecord r = records.getFirst();
            assertEquals(Level.SEVERE, r.getLevel());
            assertTrue(r.getMessage().contains("VIII-lab"), r.getMessage());
            assertEquals("boom in a feature", r.getThrown().getMessage());
        } finally {
            jul.removeHandler(capture);
            jul.setUseParentHandlers(true);
        }
    }

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
