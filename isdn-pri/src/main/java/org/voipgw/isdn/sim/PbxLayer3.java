package org.voipgw.isdn.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.isdn.Decoded;
import org.voipgw.isdn.Octets;
import org.voipgw.isdn.q931.CallRef;
import org.voipgw.isdn.q931.CauseValue;
import org.voipgw.isdn.q931.Ie;
import org.voipgw.isdn.q931.Message;
import org.voipgw.isdn.q931.MessageType;
import org.voipgw.isdn.q931.Q931Codec;
import org.voipgw.isdn.call.CallState;

/**
 * The simulated PBX's user-side Q.931 behaviour (Q.931 §5, user side), just enough to drive the
 * gateway: places calls (SETUP en bloc, preferred channel hunted ascending like a PBX trunk card),
 * answers incoming calls with CALL PROCEEDING + ALERTING and CONNECT (T313 = 4 s for CONNECT
 * ACKNOWLEDGE, §5.2.8), clears (DISCONNECT → RELEASE → RELEASE COMPLETE), answers RESTART and
 * STATUS ENQUIRY. Records every message both ways for assertions.
 */
final class PbxLayer3 {
    private final Scheduler scheduler;
    private final int crLength;
    private final int bChannels;
    private final boolean pri;
    private final Consumer<Octets> link;
    private final Map<String, PbxCall> calls = new LinkedHashMap<>();
    private final List<PbxCall> history = new ArrayList<>();
    final List<Message> received = new ArrayList<>();
    final List<Message> sent = new ArrayList<>();
    Duration answerAfter;
    boolean ignoreCalls;
    private int nextRef = 1;

    PbxLayer3(Scheduler scheduler, boolean pri, Consumer<Octets> link, Duration answerAfter) {
        this.scheduler = scheduler;
        this.pri = pri;
        this.crLength = pri ? 2 : 1;
        this.bChannels = pri ? 23 : 2;
        this.link = link;
        this.answerAfter = answerAfter;
    }

    List<PbxCall> history() {
        return List.copyOf(history);
    }

    PbxCall call(String called, String calling) {
        PbxCall c = new PbxCall(nextRef, true, called);
        nextRef = nextRef % (pri ? 32767 : 127) + 1;
        calls.put(key(c.callRef, true), c);
        history.add(c);
        List<Ie> ies = new ArrayList<>();
        ies.add(Ie.BearerCapability.speech());
        int preferred = lowestFreeChannel();
        ies.add(pri ? new Ie.ChannelId(true, false, false, 1, List.of(preferred))
                : Ie.ChannelId.bri(preferred, false));
        if (!calling.isEmpty()) {
            ies.add(new Ie.CallingPartyNumber(2, 1, 0, 1, calling));
        }
        ies.add(new Ie.CalledPartyNumber(2, 1, called));
        ies.add(new Ie.SendingComplete());
        send(c, MessageType.SETUP, ies);
        c.state = CallState.CALL_INITIATED;
        return c;
    }

    void answer(PbxCall c) {
        if (c.state == CallState.CALL_RECEIVED || c.state == CallState.INCOMING_CALL_PROCEEDING) {
            send(c, MessageType.CONNECT, List.of());
            c.state = CallState.CONNECT_REQUEST;
            scheduler.schedule(Duration.ofSeconds(4), () -> { // T313
                if (c.state == CallState.CONNECT_REQUEST) {
                    disconnect(c, CauseValue.RECOVERY_ON_TIMER_EXPIRY);
                }
            });
        }
    }

    void hangup(PbxCall c, int cause) {
        if (c.state != CallState.NULL && c.state != CallState.RELEASE_REQUEST && c.state != CallState.DISCONNECT_REQUEST) {
            disconnect(c, cause);
        }
    }

    private void disconnect(PbxCall c, int cause) {
        send(c, MessageType.DISCONNECT, List.of(Ie.Cause.of(cause, Ie.Cause.LOCATION_USER)));
        c.state = CallState.DISCONNECT_REQUEST;
    }

    /** Layer 2 went down: the PBX forgets its calls (a simplification of §5.8.9). */
    void linkLost() {
        for (PbxCall c : List.copyOf(calls.values())) {
            c.cause = CauseValue.TEMPORARY_FAILURE;
            toNull(c);
        }
    }

    void receive(Octets octets) {
        if (!(Q931Codec.decode(octets.toArray()) instanceof Decoded.Ok<Message> ok)) {
            return;
        }
        Message m = ok.value();
        received.add(m);
        if (m.callRef().isGlobal()) {
            if (m.type() == MessageType.RESTART) {
                linkLost();
                send(new Message(m.callRef().reply(), MessageType.RESTART_ACKNOWLEDGE, m.ies()));
            }
            return;
        }
        boolean ours = m.callRef().flag();
        PbxCall c = calls.get(key(m.callRef().value(), ours));
        if (c == null) {
            if (m.type() == MessageType.SETUP && !ours) {
                incoming(m);
            } else if (m.type() == MessageType.STATUS_ENQUIRY) {
                send(new Message(m.callRef().reply(), MessageType.STATUS, List.of(
                        Ie.Cause.of(CauseValue.RESPONSE_TO_STATUS_ENQUIRY, 0), new Ie.CallState(0, 0))));
            } else if (m.type() == MessageType.STATUS
                    && m.find(Ie.CallState.class).map(Ie.CallState::value).orElse(0) != 0) {
                // §5.8.3.2: a STATUS for a call we do not know (and not in Null): clear it, cause 101
                send(new Message(m.callRef().reply(), MessageType.RELEASE_COMPLETE, List.of(
                        Ie.Cause.of(CauseValue.MESSAGE_NOT_COMPATIBLE_WITH_STATE, 0))));
            }
            return;
        }
        if (ignoreCalls) {
            return;
        }
        onMessage(c, m);
    }

    private void incoming(Message setup) {
        PbxCall c = new PbxCall(setup.callRef().value(), false,
                setup.find(Ie.CalledPartyNumber.class).map(Ie.CalledPartyNumber::digits).orElse(""));
        c.channel = setup.find(Ie.ChannelId.class).map(this::channelOf).orElse(0);
        calls.put(key(c.callRef, false), c);
        history.add(c);
        c.state = CallState.CALL_PRESENT;
        if (ignoreCalls) {
            return;
        }
        send(c, MessageType.CALL_PROCEEDING, List.of());
        c.state = CallState.INCOMING_CALL_PROCEEDING;
        send(c, MessageType.ALERTING, List.of());
        c.state = CallState.CALL_RECEIVED;
        if (answerAfter != null) {
            scheduler.schedule(answerAfter, () -> answer(c));
        }
    }

    private void onMessage(PbxCall c, Message m) {
        switch (m.type()) {
            case CALL_PROCEEDING -> {
                c.channel = m.find(Ie.ChannelId.class).map(this::channelOf).orElse(c.channel);
                c.state = CallState.OUTGOING_CALL_PROCEEDING;
            }
            case ALERTING -> c.state = CallState.CALL_DELIVERED;
            case CONNECT -> {
                send(c, MessageType.CONNECT_ACKNOWLEDGE, List.of());
                c.state = CallState.ACTIVE;
            }
            case CONNECT_ACKNOWLEDGE -> c.state = CallState.ACTIVE;
            case DISCONNECT -> {
                c.cause = m.causeValue();
                send(c, MessageType.RELEASE, List.of());
                c.state = CallState.RELEASE_REQUEST;
            }
            case RELEASE -> {
                if (c.cause < 0) {
                    c.cause = m.causeValue();
                }
                send(c, MessageType.RELEASE_COMPLETE, List.of());
                toNull(c);
            }
            case RELEASE_COMPLETE -> {
                if (c.cause < 0) {
                    c.cause = m.causeValue();
                }
                toNull(c);
            }
            case STATUS_ENQUIRY -> send(c, MessageType.STATUS, List.of(
                    Ie.Cause.of(CauseValue.RESPONSE_TO_STATUS_ENQUIRY, 0), new Ie.CallState(0, c.state.value())));
            default -> { }
        }
    }

    private int channelOf(Ie.ChannelId id) {
        if (id.pri()) {
            return id.channels().isEmpty() ? 0 : id.channels().get(0);
        }
        return id.selection() == 3 ? 0 : id.selection();
    }

    private int lowestFreeChannel() {
        BitSet used = new BitSet();
        calls.values().forEach(c -> used.set(c.channel));
        for (int ch = 1; ch <= bChannels; ch++) {
            if (!used.get(ch)) {
                return ch;
            }
        }
        return 1;
    }

    private void toNull(PbxCall c) {
        c.state = CallState.NULL;
        calls.remove(key(c.callRef, c.ours));
    }

    private void send(PbxCall c, MessageType type, List<Ie> ies) {
        send(new Message(new CallRef(crLength, c.callRef, !c.ours), type, ies));
    }

    void sendScripted(Message m) {
        send(m);
    }

    private void send(Message m) {
        sent.add(m);
        link.accept(Octets.of(Q931Codec.encode(m)));
    }

    private static String key(int ref, boolean ours) {
        return ref + (ours ? "o" : "i");
    }
}
