package org.voipgw.agent.call;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.voipgw.hal.time.Clock;

/**
 * One call through the gateway: a PBX leg and an IP leg, and the rules that join them. Each leg reports
 * what its own side did; the call passes it on to the other leg, so neither protocol needs to know the
 * other. Only the called side (see {@link CallDirection#calledSide()}) may report proceeding, alerting
 * and the answer; either side may clear at any time. Phases only move forward and a call ends once, so a
 * late, duplicated or crossing message (a 200 racing a CANCEL, a DISCONNECT crossing a BYE) is ignored
 * instead of confusing the other leg. When the call ends, the core frees its channel.
 */
public final class Call {
    private final int id;
    private final CallDirection direction;
    private final String port;
    private final String called;
    private final String dialled;
    private final CallingParty calling;
    private final Clock clock;
    private final Instant started;
    private final Consumer<Call> ended;
    private final Map<CallSide, CallLeg> legs = new EnumMap<>(CallSide.class);
    private final List<Consumer<CallPhase>> phaseListeners = new ArrayList<>();
    private CallPhase phase = CallPhase.SETTING_UP;
    private Instant answeredAt;
    private Instant endedAt;
    private int cause;
    private CallSide clearedBy;

    Call(int id, CallDirection direction, String port, String dialled, String called, CallingParty calling,
         Clock clock, Consumer<Call> ended) {
        this.id = id;
        this.direction = Objects.requireNonNull(direction);
        this.port = Objects.requireNonNull(port);
        this.dialled = Objects.requireNonNull(dialled);
        this.called = Objects.requireNonNull(called);
        this.calling = Objects.requireNonNull(calling);
        this.clock = clock;
        this.started = clock.now();
        this.ended = ended;
    }

    /** Told of every phase the call enters (its audio follows: local ringback while it rings, …). */
    public void onPhase(Consumer<CallPhase> listener) {
        phaseListeners.add(listener);
    }

    private void enter(CallPhase next) {
        phase = next;
        List.copyOf(phaseListeners).forEach(l -> l.accept(next));
    }

    /** Joins a leg; the caller's leg at admission, the called leg once it is built. */
    public void attach(CallSide side, CallLeg leg) {
        if (legs.putIfAbsent(side, Objects.requireNonNull(leg)) != null) {
            throw new IllegalStateException("call " + id + " already has its " + side + " leg");
        }
        if (phase == CallPhase.ENDED) {
            leg.otherReleased(cause); // cleared before this leg existed: take it down at once
        }
    }

    /** The called side is handling the call. Returns whether it changed anything. */
    public boolean proceeding(CallSide from) {
        if (from != direction.calledSide() || phase != CallPhase.SETTING_UP) {
            return false;
        }
        enter(CallPhase.PROCEEDING);
        tell(from.other(), CallLeg::otherProceeding);
        return true;
    }

    /** The called side rings; with {@code earlyMedia} it plays its own in-band progress. */
    public boolean alerting(CallSide from, boolean earlyMedia) {
        CallPhase next = earlyMedia ? CallPhase.EARLY_MEDIA : CallPhase.ALERTING;
        if (from != direction.calledSide() || phase.compareTo(next) >= 0) {
            return false; // e.g. a 180 after a 183: the early media goes on
        }
        enter(next);
        tell(from.other(), l -> l.otherAlerting(earlyMedia));
        return true;
    }

    /** The called side answered. */
    public boolean answered(CallSide from) {
        if (from != direction.calledSide() || phase.compareTo(CallPhase.CONNECTED) >= 0) {
            return false;
        }
        answeredAt = clock.now();
        enter(CallPhase.CONNECTED);
        tell(from.other(), CallLeg::otherAnswered);
        return true;
    }

    /** {@code from} is gone with a Q.850 cause: the other leg is cleared with it and the channel freed. */
    public boolean released(CallSide from, int q850) {
        if (phase == CallPhase.ENDED) {
            return false;
        }
        cause = Cause.valid(q850) ? q850 : Cause.NORMAL_CLEARING;
        clearedBy = from;
        endedAt = clock.now();
        enter(CallPhase.ENDED);
        ended.accept(this);
        tell(from.other(), l -> l.otherReleased(cause));
        return true;
    }

    private void tell(CallSide side, Consumer<CallLeg> what) {
        CallLeg leg = legs.get(side);
        if (leg != null) {
            what.accept(leg);
        }
    }

    public int id() {
        return id;
    }

    public CallDirection direction() {
        return direction;
    }

    /** The PBX-side port: {@code pri}, {@code bri1}…, {@code fxs1}…. */
    public String port() {
        return port;
    }

    /** The number as dialled (for calls to the PBX: before 着信番号変換). */
    public String dialled() {
        return dialled;
    }

    /** The number the called side is asked for (for calls to the PBX: after 着信番号変換). */
    public String called() {
        return called;
    }

    public CallingParty calling() {
        return calling;
    }

    public CallPhase phase() {
        return phase;
    }

    public Instant started() {
        return started;
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    /** Talk time so far (or in all, once ended); zero when never answered. */
    public Duration talkTime() {
        if (answeredAt == null) {
            return Duration.ZERO;
        }
        return Duration.between(answeredAt, endedAt != null ? endedAt : clock.now());
    }

    /** The Q.850 cause it ended with, 0 while it goes on. */
    public int cause() {
        return cause;
    }

    public Optional<CallSide> clearedBy() {
        return Optional.ofNullable(clearedBy);
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    @Override
    public String toString() {
        return "call " + id + " " + direction + " " + port + " to " + called + " " + phase;
    }
}
