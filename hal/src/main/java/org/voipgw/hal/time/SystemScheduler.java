package org.voipgw.hal.time;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Live mode: the system clock and one event-loop thread per device. This is the only place that
 * reads the wall clock; device logic sees it through {@link Clock}.
 */
public final class SystemScheduler implements Scheduler, Clock, AutoCloseable {
    private final ScheduledExecutorService loop;

    public SystemScheduler(String deviceName) {
        loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "device-" + deviceName);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }

    @Override
    public Clock clock() {
        return this;
    }

    @Override
    public Timer schedule(Duration delay, Runnable task) {
        ScheduledFuture<?> f = loop.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        return new Timer() {
            @Override
            public void cancel() {
                f.cancel(false);
            }

            @Override
            public boolean isCancelled() {
                return f.isCancelled();
            }
        };
    }

    @Override
    public void close() {
        loop.shutdownNow();
    }
}
