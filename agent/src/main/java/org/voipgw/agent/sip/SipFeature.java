package org.voipgw.agent.sip;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.voipgw.agent.device.ActionSpec;
import org.voipgw.agent.device.Device;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.device.DeviceFeature;
import org.voipgw.agent.device.FaultSpec;
import org.voipgw.agent.device.ProbeSpec;
import org.voipgw.agent.isdn.IsdnSide;
import org.voipgw.agent.settings.SettingKey;
import org.voipgw.agent.settings.Validators;
import org.voipgw.agent.sip.live.JainSipPort;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.status.DeviceStatus;
import org.voipgw.led.status.RegistrationState;
import org.voipgw.webui.RegistrationView;

/**
 * The SIP registration as a part of the box (issue 5): settings {@code sip.*}, the simulated carrier's
 * faults, the probe {@code registration STATE}, the VoIP lamp's status field (never the lamp itself),
 * and taking the PBX side out of service while the registration is lost (guide 4581).
 *
 * <p>Wiring: {@code SipFeature.simulated(random)} for virtual-time scenarios (in-memory carrier),
 * {@code SipFeature.live(random)} for real sockets (the demo points {@code sip.registrar} at an
 * {@link org.voipgw.agent.sip.live.EmbeddedRegistrar}, see {@link SipDemo}). While the registration is
 * lost the device's ISDN side is told ({@code IsdnSide.setRegistrationLost}); another line owner may take
 * that over with {@link #pbxServiceGate(PbxServiceGate)}.
 */
public final class SipFeature implements DeviceFeature {
    private static final List<String> STATES = java.util.Arrays.stream(RegistrationState.values())
            .map(RegistrationState::id).toList();
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    private final SipPortFactory ports;
    private final RandomGenerator random;
    private final SipRegistration.Timing timing;
    private final boolean simulated;
    private DeviceContext context;
    private RegistrationLog log = RegistrationLog.TAGGED;
    private SimulatedCarrier carrier;
    private StatusPbxServiceGate statusGate;
    private PbxServiceGate gate;
    private ReplaceablePort port;
    private ReplaceablePort closing;
    private int generation;
    private SipEndpoint endpoint;
    private SipRegistration registration;
    private SipRegistration.Snapshot snapshot = new SipRegistration.Snapshot(RegistrationState.UNREGISTERED, null,
            null, null, false, 0);
    private boolean wanReady;
    private boolean blocksLine;

    private SipFeature(SipPortFactory ports, RandomGenerator random, SipRegistration.Timing timing,
                       boolean simulated) {
        this.ports = ports;
        this.random = random;
        this.timing = timing;
        this.simulated = simulated;
    }

    /** Against the in-memory carrier, for virtual time (the random generator makes runs repeatable). */
    public static SipFeature simulated(RandomGenerator random) {
        return new SipFeature(null, random, SipRegistration.Timing.DEFAULT, true);
    }

    /** Real SIP over jain-sip-ri, on the {@code sip.local} address. */
    public static SipFeature live(RandomGenerator random) {
        return live(random, SipRegistration.Timing.DEFAULT);
    }

    public static SipFeature live(RandomGenerator random, SipRegistration.Timing timing) {
        return live(random, timing, JainSipPort::open);
    }

    /** Live, with shortened timing or a wrapped edge (the Kamailio tests record when REGISTERs leave). */
    public static SipFeature live(RandomGenerator random, SipRegistration.Timing timing, SipPortFactory ports) {
        return new SipFeature(ports, random, timing, false);
    }

    /** Another line owner takes the PBX side out of service (instead of the ISDN side or the status fallback). */
    public void pbxServiceGate(PbxServiceGate g) {
        gate = g;
        gate.setInService(!blocksLine);
    }

    /** Whether the registration currently keeps the PBX line out of service (for the line owner). */
    public boolean registrationBlocksLine() {
        return blocksLine;
    }

    /** The registration for the web UI's VoIP page and {@code /status.json} (call on the device loop). */
    public RegistrationView registrationView() {
        String registrar = context == null ? "" : context.settings().get(SipSettings.REGISTRAR);
        return new RegistrationView(snapshot.state(), registrar.isEmpty() ? null : registrar, snapshot.expiresAt(),
                snapshot.retryAt(), snapshot.lastError());
    }

    /** The same as JSON-ready text (ISO-8601 instants), e.g. for logs and tests. */
    public RegistrationStatus registrationStatus() {
        return RegistrationStatus.of(snapshot, context == null ? "" : context.settings().get(SipSettings.REGISTRAR));
    }

    /** The in-memory carrier (simulated mode only). */
    public Optional<SimulatedCarrier> carrier() {
        return Optional.ofNullable(carrier);
    }

    @Override
    public List<SettingKey> settings(GatewayModel model) {
        return SipSettings.keys();
    }

    @Override
    public List<FaultSpec> faults(GatewayModel model) {
        if (!simulated) {
            return List.of();
        }
        return List.of(
                FaultSpec.words("sip.registrar", List.of("down"), "the carrier's registrar stops answering",
                        (c, a) -> carrierOf(c).down(true), c -> carrierOf(c).down(false)),
                FaultSpec.words("sip.auth", List.of("reject"), "the carrier refuses the credentials (認証失敗)",
                        (c, a) -> carrierOf(c).authReject(true), c -> carrierOf(c).authReject(false)),
                new FaultSpec("sip.loss", List.of("PERCENT"), "each REGISTER is lost with this probability (0–100)",
                        a -> Validators.integer(0, 100).apply(a == null ? "" : a),
                        (c, a) -> carrierOf(c).loss(Integer.parseInt(a.trim())), c -> carrierOf(c).loss(0)),
                new FaultSpec("sip.delay", List.of("T"), "the carrier answers after T (e.g. 500ms, 5s, 1m)",
                        a -> parseDuration(a).isPresent() ? Optional.empty()
                                : Optional.of("fault sip.delay takes a duration like 500ms, 5s, 1m or 1h"),
                        (c, a) -> carrierOf(c).delay(parseDuration(a).orElseThrow()),
                        c -> carrierOf(c).delay(SimulatedCarrier.ANSWER_TIME)));
    }

    /**
     * {@code sip.calls N}: on the analog models (Ⅲ/Ⅳ), whose FXS lines have no call model yet, pretends N
     * calls are in progress (VoIP lamp green-blink) by setting {@code callsInProgress}; the ISDN models
     * count their real calls ({@code pbx.call}, {@code ip.call}). Goes when the FXS lines exist.
     */
    @Override
    public List<ActionSpec> actions(GatewayModel model) {
        if (model != GatewayModel.III && model != GatewayModel.IV) {
            return List.of();
        }
        Function<String, Optional<String>> count = Validators.integer(0, model.spec().voipChannels().total());
        return List.of(new ActionSpec("sip.calls", "N",
                "stand-in until FXS calls exist: N calls in progress (0–" + model.spec().voipChannels().total() + ")",
                args -> args.size() == 1 ? count.apply(args.getFirst()) : Optional.of("sip.calls takes one number"),
                (c, args) -> {
                    int n = Integer.parseInt(args.getFirst().trim());
                    c.updateStatus(s -> s.with(b -> b.callsInProgress = n));
                }));
    }

    @Override
    public List<ProbeSpec> probes(GatewayModel model) {
        return List.of(new ProbeSpec("registration", "STATE", STATES,
                args -> args.isEmpty() ? Optional.empty() : Optional.of("registration takes no argument"),
                (c, args) -> c.status().registration().id()));
    }

    @Override
    public void attach(DeviceContext ctx) {
        context = ctx;
        // the device's own log: the web UI's ログ page and the log saved to flash
        if (ctx.log() != null) {
            org.voipgw.agent.device.DeviceLog d = ctx.log();
            log = new RegistrationLog() {
                @Override
                public void info(String message) {
                    d.info(message);
                }

                @Override
                public void warn(String message) {
                    d.warn(message);
                }
            };
        }
        if (simulated) {
            carrier = new SimulatedCarrier(ctx.scheduler(), random);
        }
        statusGate = new StatusPbxServiceGate(ctx);
        ctx.onStatus((before, after) -> ctx.scheduler().execute(() -> statusChanged(after)));
    }

    @Override
    public void onBoot() {
        if (closing != null) {
            closing.close(); // a goodbye still waiting from the last boot must free the address now
            closing = null;
        }
        port = new ReplaceablePort(this::openEdge);
        port.reopen();
        if (blocksLine) {
            blocksLine = false; // a new boot has not failed yet: the line is not held out of service
            lineGate().setInService(true);
        }
        int boot = ++generation;
        // a registration of an earlier boot may still report (its un-REGISTER): only this boot's counts
        registration = new SipRegistration(context.scheduler(), port, random, timing, s -> {
            if (boot == generation) {
                published(s);
            }
        }, log);
        wanReady = wanCanCarrySip(context.status());
        registration.wanChanged(wanReady);
        registration.configure(account());
    }

    @Override
    public void onShutdown(boolean orderly) {
        SipRegistration r = registration;
        ReplaceablePort p = port;
        registration = null;
        port = null;
        if (r == null) {
            return;
        }
        if (orderly) {
            closing = p;
            r.shutdown(() -> {
                p.close();
                if (closing == p) {
                    closing = null;
                }
            });
        } else {
            r.powerCut();
            p.close();
        }
    }

    @Override
    public void onSettingsChanged(Collection<String> keys) {
        if (registration == null) {
            return;
        }
        if (keys.stream().anyMatch(k -> k.startsWith("pppoe."))) {
            statusChanged(context.status());
        }
        if (keys.stream().noneMatch(k -> k.startsWith("sip."))) {
            return;
        }
        SipEndpoint next = SipSettings.endpoint(context.settings());
        SipAccount a = account();
        if (!next.equals(endpoint)) {
            // the old contact cannot be removed through a closed edge: it lapses at the registrar
            port.reopen();
            registration.edgeReplaced(a);
        } else {
            registration.configure(a);
        }
    }

    private SipAccount account() {
        SipAccount a = SipSettings.account(context.settings());
        if (carrier != null && a.configured()) {
            carrier.subscriber(a.user(), a.password()); // the carrier knows the configured account
        }
        return a;
    }

    /** The edge for the current settings, or null (logged) when it cannot be opened now. */
    private SipPort openEdge() {
        endpoint = SipSettings.endpoint(context.settings());
        if (simulated) {
            return new CarrierView(carrier);
        }
        try {
            return ports.open(endpoint, context.scheduler());
        } catch (UncheckedIOException | IllegalStateException e) {
            log.warn("SIP cannot listen on " + endpoint.local() + "/" + endpoint.transport().token() + ": "
                    + e.getMessage());
            return null;
        }
    }

    /**
     * Who takes the PBX side out of service: a gate set by {@link #pbxServiceGate}, else the ISDN side
     * (PRI span / BRI ports, which block the line and tell the PBX), else the status stand-in.
     */
    private PbxServiceGate lineGate() {
        if (gate != null) {
            return gate;
        }
        return context.feature(IsdnSide.class).<PbxServiceGate>map(isdn -> in -> isdn.setRegistrationLost(!in))
                .orElse(statusGate);
    }

    /** The PPPoE feature's word when it offers one, else the status (WAN link; the session named by sip.pppoe-session). */
    private boolean wanCanCarrySip(DeviceStatus s) {
        return context.feature(WanReadiness.class).map(WanReadiness::canCarrySip)
                .orElseGet(() -> WanReadiness.fromStatus(s, context.settings()));
    }

    private void statusChanged(DeviceStatus after) {
        statusGate.statusChanged(after);
        if (registration == null) {
            return;
        }
        boolean ready = wanCanCarrySip(after);
        if (ready != wanReady) {
            wanReady = ready;
            registration.wanChanged(ready);
        }
    }

    private void published(SipRegistration.Snapshot s) {
        snapshot = s;
        if (context.status().registration() != s.state()) {
            context.updateStatus(st -> st.with(b -> b.registration = s.state()));
        }
        if (s.lost() != blocksLine) {
            blocksLine = s.lost();
            log.info(blocksLine ? "PBX side out of service: SIP registration lost (PRI閉塞)" : "PBX side back in service");
            lineGate().setInService(!blocksLine);
        }
    }

    /** Faults and actions act on the device they are given (the vocabulary may come from another instance). */
    private static SimulatedCarrier carrierOf(DeviceContext c) {
        return c.feature(SipFeature.class).flatMap(SipFeature::carrier)
                .orElseThrow(() -> new IllegalStateException("this device has no simulated SIP carrier"));
    }

    static Optional<Duration> parseDuration(String s) {
        if (s == null) {
            return Optional.empty();
        }
        Matcher m = DURATION.matcher(s.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        });
    }

    /** The carrier outlives boots (it is outside the box): closing the box's port must not close it. */
    private record CarrierView(SimulatedCarrier carrier) implements SipPort {
        @Override
        public void send(RegisterRequest request) {
            carrier.send(request);
        }

        @Override
        public void abandon(String callId, long cseq) {
            carrier.abandon(callId, cseq);
        }

        @Override
        public void listen(Listener listener) {
            carrier.listen(listener);
        }

        @Override
        public void close() {
            carrier.listen(null);
        }
    }
}
