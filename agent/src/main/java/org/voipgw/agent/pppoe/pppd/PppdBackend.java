package org.voipgw.agent.pppoe.pppd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.tinylog.Logger;
import org.voipgw.agent.pppoe.LinkDrop;
import org.voipgw.agent.pppoe.PppoeBackend;
import org.voipgw.agent.pppoe.PppoeConfig;
import org.voipgw.hal.time.Scheduler;

/**
 * Live PPPoE: one Linux pppd(8) with the rp-pppoe plugin per attempt, supervised as Linux routers do
 * (OpenWrt's netifd runs pppd the same way: {@code nodetach}, its own {@code ipparam}, hooks that
 * report back, restarts decided outside pppd).
 *
 * <p>Per attempt: {@link PppdFiles} writes the peer and secret files, then {@code pppd file PEERFILE}
 * starts from an argument list ({@link ProcessBuilder}, never a shell — user values only ever reach
 * pppd inside quoted option-file words). The link is up when the ip-up hook reports with this pppd's
 * process id; it is over when pppd exits, and {@link PppdExit} turns the exit status and pppd's last
 * log lines into the reason. Closing sends SIGTERM (pppd sends PADT and exits 5) and, after
 * {@link PppdSetup#stopGrace()}, SIGKILL. Threads: one output reader per pppd and the hook reader;
 * both only post to the device event loop.
 */
public final class PppdBackend implements PppoeBackend {
    private static final int LOG_LINES_KEPT = 20;
    private final PppdSetup setup;
    private final AtomicInteger starts = new AtomicInteger();
    private final Map<Long, PppdLink> byPid = new ConcurrentHashMap<>();
    private final Set<PppdLink> live = ConcurrentHashMap.newKeySet();
    private Scheduler loop;
    private PppdFiles files;
    private HookChannel hooks;
    private String setupError;

    public PppdBackend(PppdSetup setup) {
        this.setup = Objects.requireNonNull(setup);
    }

    public PppdSetup setup() {
        return setup;
    }

    /** How many pppd processes were started (diagnostics and tests). */
    public int starts() {
        return starts.get();
    }

    public PppdFiles files() {
        return files;
    }

    @Override
    public void attach(Scheduler eventLoop, Path deviceDir) {
        this.loop = Objects.requireNonNull(eventLoop);
        if (deviceDir == null) {
            setupError = "the device has no flash directory for pppd's files";
            Logger.error("PPPoE: {}", setupError);
            return;
        }
        this.files = new PppdFiles(deviceDir);
        try {
            files.prepareDirectory();
            hooks = new HookChannel(files.events(), this::hookLine);
        } catch (IOException | RuntimeException e) {
            setupError = "cannot prepare " + deviceDir + " for pppd: " + e.getMessage();
            Logger.error("PPPoE: {}", setupError);
        }
    }

    @Override
    public Link open(PppoeConfig config, LinkEvents events) {
        if (loop == null) {
            throw new IllegalStateException("attach() the backend to the device first");
        }
        PppdLink link = new PppdLink(config, events);
        if (setupError != null) {
            link.fail(LinkDrop.Cause.SETUP_ERROR, setupError);
            return link;
        }
        try {
            files.write(config, setup);
        } catch (IOException | RuntimeException e) {
            link.fail(LinkDrop.Cause.SETUP_ERROR, "cannot write the pppd files in " + files.dir() + ": "
                    + e.getMessage());
            return link;
        }
        List<String> command = List.of(setup.pppd().toString(), "file", files.peerFile(config.session()).toString());
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            starts.incrementAndGet();
            link.started(p);
        } catch (IOException e) {
            link.fail(LinkDrop.Cause.SETUP_ERROR, "cannot start pppd (" + setup.pppd() + "): " + e.getMessage()
                    + " — install it with 'apt-get install ppp'");
        }
        return link;
    }

    @Override
    public void close() {
        live.forEach(l -> l.stop(true));
        for (PppdLink l : List.copyOf(live)) {
            l.awaitExit();
        }
        if (hooks != null) {
            hooks.close();
        }
    }

    /**
     * {@code ip-up|ip-down PPID IPPARAM IFNAME LOCAL REMOTE} from a hook script (hook reader thread).
     * The pid is looked up on the event loop, where {@link #open} registered it, so a hook that runs
     * before {@code open} returned is still matched.
     */
    private void hookLine(String line) {
        String[] w = line.trim().split(" ");
        long pid;
        try {
            pid = w.length >= 5 ? Long.parseLong(w[1]) : -1;
        } catch (NumberFormatException e) {
            pid = -1;
        }
        if (pid < 0) {
            Logger.warn("PPPoE: unreadable hook report '{}'", line);
            return;
        }
        long from = pid;
        Logger.info("pppd[{}]: {} {} local {} remote {}", w[2], w[0], w[3], w[4], w.length > 5 ? w[5] : "?");
        post(() -> {
            PppdLink link = byPid.get(from);
            if (link == null) {
                Logger.debug("PPPoE: hook report from a pppd that is gone: {}", line);
            } else if (w[0].equals("ip-up")) {
                link.reportUp(w[4]);
            }
        });
    }

    /** Runs {@code task} on the event loop; after the device stopped its loop there is nobody to tell. */
    private void post(Runnable task) {
        try {
            loop.execute(task);
        } catch (RejectedExecutionException e) {
            Logger.debug("PPPoE: event loop gone, dropping a pppd report");
        }
    }

    /** One pppd process. Event-loop fields: {@code closed}, {@code reported}. */
    private final class PppdLink implements Link {
        private final PppoeConfig config;
        private final LinkEvents events;
        private volatile Process process;
        private volatile boolean stopRequested;
        private boolean closed;
        private boolean upReported;
        private boolean downReported;

        PppdLink(PppoeConfig config, LinkEvents events) {
            this.config = config;
            this.events = events;
        }

        void started(Process p) {
            process = p;
            byPid.put(p.pid(), this);
            live.add(this);
            Logger.info("PPPoE session {}: started pppd (pid {}) with {}", config.session(), p.pid(),
                    files.peerFile(config.session()));
            Thread.ofPlatform().daemon().name("pppd-session" + config.session() + "-" + p.pid())
                    .start(this::readUntilExit);
        }

        /** pppd's output thread: log every line, keep the last ones, then report the exit on the loop. */
        private void readUntilExit() {
            Process p = process;
            Deque<String> last = new ArrayDeque<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    Logger.info("pppd[session{}]: {}", config.session(), line);
                    last.addLast(line);
                    if (last.size() > LOG_LINES_KEPT) {
                        last.removeFirst();
                    }
                }
            } catch (IOException e) {
                Logger.debug("pppd output of session {} ended: {}", config.session(), e.getMessage());
            }
            int status;
            try {
                status = p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            live.remove(this);
            List<String> log = new ArrayList<>(last);
            Logger.info("PPPoE session {}: pppd (pid {}) exited with status {}", config.session(), p.pid(), status);
            post(() -> {
                byPid.remove(p.pid());
                if (!stopRequested) {
                    reportDown(PppdExit.classify(status, log));
                }
            });
        }

        void reportUp(String local) {
            if (!closed && !upReported && !downReported) {
                upReported = true;
                events.up(local);
            }
        }

        void reportDown(LinkDrop drop) {
            if (!closed && !downReported) {
                downReported = true;
                events.down(drop);
            }
        }

        /** A failure before pppd ran: reported on the loop, after open() has returned. */
        void fail(LinkDrop.Cause cause, String detail) {
            Logger.error("PPPoE session {}: {}", config.session(), detail);
            post(() -> reportDown(new LinkDrop(cause, detail)));
        }

        @Override
        public void close(boolean orderly) {
            closed = true;
            stop(orderly);
        }

        void stop(boolean orderly) {
            stopRequested = true;
            Process p = process;
            if (p == null || !p.isAlive()) {
                return;
            }
            if (orderly) {
                p.destroy(); // SIGTERM: pppd sends PADT, runs ip-down and exits 5
                loop.schedule(setup.stopGrace(), () -> {
                    if (p.isAlive()) {
                        Logger.warn("PPPoE session {}: pppd (pid {}) ignored SIGTERM for {} s; killing it",
                                config.session(), p.pid(), setup.stopGrace().toSeconds());
                        p.destroyForcibly();
                    }
                });
            } else {
                p.destroyForcibly();
            }
        }

        void awaitExit() {
            Process p = process;
            try {
                if (p != null && !p.waitFor(setup.stopGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
