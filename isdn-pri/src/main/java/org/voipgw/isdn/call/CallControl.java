package org.voipgw.isdn.call;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.tinylog.Logger;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.isdn.DecodeError;
import org.voipgw.isdn.Decoded;
import org.voipgw.isdn.Octets;
import org.voipgw.isdn.TimerSlot;
import org.voipgw.isdn.q931.CallRef;
import org.voipgw.isdn.q931.CauseValue;
import org.voipgw.isdn.q931.Ie;
import org.voipgw.isdn.q931.Message;
import org.voipgw.isdn.q931.MessageType;
import org.voipgw.isdn.q931.Q931Codec;

/**
 * Network-side Q.931 call control for one interface (a PRI span or a BRI data link): routes
 * messages to calls by call reference, starts calls in both directions, handles the global call
 * reference (RESTART, §5.5), unknown call references (§5.8.3.2) and data-link failure (§5.8.9).
 * Admission of SETUPs from the PBX: refused with the blocking cause while blocked, cause 96 when
 * the bearer capability or called number is missing (en-bloc sending only), 65 for a bearer other
 * than speech / 3.1 kHz audio (G.711 only), 44 when an exclusively requested channel is busy and
 * 34 when no B channel is free.
 */
public final class CallControl {
    /** Calls we originate are unique per interface; the user side's are unique per data link (TEI). */
    private record Key(int tei, int value, boolean ours) {
        static Key of(int tei, CallRef cr) {
            return new Key(cr.flag() ? -1 : tei, cr.value(), cr.flag());
        }
    }

    private final Scheduler scheduler;
    private final Q931Timers timers;
    private final int callRefLength;
    private final BChannels channels;
    private final LinkSender links;
    private final boolean pointToMultipoint;
    private final CallRole role;
    private final Set<Integer> upLinks = new TreeSet<>();
    private final Map<Key, IsdnCall> calls = new LinkedHashMap<>();
    private final List<Runnable> activityListeners = new ArrayList<>();
    private final Restarts restarts;
    private FarEnd farEnd;
    private boolean blocked;
    private int blockedCause = CauseValue.DESTINATION_OUT_OF_ORDER;
    private int nextCallRef = 1;
    private final TimerSlot t309;

    private final CallContext context = new CallContext() {
        @Override
        public void send(int tei, Message message) {
            CallControl.this.send(tei, message);
        }

        @Override
        public void broadcast(Message message) {
            links.broadcast(Octets.of(Q931Codec.encode(message)));
        }

        @Override
        public Scheduler scheduler() {
            return scheduler;
        }

        @Override
        public Q931Timers timers() {
            return timers;
        }

        @Override
        public BChannels channels() {
            return channels;
        }

        @Override
        public int callRefLength() {
            return callRefLength;
        }

        @Override
        public CallRole role() {
            return role;
        }

        @Override
        public void ended(IsdnCall call) {
            calls.remove(new Key(call.ours() ? -1 : call.tei(), call.callReference(), call.ours()));
            activityListeners.forEach(Runnable::run);
        }
    };

    /** Network-side call control on a single data link, TEI 0. */
    public CallControl(Scheduler scheduler, Q931Timers timers, int callRefLength, BChannels channels,
            Consumer<Octets> link, FarEnd farEnd) {
        this(scheduler, timers, callRefLength, channels, LinkSender.single(link), false, CallRole.NETWORK, farEnd);
    }

    /**
     * @param callRefLength 2 on a PRI, 1 on a BRI (Q.931 §4.3)
     * @param links the data links below, by TEI
     * @param pointToMultipoint whether calls toward the interface are offered to all terminals
     *     with a broadcast SETUP (§5.2.1) instead of the first terminal's data link
     * @param role network side (the gateway as NT) or user side (TE)
     */
    public CallControl(Scheduler scheduler, Q931Timers timers, int callRefLength, BChannels channels,
            LinkSender links, boolean pointToMultipoint, CallRole role, FarEnd farEnd) {
        this.scheduler = scheduler;
        this.timers = timers;
        this.callRefLength = callRefLength;
        this.channels = channels;
        this.links = links;
        this.pointToMultipoint = pointToMultipoint;
        this.role = role;
        this.farEnd = farEnd;
        this.restarts = new Restarts(scheduler, timers, callRefLength, m -> upLinks.forEach(t -> send(t, m)));
        this.t309 = new TimerSlot(scheduler);
    }

    public void setFarEnd(FarEnd farEnd) {
        this.farEnd = farEnd;
    }

    /** While blocked, SETUPs from the PBX are refused with {@code cause} (RELEASE COMPLETE). */
    public void setBlocked(boolean blocked, int cause) {
        this.blocked = blocked;
        this.blockedCause = cause;
        activityListeners.forEach(Runnable::run);
    }

    public boolean blocked() {
        return blocked;
    }

    public Collection<IsdnCall> calls() {
        return List.copyOf(calls.values());
    }

    public BChannels channels() {
        return channels;
    }

    /** Told whenever a call starts or ends or blocking changes (for the line state). */
    public void onActivity(Runnable listener) {
        activityListeners.add(listener);
    }

    /** A call toward the PBX (§5.2): SETUP with an exclusive channel hunted in our order. */
    public IsdnCall placeCall(String called, String calling, CallObserver observer) {
        return placeCall(called, calling, IsdnCall.PRESENTATION_ALLOWED, observer);
    }

    /** As {@link #placeCall(String, String, CallObserver)}, with the calling number's presentation (§4.5.10). */
    public IsdnCall placeCall(String called, String calling, int presentation, CallObserver observer) {
        boolean linkUp = !upLinks.isEmpty();
        OptionalInt ch = linkUp ? channels.hunt() : OptionalInt.empty();
        int tei = pointToMultipoint || !linkUp ? -1 : upLinks.iterator().next();
        IsdnCall call = new IsdnCall(context, allocateCallRef(), IsdnCall.Direction.TO_PBX, called, calling,
                presentation, ch.orElse(0), tei);
        call.observe(observer);
        if (ch.isEmpty()) {
            int cause = linkUp ? CauseValue.NO_CIRCUIT_AVAILABLE : CauseValue.DESTINATION_OUT_OF_ORDER;
            scheduler.execute(() -> call.clearLocally(cause));
            return call;
        }
        calls.put(new Key(-1, call.callReference(), true), call);
        activityListeners.forEach(Runnable::run);
        call.place();
        return call;
    }

    /** Sends RESTART for the whole interface (§5.5.1), clearing every call locally first. */
    public void restartAll() {
        clearAll(CauseValue.TEMPORARY_FAILURE);
        restarts.restartAll();
    }

    // ---- data link --------------------------------------------------------------------------

    /**
     * The data link of {@code tei} is established, or re-established (our recovery, or the peer's
     * SABME resetting it). The calls kept on it — under T309 after a failure (§5.8.9), or across a
     * reset (§5.8.8) — are verified with the status enquiry procedure (§5.8.10): the peer may have
     * lost them meanwhile (a PBX restarted behind the link); it then answers with a STATUS in the
     * Null state (§5.8.11) or RELEASE COMPLETE and the call is cleared here too, instead of staying
     * up for ever (found against libpri, docs/isdn-interop.md).
     */
    public void linkEstablished(int tei) {
        upLinks.add(tei);
        calls().stream().filter(c -> c.tei() == tei).forEach(IsdnCall::enquireStatus);
        if (calls.values().stream().noneMatch(c -> c.tei() >= 0 && !upLinks.contains(c.tei()))) {
            t309.stop(); // §5.8.9: the links came back in time: active calls survive
        }
    }

    /**
     * §5.8.9: calls on that link not yet active are cleared at once; active ones wait T309 for it, and
     * are cleared with cause 27 "destination out of order" if it does not come back in time.
     */
    public void linkFailed(int tei) {
        upLinks.remove(tei);
        for (IsdnCall c : calls()) {
            if (c.tei() == tei && c.state() != CallState.ACTIVE) {
                c.clearLocally(CauseValue.TEMPORARY_FAILURE);
            }
        }
        if (calls.values().stream().anyMatch(c -> c.tei() == tei) && !t309.running()) {
            t309.start(timers.t309(), () -> calls().stream().filter(c -> c.tei() >= 0 && !upLinks.contains(c.tei()))
                    .forEach(c -> c.clearLocally(CauseValue.DESTINATION_OUT_OF_ORDER)));
        }
    }

    /** A terminal's TEI was removed: its calls are gone. */
    public void linkRemoved(int tei) {
        upLinks.remove(tei);
        calls().stream().filter(c -> c.tei() == tei).forEach(c -> c.clearLocally(CauseValue.TEMPORARY_FAILURE));
    }

    /** Layer 1 gone: nothing can survive. */
    public void clearAll(int cause) {
        calls().forEach(c -> c.clearLocally(cause));
    }

    // ---- received messages ------------------------------------------------------------------

    /** A layer-3 message received on the data link of {@code tei}. */
    public void receive(int tei, Octets octets) {
        byte[] bytes = octets.toArray();
        switch (Q931Codec.decode(bytes)) {
            case Decoded.Ok<Message> ok -> dispatch(tei, ok.value());
            case Decoded.Failed<Message> f -> undecodable(tei, bytes, f.error());
        }
    }

    private void undecodable(int tei, byte[] bytes, DecodeError error) {
        Logger.debug("Q.931: undecodable message {}: {}", Octets.of(bytes), error);
        if (error.kind() == DecodeError.Kind.UNKNOWN_TYPE) {
            Q931Codec.peekCallRef(bytes).map(cr -> calls.get(Key.of(tei, cr)))
                    .ifPresent(c -> c.unknownMessageType(tei));
        }
        // §5.8.1–§5.8.2: other garbage (too short, wrong discriminator, bad IEs) is ignored
    }

    private void dispatch(int tei, Message m) {
        CallRef cr = m.callRef();
        if (cr.isGlobal()) {
            global(tei, m);
            return;
        }
        IsdnCall call = calls.get(Key.of(tei, cr));
        if (call != null) {
            call.receive(m, tei);
            return;
        }
        unknownCallRef(tei, m);
    }

    private void global(int tei, Message m) {
        switch (m.type()) {
            case RESTART -> restarts.received(m, this::clearChannels, ack -> send(tei, ack));
            case RESTART_ACKNOWLEDGE -> restarts.acknowledged();
            case STATUS_ENQUIRY -> send(tei, reply(m, MessageType.STATUS,
                    cause(CauseValue.RESPONSE_TO_STATUS_ENQUIRY), new Ie.CallState(0, 0)));
            default -> Logger.debug("Q.931: ignoring {} on the global call reference", m.type());
        }
    }

    private void clearChannels(List<Integer> indicated) {
        for (IsdnCall c : calls()) {
            if (indicated.isEmpty() || indicated.contains(c.channel())) {
                c.clearLocally(CauseValue.TEMPORARY_FAILURE);
            }
        }
    }

    /** §5.8.3.2: messages for a call reference we do not know. */
    private void unknownCallRef(int tei, Message m) {
        switch (m.type()) {
            case SETUP -> {
                if (!m.callRef().flag()) {
                    setup(tei, m);
                }
            }
            case RELEASE_COMPLETE -> { }
            case STATUS_ENQUIRY -> send(tei, reply(m, MessageType.STATUS,
                    cause(CauseValue.RESPONSE_TO_STATUS_ENQUIRY), new Ie.CallState(0, 0)));
            case STATUS -> {
                if (m.find(Ie.CallState.class).map(s -> s.value() != 0).orElse(false)) {
                    send(tei, reply(m, MessageType.RELEASE_COMPLETE,
                            cause(CauseValue.MESSAGE_NOT_COMPATIBLE_WITH_STATE)));
                }
            }
            default -> send(tei, reply(m, MessageType.RELEASE_COMPLETE, cause(CauseValue.INVALID_CALL_REFERENCE)));
        }
    }

    private void setup(int tei, Message m) {
        int refusal = admission(m);
        OptionalInt channel = OptionalInt.empty();
        if (refusal == 0) {
            channel = chooseChannel(m);
            if (channel.isEmpty()) {
                refusal = requestedExclusive(m) ? CauseValue.REQUESTED_CHANNEL_NOT_AVAILABLE
                        : CauseValue.NO_CIRCUIT_AVAILABLE;
            }
        }
        if (refusal != 0) { // §5.1, §5.3.1: RELEASE COMPLETE may be the first answer to a SETUP
            Logger.info("refusing SETUP from the PBX (call reference {}) with cause {}", m.callRef().value(), refusal);
            send(tei, reply(m, MessageType.RELEASE_COMPLETE, cause(refusal)));
            return;
        }
        String called = m.find(Ie.CalledPartyNumber.class).map(Ie.CalledPartyNumber::digits).orElse("");
        Optional<Ie.CallingPartyNumber> cpn = m.find(Ie.CallingPartyNumber.class);
        String calling = cpn.map(Ie.CallingPartyNumber::digits).orElse("");
        // octet 3a absent (-1): presentation allowed (§4.5.10 note); no IE at all: not available
        int presentation = cpn.map(c -> Math.max(c.presentation(), IsdnCall.PRESENTATION_ALLOWED))
                .orElse(IsdnCall.PRESENTATION_NOT_AVAILABLE);
        IsdnCall call = new IsdnCall(context, m.callRef().value(), IsdnCall.Direction.FROM_PBX, called, calling,
                presentation, channel.getAsInt(), tei);
        calls.put(Key.of(tei, m.callRef()), call);
        activityListeners.forEach(Runnable::run);
        call.setupReceived();
        farEnd.offer(call);
    }

    private int admission(Message m) {
        if (blocked) {
            return blockedCause;
        }
        var bearer = m.find(Ie.BearerCapability.class);
        if (bearer.isEmpty() || m.find(Ie.CalledPartyNumber.class).isEmpty()) {
            return CauseValue.MANDATORY_IE_MISSING;
        }
        int itc = bearer.get().capability();
        if (itc != Ie.BearerCapability.SPEECH && itc != Ie.BearerCapability.AUDIO_3_1K) {
            return CauseValue.BEARER_NOT_IMPLEMENTED;
        }
        return 0;
    }

    private OptionalInt chooseChannel(Message m) {
        var id = m.find(Ie.ChannelId.class);
        int wanted = id.map(channels::requested).orElse(0);
        if (wanted > 0 && channels.take(wanted)) {
            return OptionalInt.of(wanted);
        }
        if (wanted > 0 && requestedExclusive(m)) {
            return OptionalInt.empty();
        }
        return channels.hunt(); // preferred-but-busy or "any": §5.1.2 b)/c)
    }

    private static boolean requestedExclusive(Message m) {
        return m.find(Ie.ChannelId.class).map(Ie.ChannelId::exclusive).orElse(false);
    }

    private int allocateCallRef() {
        int max = (1 << (8 * callRefLength - 1)) - 1;
        for (int i = 0; i < max; i++) {
            int v = nextCallRef;
            nextCallRef = nextCallRef % max + 1;
            if (!calls.containsKey(new Key(-1, v, true))) {
                return v;
            }
        }
        throw new IllegalStateException("no call reference free");
    }

    private static Message reply(Message to, MessageType type, Ie... ies) {
        return Message.of(to.callRef().reply(), type, ies);
    }

    private Ie.Cause cause(int value) {
        return Ie.Cause.of(value, role.causeLocation());
    }

    private void send(int tei, Message m) {
        links.send(tei, Octets.of(Q931Codec.encode(m)));
    }
}
