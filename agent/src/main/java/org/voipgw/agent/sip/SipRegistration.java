package org.voipgw.agent.sip;

import org.voipgw.agent.sip.digest.DigestAuth;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.voipgw.agent.device.DeviceLog;
import org.voipgw.agent.sip.digest.DigestAuth.Challenge;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.led.status.RegistrationState;

/**
 * The gateway's one SIP registration (guide: "Register 機能 1番号"), as our own state machine on the
 * device's {@link Scheduler}; it runs unchanged against jain-sip (live) and the in-memory carrier.
 *
 * <ul>
 * <li>States: {@link RegistrationState}. REGISTERING while the first REGISTER (or a retry without a
 * valid binding) is in flight; REGISTERED while a binding is valid, refreshes included; RETRY_WAIT /
 * AUTH_FAILED while waiting out the backoff; UNREGISTERED with no account, no WAN, or after shutdown.</li>
 * <li>One Call-ID per boot (one instance per boot) and CSeq +1 per request (RFC 3261 §10.2.4, §10.2);
 * never two REGISTERs in flight: a new one is only sent once the previous has a final response, has
 * timed out (Timer F, RFC 3261 §17.1.2.2) or was abandoned.</li>
 * <li>Refresh at half the granted lifetime: RFC 3261 §10.2.4 asks only for "before the expiration
 * interval has elapsed"; half is the common practice (and RFC 4028 §10's rule for refreshes), and it
 * leaves half the lifetime for retries before the binding lapses.</li>
 * <li>401/407: answered once with the strongest digest offered (RFC 3261 §22.2, RFC 8760 §2.4); a second
 * 401 after the answer (unless {@code stale=true}, RFC 7616 §3.3) or a 403 means the password was
 * rejected: AUTH_FAILED (認証失敗), retried on the same backoff.</li>
 * <li>423: retried at once with the registrar's Min-Expires (RFC 3261 §10.2.8).</li>
 * <li>Any other failure: RFC 5626 §4.5 backoff ({@link FlowRecoveryBackoff}); never an immediate retry; a
 * later Retry-After of a 500/503 wins (RFC 3261 §21.5.4).</li>
 * </ul>
 */
public final class SipRegistration {
    /** Protocol timing; {@link #DEFAULT} is what the RFCs say, tests shorten it. */
    public record Timing(FlowRecoveryBackoff backoff, Duration transactionTimeout) {
        /** Timer F = 64 × T1 = 32 s (RFC 3261 §17.1.2.2). */
        public static final Timing DEFAULT = new Timing(FlowRecoveryBackoff.RFC5626, Duration.ofSeconds(32));
    }

    /**
     * What the rest of the box sees.
     *
     * @param lost whether the PBX side should be taken out of service: a configured account that is
     *             not registered after an attempt failed or a registration lapsed (guide: PRI閉塞)
     */
    public record Snapshot(RegistrationState state, Instant expiresAt, Instant retryAt, String lastError,
                           boolean lost, int consecutiveFailures) {
    }

    private enum Purpose { REGISTER, UNREGISTER }

    /** The REGISTER in flight; {@code challengeAnswers} counts answers in this chain of requests. */
    private record Transaction(long cseq, int expires, Purpose purpose, int challengeAnswers, Scheduler.Timer timeout) {
    }

    private static final int MAX_EXPIRES = 7 * 24 * 3600;
    /** {@code lastError} of a rejected account starts with this. */
    public static final String AUTH_FAILED_TEXT = "認証に失敗しました";
    /** A Retry-After beyond this is taken as this (a broken header must not silence the box for days). */
    private static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

    private final DeviceLog log;
    private final Scheduler scheduler;
    private final SipPort port;
    private final RandomGenerator random;
    private final Timing timing;
    private final Consumer<Snapshot> listener;
    private final String callId;

    private SipAccount account;
    private boolean wanUp;
    private boolean stopped;
    private long cseq;
    private Transaction inFlight;
    private int requestedExpires;
    private Challenge challenge;
    private boolean proxyChallenge;
    private int nonceCount;
    private Scheduler.Timer refreshTimer;
    private Scheduler.Timer retryTimer;
    private Scheduler.Timer expiryTimer;
    private Instant bindingExpiresAt;
    private Instant retryAt;
    private String lastError;
    private int failures;
    private boolean lostFlag;
    private Scheduler.Timer wanWaitTimer;
    private RegistrationState state = RegistrationState.UNREGISTERED;
    private Snapshot published;
    private Runnable whenUnregistered;

    public SipRegistration(Scheduler scheduler, SipPort port, RandomGenerator random, Timing timing,
                           Consumer<Snapshot> listener) {
        this(scheduler, port, random, timing, listener, new DeviceLog(scheduler.clock(), "sip"));
    }

    public SipRegistration(Scheduler scheduler, SipPort port, RandomGenerator random, Timing timing,
                           Consumer<Snapshot> listener, DeviceLog log) {
        this.log = log;
        this.scheduler = scheduler;
        this.port = port;
        this.random = random;
        this.timing = timing;
        this.listener = listener;
        this.callId = HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong())
                + "@voipgw";
        port.listen(new SipPort.Listener() {
            @Override
            public void response(SipResponse response) {
                onResponse(response);
            }

            @Override
            public void failed(String id, long seq, String why) {
                onTransportFailure(id, seq, why);
            }
        });
    }

    public String callId() {
        return callId;
    }

    public RegistrationState state() {
        return state;
    }

    public Optional<SipAccount> account() {
        return Optional.ofNullable(account);
    }

    public Snapshot snapshot() {
        boolean configured = account != null && account.configured();
        return new Snapshot(state, state == RegistrationState.REGISTERED ? bindingExpiresAt : null, retryAt,
                lastError, configured && !stopped && lostFlag && state != RegistrationState.REGISTERED, failures);
    }

    /**
     * A new or changed account (or {@code null}: none). A change starts over from UNREGISTERED; when the
     * address of record or registrar changes while bound, the old binding is removed first (un-REGISTER,
     * RFC 3261 §10.2.2) so calls for the old number stop coming here.
     */
    public void configure(SipAccount next) {
        if (whenUnregistered != null && !stopped) {
            whenUnregistered = () -> apply(next); // a goodbye is on its way: the newest account follows it
            return;
        }
        if (Objects.equals(next, account)) {
            return;
        }
        if (bindingValid() && wanUp && !stopped && movesAway(next)) {
            abandonInFlight();
            cancelTimers();
            whenUnregistered = () -> apply(next);
            log.info("un-REGISTER " + account.addressOfRecord() + " before the account changes");
            send(Purpose.UNREGISTER, 0, 0);
            return;
        }
        apply(next);
    }

    /**
     * The SIP edge was replaced (new local address or transport): what was in flight is gone with it;
     * register again at once over the new one.
     */
    public void edgeReplaced(SipAccount next) {
        whenUnregistered = null;
        account = null;
        apply(next);
    }

    private boolean movesAway(SipAccount next) {
        return next == null || !next.configured() || !next.addressOfRecord().equals(account.addressOfRecord())
                || !next.registrar().equals(account.registrar());
    }

    private void apply(SipAccount next) {
        abandonInFlight();
        cancelTimers();
        account = next;
        requestedExpires = next == null ? 0 : next.expires();
        challenge = null;
        bindingExpiresAt = null;
        retryAt = null;
        lastError = null;
        failures = 0;
        lostFlag = false;
        state = RegistrationState.UNREGISTERED;
        log.info("SIP account " + (next == null || !next.configured() ? "not configured" : next));
        maybeStart();
        publish();
    }

    /** Whether the WAN can carry SIP now (link up, and PPPoE up when the configuration uses it). */
    public void wanChanged(boolean up) {
        if (up == wanUp) {
            return;
        }
        wanUp = up;
        if (up) {
            // RFC 5626 §4.4.1 spirit: a network that comes back is tried at once, with a fresh backoff.
            failures = 0;
            if (account != null && account.configured() && !stopped) {
                log.info("WAN can carry SIP again: registering");
            }
            maybeStart();
        } else {
            Runnable afterGoodbye = whenUnregistered; // an un-REGISTER in flight cannot finish now
            whenUnregistered = null;
            boolean attempted = state != RegistrationState.UNREGISTERED || bindingExpiresAt != null;
            abandonInFlight();
            cancelTimers();
            bindingExpiresAt = null;
            retryAt = null;
            if (attempted && account != null && account.configured()) {
                lostFlag = true;
                lastError = "WAN down";
                log.warn("WAN down: SIP registration lost");
            }
            state = RegistrationState.UNREGISTERED;
            if (afterGoodbye != null) {
                afterGoodbye.run();
            }
            maybeStart(); // not attempted yet: start the wait after which a dead WAN counts as a failure
        }
        publish();
    }

    /** Orderly shutdown: un-REGISTER (Expires: 0, RFC 3261 §10.2.2) when a binding exists; then {@code done}. */
    public void shutdown(Runnable done) {
        stopped = true;
        abandonInFlight();
        cancelTimers();
        retryAt = null;
        if (bindingExpiresAt != null && wanUp) {
            whenUnregistered = done;
            log.info("un-REGISTER " + account.addressOfRecord() + " before shutdown");
            send(Purpose.UNREGISTER, 0, 0);
        } else {
            finishUnregister();
            done.run();
        }
    }

    /** Power cut: nothing can be sent; everything stops. */
    public void powerCut() {
        stopped = true;
        whenUnregistered = null;
        abandonInFlight();
        cancelTimers();
        bindingExpiresAt = null;
        retryAt = null;
        state = RegistrationState.UNREGISTERED;
        publish();
    }

    private boolean canRun() {
        return !stopped && wanUp && account != null && account.configured();
    }

    private void maybeStart() {
        if (canRun() && inFlight == null && retryTimer == null && state != RegistrationState.REGISTERED) {
            cancel(wanWaitTimer);
            wanWaitTimer = null;
            attempt();
        } else if (!stopped && !wanUp && account != null && account.configured() && !lostFlag && wanWaitTimer == null) {
            // The account wants to register but the WAN cannot carry it (cable out since boot, PPPoE
            // not up): if that lasts as long as a REGISTER may take, the first attempt has failed as
            // surely as a timeout — the PBX side goes out of service (issue 5; guide 4581).
            wanWaitTimer = scheduler.schedule(timing.transactionTimeout(), () -> {
                wanWaitTimer = null;
                if (!stopped && !wanUp && account != null && account.configured() && !lostFlag) {
                    lostFlag = true;
                    lastError = "WAN down: cannot register";
                    log.warn("SIP registration cannot start: the WAN cannot carry it");
                    publish();
                }
            });
        }
    }

    private void attempt() {
        state = bindingValid() ? RegistrationState.REGISTERED : RegistrationState.REGISTERING;
        send(Purpose.REGISTER, requestedExpires, 0);
        publish();
    }

    private void send(Purpose purpose, int expires, int challengeAnswers) {
        cseq++;
        long seq = cseq;
        Optional<String> auth = Optional.empty();
        if (challenge != null) {
            nonceCount++;
            auth = Optional.of(DigestAuth.authorization(challenge, account.user(), account.password(), "REGISTER",
                    account.requestUri(), nonceCount, HexFormat.of().toHexDigits(random.nextLong())));
        }
        Scheduler.Timer timeout = scheduler.schedule(timing.transactionTimeout(), () -> onTimeout(seq));
        inFlight = new Transaction(seq, expires, purpose, challengeAnswers, timeout);
        log.debug("REGISTER " + account.addressOfRecord() + " CSeq " + seq + " Expires " + expires
                + (auth.isPresent() ? " with credentials" : ""));
        port.send(new RegisterRequest(account, callId, seq, expires, auth, proxyChallenge));
    }

    private void onResponse(SipResponse r) {
        Transaction t = inFlight;
        if (t == null || !callId.equals(r.callId()) || r.cseq() != t.cseq()) {
            log.debug("ignoring a response to an old or foreign request: " + r.status() + " CSeq " + r.cseq());
            return;
        }
        if (r.status() < 200) {
            return; // provisional: Timer F keeps running (RFC 3261 §17.1.2.2)
        }
        inFlight = null;
        t.timeout().cancel();
        int s = r.status();
        if (s == 401 || s == 407) {
            challenged(t, r);
        } else if (t.purpose() == Purpose.UNREGISTER) {
            finishUnregister();
        } else if (s >= 200 && s < 300) {
            registered(t, r);
        } else if (s == 423) {
            intervalTooBrief(t, r);
        } else if (s == 403) {
            // RFC 3261 §21.4.4: the server understood and refuses; for a REGISTER, the account is refused.
            failed("403 " + r.reason(), true);
        } else {
            // RFC 3261 §21.5.4: not before the registrar's Retry-After (500/503), if that is later
            failed(s + " " + r.reason(), false, r.retryAfter().stream().mapToObj(Duration::ofSeconds).findFirst());
        }
        publish();
    }

    private void registered(Transaction t, SipResponse r) {
        int granted = r.grantedExpires().orElse(t.expires());
        if (granted <= 0) {
            failed("registrar granted no lifetime (" + r.status() + ")", false);
            return;
        }
        boolean wasRegistered = state == RegistrationState.REGISTERED && lastError == null;
        Instant now = scheduler.clock().now();
        bindingExpiresAt = now.plusSeconds(granted);
        failures = 0;
        retryAt = null;
        lastError = null;
        state = RegistrationState.REGISTERED;
        cancel(expiryTimer);
        cancel(refreshTimer);
        Duration lifetime = Duration.ofSeconds(granted);
        refreshTimer = scheduler.schedule(lifetime.dividedBy(2), this::refresh);
        expiryTimer = scheduler.schedule(lifetime, this::lapse);
        if (wasRegistered) {
            log.debug("SIP registration refreshed: " + account.addressOfRecord() + " for " + granted + " s");
        } else {
            log.info("SIP registered: " + account.addressOfRecord() + " at " + account.registrar() + " for " + granted
                    + " s");
        }
    }

    private void challenged(Transaction t, SipResponse r) {
        Optional<Challenge> c = Challenge.strongest(r.challenges());
        if (c.isEmpty()) {
            if (t.purpose() == Purpose.UNREGISTER) {
                finishUnregister();
            } else {
                failed(r.status() + " without a digest challenge this gateway supports (MD5, SHA-256)", false);
            }
            return;
        }
        // RFC 7616 §3.3: stale=true means the nonce, not the password, was wrong: answer once more.
        int allowed = c.get().stale() ? 2 : 1;
        if (t.challengeAnswers() >= allowed) {
            if (t.purpose() == Purpose.UNREGISTER) {
                finishUnregister();
            } else {
                failed(r.status() + " after answering the challenge: credentials rejected", true);
            }
            return;
        }
        challenge = c.get();
        proxyChallenge = r.status() == 407;
        nonceCount = 0;
        send(t.purpose(), t.expires(), t.challengeAnswers() + 1);
    }

    private void intervalTooBrief(Transaction t, SipResponse r) {
        int min = r.minExpires().orElse(-1);
        if (min <= t.expires() || min > MAX_EXPIRES) {
            failed("423 without a usable Min-Expires (" + min + ")", false);
            return;
        }
        log.info("registrar wants at least " + min + " s (423 Interval Too Brief); asking for that");
        requestedExpires = min;
        send(Purpose.REGISTER, min, t.challengeAnswers());
    }

    private void failed(String why, boolean authRejected) {
        failed(why, authRejected, Optional.empty());
    }

    private void failed(String why, boolean authRejected, Optional<Duration> notBefore) {
        failures++;
        Duration drawn = timing.backoff().delay(failures, random);
        Duration wait = notBefore.filter(d -> d.compareTo(drawn) > 0).map(d -> min(d, MAX_RETRY_AFTER)).orElse(drawn);
        retryAt = scheduler.clock().now().plus(wait);
        lastError = why;
        cancel(refreshTimer);
        cancel(retryTimer);
        retryTimer = scheduler.schedule(wait, this::retry);
        if (authRejected) {
            // the words a user sees for a wrong account (cloud-PBX guide: 「認証に失敗しました」)
            lastError = AUTH_FAILED_TEXT + " (" + why + ")";
            state = RegistrationState.AUTH_FAILED;
            lostFlag = true;
            log.warn("SIP registration 認証失敗 (authentication failed) for " + account.addressOfRecord() + ": " + why
                    + "; retry " + failures + " in " + wait.toMillis() / 1000.0 + " s");
        } else {
            if (!bindingValid()) {
                state = RegistrationState.RETRY_WAIT;
                lostFlag = true;
            }
            log.warn("SIP registration failed for " + account.addressOfRecord() + ": " + why + "; retry " + failures
                    + " in " + wait.toMillis() / 1000.0 + " s");
        }
    }

    private void retry() {
        retryTimer = null;
        retryAt = null;
        if (canRun() && inFlight == null) {
            attempt();
        }
    }

    private void refresh() {
        refreshTimer = null;
        if (canRun() && inFlight == null && retryTimer == null) {
            send(Purpose.REGISTER, requestedExpires, 0);
        }
    }

    /** The binding ran out without a successful refresh. */
    private void lapse() {
        expiryTimer = null;
        bindingExpiresAt = null;
        if (state == RegistrationState.REGISTERED) {
            lostFlag = true;
            lastError = lastError == null ? "registration expired" : "registration expired: " + lastError;
            state = inFlight != null ? RegistrationState.REGISTERING : RegistrationState.RETRY_WAIT;
            log.warn("SIP registration of " + account.addressOfRecord() + " lapsed");
            if (inFlight == null && retryTimer == null) {
                attempt();
            }
        }
        publish();
    }

    private void onTimeout(long seq) {
        if (inFlight != null && inFlight.cseq() == seq) {
            port.abandon(callId, seq);
            endWithoutResponse("no response from " + account.nextHop() + " within "
                    + timing.transactionTimeout().toSeconds() + " s (timeout)");
        }
    }

    private void onTransportFailure(String id, long seq, String why) {
        if (inFlight != null && callId.equals(id) && inFlight.cseq() == seq) {
            inFlight.timeout().cancel();
            endWithoutResponse(why);
        }
    }

    private void endWithoutResponse(String why) {
        Purpose p = inFlight.purpose();
        inFlight = null;
        if (p == Purpose.UNREGISTER) {
            finishUnregister();
        } else {
            failed(why, false);
        }
        publish();
    }

    private void finishUnregister() {
        bindingExpiresAt = null;
        state = RegistrationState.UNREGISTERED;
        publish();
        Runnable done = whenUnregistered;
        whenUnregistered = null;
        if (done != null) {
            done.run();
        }
    }

    private boolean bindingValid() {
        return bindingExpiresAt != null && scheduler.clock().now().isBefore(bindingExpiresAt);
    }

    private void abandonInFlight() {
        if (inFlight != null) {
            inFlight.timeout().cancel();
            port.abandon(callId, inFlight.cseq());
            inFlight = null;
        }
    }

    private void cancelTimers() {
        cancel(wanWaitTimer);
        wanWaitTimer = null;
        cancel(refreshTimer);
        cancel(retryTimer);
        cancel(expiryTimer);
        refreshTimer = null;
        retryTimer = null;
        expiryTimer = null;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void cancel(Scheduler.Timer t) {
        if (t != null) {
            t.cancel();
        }
    }

    private void publish() {
        Snapshot s = snapshot();
        if (!s.equals(published)) {
            published = s;
            listener.accept(s);
        }
    }
}
