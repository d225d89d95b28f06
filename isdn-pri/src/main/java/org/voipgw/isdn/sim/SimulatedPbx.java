package org.voipgw.isdn.sim;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.isdn.Octets;
import org.voipgw.hal.dchan.DChannel;
import org.voipgw.isdn.dchan.DChannelWire;
import org.voipgw.isdn.lapd.DataLink;
import org.voipgw.isdn.lapd.LapdEndpoint;
import org.voipgw.isdn.lapd.LinkConfig;
import org.voipgw.isdn.lapd.LinkState;
import org.voipgw.isdn.lapd.LinkUser;
import org.voipgw.isdn.lapd.TeiClient;
import org.voipgw.isdn.pri.SpanMode;
import org.voipgw.isdn.q931.CauseValue;
import org.voipgw.isdn.q931.Message;

/**
 * A scriptable PBX trunk card (or ISDN terminal) on the far end of a simulated D channel, on the
 * device's virtual clock: its own LAPD endpoint (user side when set to TE, as it should be;
 * network side when set to NT, to reproduce an NT/TE mismatch), automatic TEI on a BRI, and the
 * user-side call behaviour of {@link PbxLayer3}. The NT setting changes layer 2 only; a PBX that
 * is really the network side (toward a gateway set to TE) is a {@code PriSpan} in NT mode. Faults: {@link #cutCable()}, {@link #goSilent()}
 * (the whole D channel stops answering, as a hung trunk card), {@link #ignoreCalls} (layer 2 up,
 * layer 3 silent).
 */
public final class SimulatedPbx {
    /**
     * @param pri PRI (TEI 0, 2-octet call references, 23 B) or BRI (automatic TEI, 1-octet, 2 B)
     * @param mode TE normally; NT to mismatch a gateway in NT
     * @param answerAfter how long incoming calls ring before the PBX answers, or null to answer by hand
     * @param ri the TEI request reference number (BRI)
     */
    public record Config(boolean pri, SpanMode mode, Duration answerAfter, int ri) {
        public static Config forPri() {
            return new Config(true, SpanMode.TE, Duration.ofSeconds(2), 0);
        }

        public static Config forBri(int ri) {
            return new Config(false, SpanMode.TE, Duration.ofSeconds(2), ri);
        }

        public Config withMode(SpanMode m) {
            return new Config(pri, m, answerAfter, ri);
        }

        public Config answeringAfter(Duration d) {
            return new Config(pri, mode, d, ri);
        }
    }

    private static final Duration RELINK = Duration.ofSeconds(5);
    private final Scheduler scheduler;
    private final DChannelWire wire;
    private final DChannel end;
    private final Config config;
    private final LapdEndpoint endpoint;
    private final PbxLayer3 layer3;
    private final TeiClient teiClient;
    private final Deque<Octets> awaitingTei = new ArrayDeque<>();
    private DataLink link;
    private boolean started;

    /** A PBX on the (first) PBX end of {@code wire}. */
    public SimulatedPbx(Scheduler scheduler, DChannelWire wire, Config config) {
        this(scheduler, wire, wire.pbxEnd(), config);
    }

    /** A PBX on any D channel (e.g. an HDLC serial line); {@link #cutCable()} is then not available. */
    public SimulatedPbx(Scheduler scheduler, DChannel end, Config config) {
        this(scheduler, null, end, config);
    }

    /** A PBX or terminal on a given end, e.g. {@link DChannelWire#addTerminal()} on a passive bus. */
    public SimulatedPbx(Scheduler scheduler, DChannelWire wire, DChannel end, Config config) {
        this.scheduler = scheduler;
        this.wire = wire;
        this.end = end;
        this.config = config;
        this.endpoint = new LapdEndpoint(config.mode().side(), config.pri() ? LinkConfig.pri() : LinkConfig.bri(),
                scheduler, end);
        this.layer3 = new PbxLayer3(scheduler, config.pri(), this::toNetwork, config.answerAfter());
        this.teiClient = config.pri() ? null
                : new TeiClient(scheduler, endpoint::send, config.ri(), this::teiAssigned, this::teiLost);
        endpoint.onBroadcast(layer3::receive); // a SETUP offered to all terminals (Q.931 §5.2.1)
        endpoint.onTeiManagement(m -> {
            if (teiClient != null) {
                teiClient.receive(m);
            }
        });
        end.onSignal(up -> {
            if (up) {
                activate();
            } else {
                endpoint.layer1Lost();
            }
        });
        if (config.pri()) {
            link = newLink(0);
        }
    }

    /** Power on: bring up the data link (after asking for a TEI on a BRI). */
    public void start() {
        started = true;
        activate();
    }

    private void activate() {
        if (!started) {
            return;
        }
        if (config.pri()) {
            link.establish();
        } else if (teiClient.tei() < 0) {
            teiClient.request();
        } else {
            link.establish();
        }
    }

    private DataLink newLink(int tei) {
        return endpoint.link(tei, new LinkUser() {
            @Override
            public void established() {}

            @Override
            public void released() {
                layer3.linkLost();
                scheduler.schedule(RELINK, () -> {
                    if (started && end.signal() && link != null && link.state() == LinkState.TEI_ASSIGNED) {
                        link.establish();
                    }
                });
            }

            @Override
            public void data(Octets message) {
                layer3.receive(message);
            }
        });
    }

    /**
     * Layer 3's messages go on the data link. A BRI terminal without a TEI (before its assignment, after the
     * network removed it, or after its requests went unanswered) has no data link: layer 3 needing one
     * starts TEI assignment (Q.921 §5.3.2: "when ... the user side ... needs a TEI") and its messages wait
     * for the link. They used to be sent on a link that did not exist (a NullPointerException the soak found).
     */
    private void toNetwork(Octets message) {
        if (link != null) {
            link.send(message);
            return;
        }
        awaitingTei.add(message);
        if (!teiClient.requesting()) {
            teiClient.request();
        }
    }

    private void teiAssigned(int tei) {
        link = newLink(tei);
        link.establish(); // DL-ESTABLISH first: the data link then queues layer 3's waiting messages
        while (!awaitingTei.isEmpty()) {
            link.send(awaitingTei.poll());
        }
    }

    /** The TEI is removed, denied or never answered: the data link and the calls on it are gone. */
    private void teiLost() {
        awaitingTei.clear();
        if (link != null) {
            endpoint.removeLink(link.tei());
            link = null;
        }
        layer3.linkLost();
    }

    // ---- script --------------------------------------------------------------------------------

    /** Places a call to the gateway (SETUP with the called number, en bloc). */
    public PbxCall call(String called) {
        return call(called, "");
    }

    public PbxCall call(String called, String calling) {
        return layer3.call(called, calling);
    }

    public void answer(PbxCall call) {
        layer3.answer(call);
    }

    /** Hang up with cause 16 normal clearing. */
    public void hangup(PbxCall call) {
        layer3.hangup(call, CauseValue.NORMAL_CLEARING);
    }

    /** Answer incoming calls after {@code d}, or by hand ({@code null}). */
    public void answerAfter(Duration d) {
        layer3.answerAfter = d;
    }

    /** Layer 2 keeps running but calls get no answer at all (a PBX that ignores SETUPs). */
    public void ignoreCalls(boolean ignore) {
        layer3.ignoreCalls = ignore;
    }

    /** The trunk card stops answering on the D channel altogether (frames neither read nor sent). */
    public void goSilent() {
        endpoint.setDeaf(true);
    }

    public void wakeUp() {
        endpoint.setDeaf(false);
    }

    /** Sends any Q.931 message as scripted (RESTART, STATUS ENQUIRY, …) on the data link. */
    public void send(Message message) {
        layer3.sendScripted(message);
    }

    /** Sends arbitrary octets as a layer-3 message (malformed or unknown messages). */
    public void sendRaw(Octets octets) {
        toNetwork(octets);
    }

    public void cutCable() {
        cable().cut();
    }

    public void repairCable() {
        cable().repair();
    }

    private DChannelWire cable() {
        if (wire == null) {
            throw new IllegalStateException("this PBX is not on a simulated cable");
        }
        return wire;
    }

    // ---- observations ------------------------------------------------------------------------

    public SpanMode mode() {
        return config.mode();
    }

    public LinkState linkState() {
        return link == null ? LinkState.TEI_UNASSIGNED : link.state();
    }

    /** The TEI in use, or -1 (0 on a PRI). */
    public int tei() {
        return config.pri() ? 0 : teiClient.tei();
    }

    public boolean teiDenied() {
        return teiClient != null && teiClient.wasDenied();
    }

    /** Every call this PBX has seen, in order. */
    public List<PbxCall> calls() {
        return layer3.history();
    }

    public PbxCall lastCall() {
        List<PbxCall> all = layer3.history();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    public List<Message> received() {
        return List.copyOf(layer3.received);
    }

    public List<Message> sent() {
        return List.copyOf(layer3.sent);
    }
}
