package org.voipgw.hal.time;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live mode: the system clock and one event-loop thread per device. This is the only place that
 * reads the wall clock; device logic sees it through {@link Clock}.
 *
 * <p>A task that throws is never lost: a {@link ScheduledExecutorService} would keep the exception
 * in a future nobody reads. Each task runs inside a guard that logs the exception with the device's
 * name, counts it ({@link #failedTasks()}), and returns, so the loop — and the device — keep running.
 */
public final class SystemScheduler implements Scheduler, Clock, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SystemScheduler.class.getName());

    private final ScheduledExecutorService loop;
    private final String deviceName;
    private final AtomicLong failedTasks = new AtomicLong();

    public SystemScheduler(String deviceName) {
        this.deviceName = deviceName;
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
        ScheduledFuture<?> f = loop.schedule(() -> runGuarded(task), delay.toMillis(), TimeUnit.MILLISECONDS);
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

    /** How many tasks have thrown since the loop started (each one logged). */
    public long failedTasks() {
        return failedTasks.get();
    }

    private void runGuarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            long n = failedTasks.incrementAndGet();
            LOG.log(System.Logger.Level.ERROR, () -> "device " + deviceName + ": a task on the event loop failed ("
                    + n + " so far); the device keeps running", e);
            if (e instanceof VirtualMachineError) {
                throw e; // out of memory and the like: nothing sensible runs after it
            }
        }
    }

    @Override
    public void close() {
        loop.shutdownNow();
    }
}
