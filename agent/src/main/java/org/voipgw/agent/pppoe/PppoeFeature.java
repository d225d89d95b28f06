package org.voipgw.agent.pppoe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.voipgw.agent.device.FeatureVocabulary;
import org.voipgw.agent.device.ActionSpec;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.device.DeviceLog;
import org.voipgw.agent.device.DeviceFeature;
import org.voipgw.agent.device.ProbeSpec;
import org.voipgw.agent.settings.SettingKey;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.status.DeviceStatus;
import org.voipgw.led.status.PppState;

/**
 * The broadband router's PPPoE client: five {@link PppoeSession}s on every model, their
 * {@code pppoe.N.*} settings, the scenario action {@code pppoe N connect|disconnect|traffic}, the
 * probe {@code pppoe N STATE}, and — with the simulated ISP — the {@code pppoe.*} faults. Each
 * session's state goes into {@link DeviceStatus#ppp()}, from which led-model derives the PPP lamp.
 *
 * <p>Wiring (by the assembly): the simulated backend and ISP ({@code pppoe.sim.IspFaults}, which also
 * offers the ISP's faults) for simulated devices, {@code PppdBackend} for live ones. {@link #statuses()}, {@link #connectLater} and
 * {@link #disconnectLater} are safe from any thread (web UI, {@code /status.json}); {@link #connect},
 * {@link #disconnect} and {@link #demand} must run on the device event loop.
 */
public final class PppoeFeature implements DeviceFeature {
    private final PppoeBackend backend;
    private final RetrySchedule retry;
    private final List<PppoeSession> sessions = new ArrayList<>();
    private final List<Consumer<PppoeSessionStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile List<PppoeSessionStatus> statuses = List.of();
    private DeviceContext context;
    private DeviceLog log;

    public PppoeFeature(PppoeBackend backend, RetrySchedule retry) {
        this.backend = Objects.requireNonNull(backend);
        this.retry = Objects.requireNonNull(retry);
    }

    /** A live device: {@code backend} is a {@code PppdBackend}. */
    public static PppoeFeature live(PppoeBackend backend) {
        return new PppoeFeature(backend, RetrySchedule.STANDARD);
    }

    /**
     * The PPPoE feature of the device {@code c}: the static vocabulary's handlers find it here, on the box
     * they are run on.
     */
    static PppoeFeature of(DeviceContext c) {
        return c.feature(PppoeFeature.class).orElseThrow(
                () -> new IllegalStateException("this device has no PPPoE feature"));
    }

    static Optional<String> checkActionArgs(List<String> args) {
        if (args.size() != 2) {
            return Optional.of("expected: pppoe N connect|disconnect|traffic");
        }
        Optional<String> n = PppoeSettings.checkSessionWord(args.get(0));
        if (n.isPresent()) {
            return n;
        }
        return List.of("connect", "disconnect", "traffic").contains(args.get(1)) ? Optional.empty()
                : Optional.of("pppoe N takes connect, disconnect or traffic, not '" + args.get(1) + "'");
    }

    /**
     * What this feature adds to the scenario language and the settings: a static descriptor, so no
     * handler can capture a feature instance (each acts on the device context it is given).
     */
    static final FeatureVocabulary VOCABULARY = new FeatureVocabulary() {
        @Override
        public List<SettingKey> settings(GatewayModel model) {
            return PppoeSettings.keys();
        }

        @Override
        public List<ActionSpec> actions(GatewayModel model) {
            return List.of(new ActionSpec("pppoe", "N connect|disconnect|traffic",
                    "the web UI's 接続/切断 buttons for PPPoE session N (1–5); traffic: IP traffic wants the link"
                            + " (connects an on-demand session, restarts its idle timer)",
                    PppoeFeature::checkActionArgs, (c, args) -> {
                        PppoeFeature f = of(c);
                        int n = Integer.parseInt(args.get(0));
                        switch (args.get(1)) {
                            case "connect" -> f.connect(n);
                            case "disconnect" -> f.disconnect(n);
                            default -> f.demand(n);
                        }
                    }));
        }

        @Override
        public List<ProbeSpec> probes(GatewayModel model) {
            return List.of(new ProbeSpec("pppoe", "N STATE",
                    Arrays.stream(PppState.values()).map(PppState::id).toList(),
                    args -> args.size() == 1 ? PppoeSettings.checkSessionWord(args.get(0))
                            : Optional.of("expected: pppoe N STATE"),
                    (c, args) -> of(c).status(Integer.parseInt(args.get(0))).state()));
        }
    };

    @Override
    public FeatureVocabulary vocabulary() {
        return VOCABULARY;
    }

    @Override
    public void attach(DeviceContext ctx) {
        if (context != null) {
            throw new IllegalStateException("PppoeFeature attached twice");
        }
        context = ctx;
        log = ctx.log(); // the web UI's ログ page and the log saved to flash
        backend.attach(ctx.scheduler(), ctx.flashDir() == null ? null : ctx.flashDir().resolve("pppoe"));
        for (int n = 1; n <= PppoeSettings.SESSIONS; n++) {
            sessions.add(new PppoeSession(PppoeConfig.from(ctx.settings(), n), ctx.scheduler(), backend, retry,
                    this::sessionChanged));
        }
        statuses = sessions.stream().map(PppoeSession::status).toList();
        ctx.onStatus((before, after) -> {
            if (before.wan().linkUp() != after.wan().linkUp()) {
                sessions.forEach(s -> s.wanLink(after.wan().linkUp()));
            }
        });
    }

    /** Starts the sessions with the settings as they are now (they may have changed while the box was off). */
    @Override
    public void onBoot() {
        boolean wan = context.status().wan().linkUp();
        for (PppoeSession s : sessions) {
            s.configure(PppoeConfig.from(context.settings(), s.number()));
            s.boot(wan);
        }
    }

    @Override
    public void onShutdown(boolean orderly) {
        sessions.forEach(s -> s.shutdown(orderly));
    }

    @Override
    public void onSettingsChanged(Collection<String> keys) {
        // a session restarts only when its own typed config changed (PppoeSession.configure compares)
        sessions.forEach(s -> s.configure(PppoeConfig.from(context.settings(), s.number())));
    }

    /** Releases the backend's processes and threads (live mode); the sessions must be shut down first. */
    @Override
    public void close() {
        backend.close();
    }

    /** 接続 for session {@code n} (event loop); false when the session is not enabled. */
    public boolean connect(int n) {
        return session(n).connect();
    }

    /** Why 接続 for session {@code n} would do nothing now (event loop), or empty when it would try. */
    public Optional<String> connectRefusal(int n) {
        return session(n).connectRefusal();
    }

    /** 切断 for session {@code n} (event loop). */
    public void disconnect(int n) {
        session(n).disconnect();
    }

    /** IP traffic wants session {@code n} (event loop): on-demand sessions connect. */
    public void demand(int n) {
        session(n).demand();
    }

    /**
     * 接続 from any thread (the web UI's workers): runs on the event loop and completes with the
     * reason the device refuses (not enabled, no user name), or empty when the session is trying.
     */
    public CompletableFuture<Optional<String>> connectLater(int n) {
        PppoeSession s = session(n);
        CompletableFuture<Optional<String>> done = new CompletableFuture<>();
        context.scheduler().execute(() -> {
            Optional<String> refused = s.connectRefusal();
            if (refused.isEmpty()) {
                s.connect();
            }
            done.complete(refused);
        });
        return done;
    }

    /** 切断 from any thread: runs on the event loop; completes when done. */
    public CompletableFuture<Void> disconnectLater(int n) {
        PppoeSession s = session(n);
        CompletableFuture<Void> done = new CompletableFuture<>();
        context.scheduler().execute(() -> {
            s.disconnect();
            done.complete(null);
        });
        return done;
    }

    /** Every session's status, sessions 1–5 in order; safe from any thread. */
    public List<PppoeSessionStatus> statuses() {
        return statuses;
    }

    public PppoeSessionStatus status(int n) {
        PppoeSettings.checkSession(n);
        return statuses.get(n - 1);
    }

    /** Called on the event loop with each session's new status. */
    public void onChange(Consumer<PppoeSessionStatus> listener) {
        listeners.add(listener);
    }

    private PppoeSession session(int n) {
        PppoeSettings.checkSession(n);
        if (context == null) {
            throw new IllegalStateException("PppoeFeature is not attached to a device");
        }
        return sessions.get(n - 1);
    }

    private void sessionChanged(PppoeSessionStatus st) {
        PppoeSessionStatus before = statuses.get(st.session() - 1);
        if (!before.state().equals(st.state())) {
            log.info("PPPoE session " + st.session() + ": " + st.ppp().ja() + " (" + st.state() + ")"
                    + (st.address() != null ? " " + st.address() : "")
                    + (st.lastError() != null ? " — " + st.lastError() : "")
                    + (st.retryAt() != null ? "; next attempt at " + st.retryAt() : ""));
        }
        List<PppoeSessionStatus> next = new ArrayList<>(statuses);
        next.set(st.session() - 1, st);
        statuses = List.copyOf(next);
        PppState p = st.ppp();
        if (context.status().ppp().get(st.session() - 1) != p) {
            context.updateStatus(s -> s.withPpp(st.session(), p));
        }
        listeners.forEach(l -> l.accept(st));
    }
}
