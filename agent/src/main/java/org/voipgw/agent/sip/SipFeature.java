package org.voipgw.agent.sip;

import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.voipgw.agent.device.FeatureVocabulary;
import org.voipgw.agent.device.DeviceContext;
import org.voipgw.agent.device.DeviceFeature;
import org.voipgw.agent.device.DeviceLog;
import org.voipgw.agent.device.ProbeSpec;
import org.voipgw.agent.pbx.PbxServiceGate;
import org.voipgw.agent.sip.invite.InvitePort;
import org.voipgw.agent.settings.SettingKey;
import org.voipgw.agent.settings.Settings;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.status.DeviceStatus;
import org.voipgw.led.status.PppState;
import org.voipgw.led.status.RegistrationState;
import org.voipgw.webui.RegistrationView;

/**
 * The SIP registration as a part of the box (issue 5): settings {@code sip.*}, the probe
 * {@code registration STATE}, the VoIP lamp's status field (never the lamp itself), and taking the PBX
 * side out of service while the registration is lost (guide 4581).
 *
 * <p>Wiring (done by the assembly): the {@link SipPortFactory} opens the edge — jain-sip on real sockets
 * (live, demo) or the simulated carrier (scenarios; its faults are a feature of their own) — and the
 * {@link PbxServiceGate} is the box's PBX side, told when the registration is lost and when it returns.
 */
public final class SipFeature implements DeviceFeature {
    private static final List<String> STATES = Arrays.stream(RegistrationState.values())
            .map(RegistrationState::id).toList();

    private final SipPortFactory ports;
    private final RandomGenerator random;
    private final SipRegistration.Timing timing;
    private final PbxServiceGate gate;
    private DeviceContext context;
    private DeviceLog log;
    private ReplaceablePort port;
    private ReplaceablePort closing;
    private int generation;
    private SipEndpoint endpoint;
    private SipAccount configured;
    private SipRegistration registration;
    private SipRegistration.Snapshot snapshot = new SipRegistration.Snapshot(RegistrationState.UNREGISTERED, null,
            null, null, false, 0);
    private boolean wanReady;
    private boolean blocksLine;

    private SipFeature(SipPortFactory ports, RandomGenerator random, SipRegistration.Timing timing,
                       PbxServiceGate gate) {
        this.ports = ports;
        this.random = random;
        this.timing = timing;
        this.gate = gate;
    }

    /**
     * The registration over the edge {@code ports} opens, with {@code timing} (shortened in tests), telling
     * {@code gate} (the box's PBX side) when the PBX side goes out of service and back.
     */
    public static SipFeature of(SipPortFactory ports, RandomGenerator random, SipRegistration.Timing timing,
                                PbxServiceGate gate) {
        return new SipFeature(ports, random, timing, gate);
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

    /**
     * What this feature adds to the scenario language and the settings: a static descriptor, so no
     * handler can capture a feature instance (each acts on the device context it is given).
     */
    static final FeatureVocabulary VOCABULARY = new FeatureVocabulary() {
        @Override
        public List<SettingKey> settings(GatewayModel model) {
            return SipSettings.keys();
        }

        @Override
        public List<ProbeSpec> probes(GatewayModel model) {
            return List.of(new ProbeSpec("registration", "STATE", STATES,
                    args -> args.isEmpty() ? Optional.empty() : Optional.of("registration takes no argument"),
                    (c, args) -> c.status().registration().id()));
        }
    };

    @Override
    public FeatureVocabulary vocabulary() {
        return VOCABULARY;
    }

    @Override
    public void attach(DeviceContext ctx) {
        context = ctx;
        log = ctx.log(); // the web UI's ログ page and the log saved to flash
        // the status bus delivers after the outermost update (Device.updateStatus): no need to re-post
        ctx.onStatus((before, after) -> statusChanged(after));
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
            gate.setInService(true);
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
        configured = account();
        registration.configure(configured);
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

    /** Frees the edge (sockets, the jain-sip stack) of a goodbye still under way and of the current boot. */
    @Override
    public void close() {
        for (ReplaceablePort p : new ReplaceablePort[] {closing, port}) {
            if (p != null) {
                p.close();
            }
        }
        closing = null;
        port = null;
        registration = null;
    }

    @Override
    public void onSettingsChanged(Collection<String> keys) {
        if (registration == null) {
            return;
        }
        // typed comparisons, no key prefixes: whether the WAN can carry SIP (sip.pppoe-session), the edge
        // (local address, transport), the account
        statusChanged(context.status());
        SipEndpoint next = SipSettings.endpoint(context.settings());
        SipAccount a = account();
        if (!next.equals(endpoint)) {
            // the old contact cannot be removed through a closed edge: it lapses at the registrar
            port.reopen();
            registration.edgeReplaced(a);
        } else if (!a.equals(configured)) {
            registration.configure(a);
        }
        configured = a;
    }

    /** The account as configured now. */
    public SipAccount account() {
        return SipSettings.account(context.settings());
    }

    /** Whether the account is registered now: the box calls only then (the calls issue). */
    public boolean registered() {
        return snapshot.state() == RegistrationState.REGISTERED;
    }

    /** The INVITE dialogs of calls, on whichever edge this boot has open (none before the first boot). */
    public InvitePort calls() {
        return port == null ? InvitePort.NONE : port.calls();
    }

    /** The edge for the current settings, or null (logged) when it cannot be opened now. */
    private SipPort openEdge() {
        endpoint = SipSettings.endpoint(context.settings());
        try {
            return ports.open(endpoint, context.scheduler());
        } catch (UncheckedIOException | IllegalStateException e) {
            log.warn("SIP cannot listen on " + endpoint.local() + "/" + endpoint.transport().token() + ": "
                    + e.getMessage());
            return null;
        }
    }

    /**
     * Whether the WAN can carry SIP now: the box running with its WAN link up and — when the account is
     * carried over PPPoE ({@code sip.pppoe-session=N}) — that session connected.
     */
    private boolean wanCanCarrySip(DeviceStatus status) {
        if (!status.power().running() || !status.wan().linkUp()) {
            return false;
        }
        Settings settings = context.settings();
        String via = settings.key(SipSettings.PPPOE_SESSION).isPresent() ? settings.get(SipSettings.PPPOE_SESSION) : "none";
        return via.equals("none") || status.ppp().get(Integer.parseInt(via) - 1) == PppState.CONNECTED;
    }

    private void statusChanged(DeviceStatus after) {
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
            gate.setInService(!blocksLine);
        }
    }
}
