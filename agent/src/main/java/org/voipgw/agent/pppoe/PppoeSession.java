package org.voipgw.agent.pppoe;

import org.voipgw.led.status.PppoeMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.tinylog.Logger;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.led.status.PppState;

/**
 * One PPPoE session (1–5) of the broadband-router function: when to connect, what the user sees, and
 * when to try again. The PPP work itself (RFC 2516 discovery, LCP, PAP/CHAP, IPCP, LCP echoes) is
 * the {@link PppoeBackend}'s; this class runs on the device event loop and is driven by settings,
 * the 接続/切断 buttons, traffic, the WAN link and the backend's up/down reports.
 *
 * <p>States shown (web UI words, {@link PppState}):
 * <ul>
 * <li>停止中 {@code stopped} — powered off, not 接続可 (disabled), not wanted (manual/on-demand
 *     without a connect, after 切断 or an idle time-out), or no user name set;
 * <li>接続中 {@code connecting} — the first attempt since the session was started;
 * <li>接続 {@code connected} — IPCP is up, with the address the provider gave us;
 * <li>認証失敗 {@code auth-failed} — the provider refused the account; retried slowly;
 * <li>再試行待ち {@code retry-wait} — any other failure or drop, or the WAN cable is out; waiting
 *     to retry at {@code retryAt} (or, with the cable out, until the link returns);
 * <li>{@code no-kernel-ppp} — live mode on a kernel without PPP; never retried.
 * </ul>
 * Once an error happened, the session keeps showing 認証失敗/再試行待ち through its retry attempts
 * (with {@code attempting=true}) until it connects or is stopped: the Ⅲ–Ⅶ PPP lamp blinks green for
 * "エラーが発生し、リトライ中" (guide line 4743) during the whole retry cycle rather than
 * flickering off for each attempt.
 *
 * <p>Modes: 常時接続 wants the link from boot and after every drop; オンデマンド接続 wants it from a
 * {@link #connect()} or {@link #demand()} until the backend reports an idle time-out; 手動接続 only
 * between {@link #connect()} and {@link #disconnect()}. While wanted, failures are retried on the
 * {@link RetrySchedule}. Changing the settings restarts the session with fresh counts.
 */
public final class PppoeSession {
    private enum Phase { IDLE, CONNECTING, CONNECTED, WAITING, HALTED }

    private final Scheduler loop;
    private final PppoeBackend backend;
    private final RetrySchedule retry;
    private final Consumer<PppoeSessionStatus> changed;
    private PppoeConfig config;
    private boolean powered;
    private boolean wanUp;
    private boolean wanted;
    private Phase phase = Phase.IDLE;
    private Attempt current;
    private Scheduler.Timer retryTimer;
    private Instant retryAt;
    private String address;
    private String lastError;
    /** The error state kept through retries: AUTH_FAILED, RETRY_WAIT or NO_KERNEL_PPP; null when none. */
    private PppState errorState;
    private int failures;
    private int authFailures;
    private PppoeSessionStatus published;

    /** {@code changed} is called on the event loop with every new status (for DeviceStatus and the web UI). */
    public PppoeSession(PppoeConfig config, Scheduler loop, PppoeBackend backend, RetrySchedule retry,
                        Consumer<PppoeSessionStatus> changed) {
        this.config = Objects.requireNonNull(config);
        this.loop = Objects.requireNonNull(loop);
        this.backend = Objects.requireNonNull(backend);
        this.retry = Objects.requireNonNull(retry);
        this.changed = Objects.requireNonNull(changed);
        this.published = snapshot();
    }

    public int number() {
        return config.session();
    }

    public PppoeConfig config() {
        return config;
    }

    public PppoeSessionStatus status() {
        return published;
    }

    public PppState state() {
        return published.ppp();
    }

    /** The box finished booting: 常時接続 sessions start now. */
    public void boot(boolean wanLinkUp) {
        powered = true;
        wanUp = wanLinkUp;
        wanted = config.mode() == PppoeMode.ALWAYS;
        resetErrors();
        reconcile();
    }

    /** The box goes down; {@code orderly} sends PADT first (a power cut cannot). */
    public void shutdown(boolean orderly) {
        powered = false;
        wanted = false;
        stopFresh(orderly);
        publish();
    }

    /** New settings for this session; unchanged settings change nothing. */
    public void configure(PppoeConfig next) {
        if (next.session() != config.session()) {
            throw new IllegalArgumentException("settings of session " + next.session() + " given to session "
                    + config.session());
        }
        if (next.equals(config)) {
            return;
        }
        Logger.info("PPPoE session {}: settings changed, restarting: {}", number(), next);
        config = next;
        stopFresh(true);
        wanted = config.mode() == PppoeMode.ALWAYS;
        reconcile();
    }

    /**
     * The 接続 button ({@code pppoe N connect}): want the link and try now, even during a retry wait.
     *
     * @return false (and nothing changes) when the session is not 接続可 (enabled)
     */
    public boolean connect() {
        Optional<String> refused = connectRefusal();
        if (refused.isPresent()) {
            Logger.warn("PPPoE session {}: connect ignored, {}", number(), refused.get());
            return false;
        }
        wanted = true;
        if (phase == Phase.WAITING || phase == Phase.HALTED) {
            cancelRetry();
            phase = Phase.IDLE;
            failures = 0;
            authFailures = 0;
        }
        reconcile();
        return true;
    }

    /** Why {@link #connect()} would do nothing now (for the web UI), or empty when it would try. */
    public Optional<String> connectRefusal() {
        if (!config.enabled()) {
            return Optional.of("session " + number() + " is not enabled (接続可, pppoe." + number() + ".enabled)");
        }
        if (config.user().isEmpty()) {
            return Optional.of("session " + number() + " has no user name (pppoe." + number() + ".user)");
        }
        return Optional.empty();
    }

    /** The 切断 button ({@code pppoe N disconnect}): end the session (PADT) and stop until connected again. */
    public void disconnect() {
        wanted = false;
        stopFresh(true);
        reconcile();
    }

    /**
     * IP traffic wants the link: an on-demand session that is not wanted yet connects; a link that
     * exists sees traffic (its idle timer restarts). A waiting session keeps its back-off.
     */
    public void demand() {
        if (current != null) {
            current.link().traffic();
        } else if (config.mode() == PppoeMode.ON_DEMAND && config.enabled() && !wanted) {
            wanted = true;
            reconcile();
        }
    }

    /** The WAN Ethernet link changed: a cut drops the session, the return brings it back at once. */
    public void wanLink(boolean up) {
        if (up == wanUp) {
            return;
        }
        wanUp = up;
        reconcile();
    }

    private void reconcile() {
        if (!powered || !config.enabled() || !wanted) {
            endLink(true);
            cancelRetry();
            if (phase != Phase.IDLE) {
                phase = Phase.IDLE;
                errorState = null;
            }
        } else if (phase == Phase.HALTED) {
            // nothing helps but new settings or a connect
        } else if (config.user().isEmpty()) {
            phase = Phase.IDLE;
            lastError = "no user name set (pppoe." + number() + ".user)";
        } else if (!wanUp) {
            if (current != null) {
                endLink(true); // SIGTERM: pppd still runs ip-down and removes its routes; the PADT is lost
                lastError = LinkDrop.Cause.WAN_DOWN.text();
                Logger.warn("PPPoE session {}: dropped, {}", number(), lastError);
            } else if (lastError == null) {
                lastError = LinkDrop.Cause.WAN_DOWN.text();
            }
            cancelRetry();
            phase = Phase.WAITING;
            if (errorState == null) {
                errorState = PppState.RETRY_WAIT;
            }
        } else if (phase == Phase.IDLE || (phase == Phase.WAITING && retryTimer == null)) {
            startAttempt();
        }
        publish();
    }

    private void startAttempt() {
        phase = Phase.CONNECTING;
        retryAt = null;
        Attempt a = new Attempt();
        current = a;
        Logger.info("PPPoE session {}: connecting as {}", number(), config.user());
        PppoeBackend.Link link = backend.open(config, a);
        a.link = link;
        if (current != a) {
            link.close(true); // reported down while opening; make sure nothing lingers
        }
    }

    private void onUp(String localAddress) {
        phase = Phase.CONNECTED;
        address = localAddress;
        errorState = null;
        lastError = null;
        failures = 0;
        authFailures = 0;
        publish();
    }

    private void onDown(LinkDrop drop) {
        current = null;
        address = null;
        lastError = drop.detail();
        switch (drop.cause().recovery()) {
            case STOP -> {
                Logger.info("PPPoE session {}: {}", number(), drop.detail());
                lastError = null;
                phase = Phase.IDLE;
                wanted = config.mode() == PppoeMode.ALWAYS;
                reconcile();
                return;
            }
            case HALT -> {
                Logger.error("PPPoE session {}: {} — not retrying until the settings change or 接続 is pressed",
                        number(), drop.detail());
                phase = Phase.HALTED;
                errorState = drop.cause() == LinkDrop.Cause.NO_KERNEL_PPP ? PppState.NO_KERNEL_PPP : null;
            }
            case RETRY, RETRY_AUTH -> {
                boolean auth = drop.cause().recovery() == LinkDrop.Recovery.RETRY_AUTH;
                int n = auth ? ++authFailures : ++failures;
                Duration wait = retry.delay(auth, n);
                errorState = auth ? PppState.AUTH_FAILED : PppState.RETRY_WAIT;
                phase = Phase.WAITING;
                retryAt = loop.clock().now().plus(wait);
                retryTimer = loop.schedule(wait, this::retryDue);
                Logger.warn("PPPoE session {}: {}; attempt {} failed, retrying in {} s", number(), drop.detail(),
                        n, wait.toSeconds());
            }
        }
        publish();
    }

    private void retryDue() {
        retryTimer = null;
        retryAt = null;
        if (phase == Phase.WAITING) {
            phase = Phase.IDLE;
        }
        reconcile();
    }

    /** Ends the link and any wait, and forgets past failures: the next start is a first attempt. */
    private void stopFresh(boolean orderly) {
        endLink(orderly);
        cancelRetry();
        phase = Phase.IDLE;
        resetErrors();
    }

    private void endLink(boolean orderly) {
        Attempt a = current;
        current = null;
        address = null;
        if (a != null && a.link != null) {
            a.link.close(orderly);
        }
    }

    private void cancelRetry() {
        if (retryTimer != null) {
            retryTimer.cancel();
            retryTimer = null;
        }
        retryAt = null;
    }

    private void resetErrors() {
        errorState = null;
        lastError = null;
        failures = 0;
        authFailures = 0;
    }

    private PppState shown() {
        if (!powered || !config.enabled()) {
            return PppState.STOPPED;
        }
        return switch (phase) {
            case IDLE -> PppState.STOPPED;
            case CONNECTED -> PppState.CONNECTED;
            case CONNECTING -> errorState != null ? errorState : PppState.CONNECTING;
            case WAITING -> errorState != null ? errorState : PppState.RETRY_WAIT;
            case HALTED -> errorState != null ? errorState : PppState.STOPPED;
        };
    }

    private PppoeSessionStatus snapshot() {
        return PppoeSessionStatus.of(config, shown(), address, retryAt, lastError,
                phase == Phase.CONNECTING && errorState != null);
    }

    private void publish() {
        PppoeSessionStatus next = snapshot();
        if (next.equals(published)) {
            return;
        }
        if (!next.state().equals(published.state())) {
            Logger.info("PPPoE session {}: {} → {}{}", number(), published.state(), next.state(),
                    next.address() != null ? " " + next.address() : "");
        }
        published = next;
        changed.accept(next);
    }

    /** One call to {@link PppoeBackend#open}; reports from an attempt that is no longer current are ignored. */
    private final class Attempt implements PppoeBackend.LinkEvents {
        private PppoeBackend.Link link;

        PppoeBackend.Link link() {
            return link;
        }

        @Override
        public void up(String localAddress) {
            if (current == this) {
                onUp(localAddress);
            }
        }

        @Override
        public void down(LinkDrop drop) {
            if (current == this) {
                onDown(drop);
            }
        }
    }
}
