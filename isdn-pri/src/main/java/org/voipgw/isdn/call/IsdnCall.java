package org.voipgw.isdn.call;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tinylog.Logger;
import org.voipgw.isdn.TimerSlot;
import org.voipgw.isdn.call.CallRole.Phase;
import org.voipgw.isdn.q931.CallRef;
import org.voipgw.isdn.q931.CauseValue;
import org.voipgw.isdn.q931.Ie;
import org.voipgw.isdn.q931.Message;
import org.voipgw.isdn.q931.MessageType;

/**
 * One call on an ISDN interface: the Q.931 §5 procedures for a circuit-switched call (§5.1
 * originated by the PBX, §5.2 toward the PBX, §5.3 clearing, §5.8 error handling) with states
 * {@link CallState}, played as the network side (normal, NT) or the user side ({@link CallRole}). The far side (SIP) drives it with {@link #alert()},
 * {@link #answer()} and {@link #hangup(int)}, and observes it through {@link CallObserver}.
 */
public final class IsdnCall {
    /** STATUS ENQUIRY transmissions before giving up (§5.8.10 leaves the number to the implementation; chosen). */
    static final int STATUS_ENQUIRIES = 3;

    public enum Direction {
        /** SETUP received from the PBX. */
        FROM_PBX,
        /** SETUP sent to the PBX. */
        TO_PBX
    }

    /** Q.931 §4.5.10 octet 3a presentation indicator: presentation allowed. */
    public static final int PRESENTATION_ALLOWED = 0;
    /** Presentation restricted (the caller withheld the number). */
    public static final int PRESENTATION_RESTRICTED = 1;
    /** Number not available due to interworking. */
    public static final int PRESENTATION_NOT_AVAILABLE = 2;

    private final CallContext ctx;
    private final int crValue;
    private final boolean ours;
    private final Direction direction;
    private final String called;
    private final String calling;
    private final int callingPresentation;
    private final List<CallObserver> observers = new ArrayList<>();
    private final CallRole role;
    private int channel;
    /** The TEI whose data link carries the call; -1 while a broadcast SETUP awaits its answer. */
    private int tei;
    /** Terminals that answered a broadcast SETUP (point-to-multipoint, Q.931 §5.2.1–§5.2.2). */
    private final Set<Integer> responders = new LinkedHashSet<>();
    private int rejectionCause = -1;
    private CallState state = CallState.NULL;
    private final TimerSlot timer;
    /** T322, apart from {@link #timer}: an enquiry may be outstanding in any state (§5.8.10). */
    private final TimerSlot t322;
    private int enquiries;
    private int expiries;
    private int clearingCause = CauseValue.NORMAL_CLEARING;
    private boolean clearedReported;

    IsdnCall(CallContext ctx, int crValue, Direction direction, String called, String calling, int callingPresentation,
            int channel, int tei) {
        this.ctx = ctx;
        this.crValue = crValue;
        this.ours = direction == Direction.TO_PBX;
        this.direction = direction;
        this.called = called;
        this.calling = calling;
        this.callingPresentation = callingPresentation;
        this.channel = channel;
        this.tei = tei;
        this.role = ctx.role();
        this.timer = new TimerSlot(ctx.scheduler());
        this.t322 = new TimerSlot(ctx.scheduler());
    }

    public CallState state() {
        return state;
    }

    public Direction direction() {
        return direction;
    }

    public int channel() {
        return channel;
    }

    public String called() {
        return called;
    }

    public String calling() {
        return calling;
    }

    /**
     * The presentation indicator of the calling party number (Q.931 §4.5.10 octet 3a):
     * {@link #PRESENTATION_ALLOWED}, {@link #PRESENTATION_RESTRICTED} or {@link #PRESENTATION_NOT_AVAILABLE}.
     */
    public int callingPresentation() {
        return callingPresentation;
    }

    public int callReference() {
        return crValue;
    }

    /** The TEI of the terminal this call is with (0 on a PRI), or -1 while offered to all. */
    public int tei() {
        return tei;
    }

    boolean ours() {
        return ours;
    }

    public void observe(CallObserver observer) {
        observers.add(observer);
    }

    // ---- the far side drives calls from the PBX ---------------------------------------------

    /** The far end rings: ALERTING to the PBX (§5.1.7). */
    public void alert() {
        if (in(Phase.PROCEEDING_SENT)) {
            send(MessageType.ALERTING);
            enter(Phase.ALERTING_SENT);
        }
    }

    /**
     * The far end sends in-band audio before the answer (early media): PROGRESS with progress description
     * #8 "in-band information or an appropriate pattern is now available" (§4.5.23, §5.1.6), so the PBX
     * connects the B channel and its caller hears the far end's tones.
     */
    public void progress() {
        if (in(Phase.PROCEEDING_SENT, Phase.ALERTING_SENT)) {
            send(MessageType.PROGRESS, new Ie.ProgressIndicator(0, role.causeLocation(), 8));
        }
    }

    /**
     * The far end answered: CONNECT to the PBX (§5.1.8). The network side is then active; the
     * user side waits for CONNECT ACKNOWLEDGE under T313 (§5.2.8).
     */
    public void answer() {
        if (in(Phase.PROCEEDING_SENT, Phase.ALERTING_SENT)) {
            send(MessageType.CONNECT);
            enter(Phase.CONNECT_SENT);
            if (state == CallState.ACTIVE) {
                observers.forEach(o -> o.connected(this));
            } else {
                expiries = 0;
                startTimer(ctx.timers().t313(), this::onT313);
            }
        }
    }

    /** The far side clears: DISCONNECT to the PBX, T305 (§5.3.4); a no-op once clearing started. */
    public void hangup(int cause) {
        if (tei < 0 && state != CallState.NULL) { // offered to all, nobody chosen: release each responder
            stopTimer();
            reportCleared(cause);
            responders.forEach(r -> ctx.send(r, Message.of(callRef(), MessageType.RELEASE, cause(cause))));
            toNull();
            return;
        }
        switch (state) {
            case NULL, DISCONNECT_REQUEST, DISCONNECT_INDICATION, RELEASE_REQUEST -> { } // clearing already
            default -> {
                stopTimer();
                reportCleared(cause);
                disconnect(cause);
            }
        }
    }

    // ---- procedures started by the call control ---------------------------------------------

    /** §5.1.1–§5.1.3: a valid SETUP from the PBX with its channel chosen: CALL PROCEEDING. */
    void setupReceived() {
        enter(Phase.SETUP_RECEIVED);
        send(MessageType.CALL_PROCEEDING, ctx.channels().identify(channel, true));
        enter(Phase.PROCEEDING_SENT);
    }

    /** §5.2.1: SETUP toward the PBX, T303. */
    void place() {
        sendSetup();
        enter(Phase.SETUP_SENT);
        expiries = 0;
        startTimer(ctx.timers().t303(), this::onT303);
    }

    /** The call is gone without a message exchange (data-link failure, RESTART; §5.8.9, §5.5). */
    void clearLocally(int cause) {
        stopTimer();
        reportCleared(cause);
        toNull();
    }

    /**
     * §5.8.10 status enquiry: asks the peer for its state of the call (after the data link came back,
     * §5.8.9). T322 supervises the answer; a lost enquiry (e.g. discarded by a peer still completing
     * its own link establishment) is sent again, up to {@link #STATUS_ENQUIRIES} times in all, and
     * then the call is cleared with cause 41 "temporary failure" as §5.8.10 says.
     */
    void enquireStatus() {
        if (state != CallState.NULL) {
            enquiries = 0;
            sendEnquiry();
        }
    }

    private void sendEnquiry() {
        enquiries++;
        send(MessageType.STATUS_ENQUIRY);
        t322.start(ctx.timers().t322(), () -> {
            if (state == CallState.NULL) {
                return;
            }
            if (enquiries < STATUS_ENQUIRIES) {
                sendEnquiry();
            } else {
                hangup(CauseValue.TEMPORARY_FAILURE);
            }
        });
    }

    // ---- messages from the PBX --------------------------------------------------------------

    void receive(Message m, int fromTei) {
        if (tei < 0) {
            receiveOffered(m, fromTei);
            return;
        }
        if (fromTei != tei) { // §5.2.2: a terminal that was not selected
            if (m.type() != MessageType.RELEASE_COMPLETE && m.type() != MessageType.RELEASE) {
                ctx.send(fromTei, Message.of(callRef(), MessageType.RELEASE, cause(CauseValue.NON_SELECTED_USER_CLEARING)));
            } else if (m.type() == MessageType.RELEASE) {
                ctx.send(fromTei, Message.of(callRef(), MessageType.RELEASE_COMPLETE));
            }
            return;
        }
        switch (m.type()) {
            case CALL_PROCEEDING -> onProceeding(m);
            case ALERTING -> onAlerting(m);
            case CONNECT -> onConnect(m);
            case CONNECT_ACKNOWLEDGE -> onConnectAcknowledge();
            case PROGRESS, INFORMATION -> expect(m, state != CallState.NULL);
            case DISCONNECT -> onDisconnect(m);
            case RELEASE -> onRelease(m);
            case RELEASE_COMPLETE -> {
                stopTimer();
                reportCleared(m.causeValue() > 0 ? m.causeValue() : CauseValue.NORMAL_CLEARING);
                toNull();
            }
            case STATUS_ENQUIRY -> sendStatus(CauseValue.RESPONSE_TO_STATUS_ENQUIRY);
            case STATUS -> onStatus(m);
            default -> expect(m, false);
        }
    }

    /** An unknown message type on this call (§5.8.4). */
    void unknownMessageType(int fromTei) {
        if (fromTei != tei) {
            return;
        }
        sendStatus(CauseValue.MESSAGE_TYPE_NONEXISTENT);
    }

    /**
     * Answers to a SETUP offered to every terminal (§5.2.1 point-to-multipoint, §5.2.2): the first
     * CALL PROCEEDING / ALERTING moves the call on, the first CONNECT selects that terminal; the
     * others are released with cause 26. Rejections only count once nobody else can answer.
     */
    private void receiveOffered(Message m, int from) {
        switch (m.type()) {
            case CALL_PROCEEDING -> {
                responders.add(from);
                if (in(Phase.SETUP_SENT)) {
                    onProceeding(m);
                }
            }
            case ALERTING -> {
                responders.add(from);
                if (in(Phase.SETUP_SENT, Phase.PROCEEDING_RECEIVED)) {
                    onAlerting(m);
                }
            }
            case CONNECT -> {
                tei = from;
                responders.remove(from);
                responders.forEach(r -> ctx.send(r, Message.of(callRef(), MessageType.RELEASE,
                        cause(CauseValue.NON_SELECTED_USER_CLEARING))));
                responders.clear();
                onConnect(m);
            }
            case RELEASE_COMPLETE, RELEASE, DISCONNECT -> {
                responders.remove(from);
                rejectionCause = m.causeValue() > 0 ? m.causeValue() : CauseValue.CALL_REJECTED;
                if (m.type() == MessageType.DISCONNECT) {
                    ctx.send(from, Message.of(callRef(), MessageType.RELEASE));
                } else if (m.type() == MessageType.RELEASE) {
                    ctx.send(from, Message.of(callRef(), MessageType.RELEASE_COMPLETE));
                }
                if (responders.isEmpty() && !in(Phase.SETUP_SENT)) { // all who answered refused
                    stopTimer();
                    reportCleared(rejectionCause);
                    toNull();
                }
            }
            case STATUS_ENQUIRY -> ctx.send(from, Message.of(callRef(), MessageType.STATUS,
                    cause(CauseValue.RESPONSE_TO_STATUS_ENQUIRY), new Ie.CallState(0, state.value())));
            default -> { }
        }
    }

    private void onProceeding(Message m) {
        if (in(Phase.SETUP_SENT) && channelAccepted(m)) {
            stopTimer();
            enter(Phase.PROCEEDING_RECEIVED);
            startTimer(ctx.timers().t310(), this::onT310);
            observers.forEach(o -> o.proceeding(this));
        } else {
            unexpected(MessageType.CALL_PROCEEDING);
        }
    }

    private void onAlerting(Message m) {
        if (in(Phase.SETUP_SENT, Phase.PROCEEDING_RECEIVED) && channelAccepted(m)) {
            stopTimer();
            enter(Phase.ALERTING_RECEIVED);
            observers.forEach(o -> o.alerting(this));
        } else {
            unexpected(MessageType.ALERTING);
        }
    }

    private void onConnect(Message m) {
        if (in(Phase.SETUP_SENT, Phase.PROCEEDING_RECEIVED, Phase.ALERTING_RECEIVED) && channelAccepted(m)) {
            stopTimer();
            enter(Phase.CONNECT_RECEIVED);
            send(MessageType.CONNECT_ACKNOWLEDGE); // §5.2.8 (network), §5.1.8 (user: optional, we send it)
            setState(CallState.ACTIVE);
            observers.forEach(o -> o.connected(this));
        } else if (!in(Phase.SETUP_SENT, Phase.PROCEEDING_RECEIVED, Phase.ALERTING_RECEIVED)) {
            unexpected(MessageType.CONNECT);
        }
    }

    /** The user side's answer is confirmed (§5.2.8); on the network side it is optional and ignored. */
    private void onConnectAcknowledge() {
        if (role == CallRole.USER && state == CallState.CONNECT_REQUEST) {
            stopTimer();
            setState(CallState.ACTIVE);
            observers.forEach(o -> o.connected(this));
        } else if (state != CallState.ACTIVE) {
            unexpected(MessageType.CONNECT_ACKNOWLEDGE);
        }
    }

    /**
     * As the user side, the network's first answer names the B channel (§5.1.2, §5.1.3): adopt it
     * when it differs from the one we proposed; a channel we cannot use clears the call (cause 44).
     */
    private boolean channelAccepted(Message m) {
        if (role == CallRole.NETWORK) {
            return true;
        }
        int given = m.find(Ie.ChannelId.class).map(id -> ctx.channels().requested(id)).orElse(0);
        if (given <= 0 || given == channel) {
            return true;
        }
        ctx.channels().release(channel);
        if (!ctx.channels().take(given)) {
            channel = 0;
            hangup(CauseValue.REQUESTED_CHANNEL_NOT_AVAILABLE);
            return false;
        }
        channel = given;
        return true;
    }

    private void onDisconnect(Message m) {
        if (state == CallState.RELEASE_REQUEST || state == CallState.NULL) {
            return;
        }
        // §5.3.3 clearing by the user (and §5.3.5 DISCONNECT collision in N12): RELEASE, T308.
        stopTimer();
        enter(Phase.DISCONNECT_RECEIVED);
        reportCleared(m.causeValue() > 0 ? m.causeValue() : CauseValue.NORMAL_UNSPECIFIED);
        release(m.causeValue() > 0 ? m.causeValue() : CauseValue.NORMAL_CLEARING);
    }

    private void onRelease(Message m) {
        stopTimer();
        if (state != CallState.RELEASE_REQUEST) { // in N19 both sent RELEASE: no reply (§5.3.5)
            send(MessageType.RELEASE_COMPLETE);
        }
        reportCleared(m.causeValue() > 0 ? m.causeValue() : CauseValue.NORMAL_CLEARING);
        toNull();
    }

    private void onStatus(Message m) {
        t322.stop();
        int peerState = m.find(Ie.CallState.class).map(Ie.CallState::value).orElse(-1);
        if (peerState == 0) { // §5.8.11: the peer has no such call: release the call reference
            clearLocally(m.causeValue() > 0 ? m.causeValue() : CauseValue.MESSAGE_NOT_COMPATIBLE_WITH_STATE);
        }
    }

    private void expect(Message m, boolean ok) {
        if (!ok) {
            unexpected(m.type());
        }
    }

    /** §5.8.4: a message not allowed in this state is answered with STATUS, cause 101. */
    private void unexpected(MessageType type) {
        Logger.debug("call {} in {}: unexpected {}", crValue, state, type);
        sendStatus(CauseValue.MESSAGE_NOT_COMPATIBLE_WITH_STATE);
    }

    // ---- timers ------------------------------------------------------------------------------

    private void onT303() {
        if (++expiries < 2) { // §5.2.1: SETUP repeated once
            sendSetup();
            startTimer(ctx.timers().t303(), this::onT303);
            return;
        }
        // Second expiry: nobody answers. Cause 18 toward the originator (§5.2.1) — or the cause of
        // a terminal that refused a broadcast offer; on a single link the RELEASE COMPLETE frees
        // the call reference in case the PBX did see a SETUP.
        reportCleared(rejectionCause > 0 ? rejectionCause : timeoutCause());
        if (tei >= 0) {
            send(MessageType.RELEASE_COMPLETE, cause(timeoutCause()));
        }
        toNull();
    }

    /**
     * Why a call toward the PBX timed out: the network tells the calling side "no user responding"
     * (§5.2.1, §5.2.5.3); a user clears with "recovery on timer expiry" (§5.1.1, §5.1.5).
     */
    private int timeoutCause() {
        return role == CallRole.NETWORK ? CauseValue.NO_USER_RESPONDING : CauseValue.RECOVERY_ON_TIMER_EXPIRY;
    }

    private void onT313() { // §5.2.8: our CONNECT was not acknowledged
        reportCleared(CauseValue.RECOVERY_ON_TIMER_EXPIRY);
        disconnect(CauseValue.RECOVERY_ON_TIMER_EXPIRY);
    }

    private void onT310() { // §5.2.5.3: CALL PROCEEDING but no ALERTING/CONNECT in time
        reportCleared(timeoutCause());
        disconnect(CauseValue.RECOVERY_ON_TIMER_EXPIRY);
    }

    private void onT305() { // §5.3.4: no reaction to DISCONNECT
        release(clearingCause);
    }

    private void onT308() { // §5.3.4: RELEASE repeated once, then the call reference is freed
        if (++expiries < 2) {
            send(MessageType.RELEASE, cause(clearingCause));
            startTimer(ctx.timers().t308(), this::onT308);
        } else {
            toNull();
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private void disconnect(int cause) {
        clearingCause = cause;
        send(MessageType.DISCONNECT, cause(cause));
        enter(Phase.DISCONNECT_SENT);
        startTimer(ctx.timers().t305(), this::onT305);
    }

    private void release(int cause) {
        clearingCause = cause;
        send(MessageType.RELEASE, cause(cause));
        setState(CallState.RELEASE_REQUEST);
        expiries = 0;
        startTimer(ctx.timers().t308(), this::onT308);
    }

    private void sendSetup() {
        List<Ie> ies = new ArrayList<>();
        ies.add(Ie.BearerCapability.speech());
        // the network assigns the channel (exclusive); as the user we only propose one (preferred)
        ies.add(ctx.channels().identify(channel, role == CallRole.NETWORK));
        // a withheld or unavailable number still says so (octet 3a), without digits when withheld
        if (!calling.isEmpty() || callingPresentation != PRESENTATION_ALLOWED) { // screening: 3 network provided, 0 user provided not screened
            ies.add(new Ie.CallingPartyNumber(0, 1, callingPresentation, role == CallRole.NETWORK ? 3 : 0, calling));
        }
        ies.add(Ie.CalledPartyNumber.of(called));
        ies.add(new Ie.SendingComplete());
        Message setup = new Message(callRef(), MessageType.SETUP, ies);
        if (tei < 0) {
            ctx.broadcast(setup);
        } else {
            ctx.send(tei, setup);
        }
    }

    private void sendStatus(int cause) {
        send(MessageType.STATUS, cause(cause), new Ie.CallState(0, state.value()));
    }

    private Ie.Cause cause(int value) {
        return Ie.Cause.of(value, role.causeLocation());
    }

    private boolean in(Phase... phases) {
        for (Phase p : phases) {
            if (state == role.state(p)) {
                return true;
            }
        }
        return false;
    }

    private void enter(Phase phase) {
        setState(role.state(phase));
    }

    private void send(MessageType type, Ie... ies) {
        ctx.send(tei, Message.of(callRef(), type, ies));
    }

    /** Flag 0 in messages from the side that allocated the call reference (§4.3). */
    private CallRef callRef() {
        return new CallRef(ctx.callRefLength(), crValue, !ours);
    }

    private void reportCleared(int cause) {
        if (!clearedReported) {
            clearedReported = true;
            observers.forEach(o -> o.cleared(this, cause));
        }
    }

    private void toNull() {
        t322.stop();
        setState(CallState.NULL);
        ctx.channels().release(channel);
        ctx.ended(this);
    }

    private void setState(CallState s) {
        if (s != state) {
            Logger.trace("call {} {}: {} -> {}", crValue, direction, state, s);
            state = s;
        }
    }

    private void startTimer(Duration d, Runnable task) {
        timer.start(d, task);
    }

    private void stopTimer() {
        timer.stop();
    }
}
