package org.voipgw.agent.call;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.voipgw.hal.time.Clock;

/**
 * The protocol-neutral heart of the gateway's calls: it admits a call from either side, or refuses it,
 * and keeps the calls in progress and the recent history. It knows nothing of Q.931 or SIP: the legs
 * do (see {@link CallLeg}).
 *
 * <p>Rules (the calls issue and the guide's spec sheets):
 * <ul>
 * <li>At most {@link #channels()} calls at once: the model's 最大利用可能VoIPch数 (Ⅷ 23, guide 4064–4066;
 *     Ⅶ 8, Ⅵ 4). One beyond is refused with cause 34 "no circuit/channel available", which the SIP leg
 *     answers as 503 (RFC 3398 §7.2.4.1: cause 34 → 503).
 * <li>The box calls only while its SIP account is registered; the PBX side is blocked meanwhile (cause 27,
 *     as the blocked line already answers), and a call that reaches the core anyway gets the same cause.
 * <li>Calls to the PBX go through 着信番号変換 ({@link NumberConversion}).
 * </ul>
 * Runs on the device event loop; not thread-safe.
 */
public final class CallCore {
    /** The VoIP状態 page lists the last 50 calls (the calls issue). */
    public static final int HISTORY = 50;

    private final Clock clock;
    private final int channels;
    private final BooleanSupplier registered;
    private final Map<Integer, Call> active = new LinkedHashMap<>();
    private final Deque<CallRecord> history = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private NumberConversion conversion = NumberConversion.none();
    private int nextId = 1;
    private long refusals;

    public CallCore(Clock clock, int channels, BooleanSupplier registered) {
        if (channels < 1) {
            throw new IllegalArgumentException("a gateway has at least one VoIP channel, not " + channels);
        }
        this.clock = Objects.requireNonNull(clock);
        this.channels = channels;
        this.registered = Objects.requireNonNull(registered);
    }

    public int channels() {
        return channels;
    }

    public void conversion(NumberConversion table) {
        conversion = Objects.requireNonNull(table);
    }

    public NumberConversion conversion() {
        return conversion;
    }

    /** Told whenever a call starts or ends (the status the VoIP lamp blinks from is republished). */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** The PBX (on {@code port}) dials {@code called}: a call toward the carrier. */
    public Admission fromPbx(String port, String called, CallingParty calling) {
        return admit(CallDirection.FROM_PBX, port, called, called, calling);
    }

    /**
     * The carrier delivers a call for {@code dialled}; the PBX leg is asked for its 着信番号変換 result.
     * {@code port} is where the PBX leg will be (a port name, or empty when the leg chooses it).
     */
    public Admission toPbx(String port, String dialled, CallingParty calling) {
        return admit(CallDirection.TO_PBX, port, dialled, conversion.convert(dialled), calling);
    }

    private Admission admit(CallDirection dir, String port, String dialled, String called, CallingParty calling) {
        if (!registered.getAsBoolean()) {
            refusals++;
            return new Admission.Refused(Cause.DESTINATION_OUT_OF_ORDER,
                    "the SIP account is not registered: no call " + (dir == CallDirection.FROM_PBX ? "to" : "from")
                            + " the carrier");
        }
        if (active.size() >= channels) {
            refusals++;
            return new Admission.Refused(Cause.NO_CHANNEL,
                    "all " + channels + " VoIP channels are in use");
        }
        Call call = new Call(nextId++, dir, port, dialled, called, calling, clock, this::ended);
        active.put(call.id(), call);
        listeners.forEach(Runnable::run);
        return new Admission.Admitted(call);
    }

    private void ended(Call call) {
        if (active.remove(call.id()) != null) {
            history.addFirst(CallRecord.of(call));
            while (history.size() > HISTORY) {
                history.removeLast();
            }
            listeners.forEach(Runnable::run);
        }
    }

    /** Calls in progress (the VoIP lamp blinks green while there are any: 「VoIP通信中」, guide 4489). */
    public int inProgress() {
        return active.size();
    }

    public List<Call> active() {
        return List.copyOf(active.values());
    }

    /** The last {@link #HISTORY} ended calls, newest first. */
    public List<CallRecord> history() {
        return List.copyOf(history);
    }

    /** Calls refused for want of a channel or a registration, since the box started. */
    public long refusals() {
        return refusals;
    }

    /** Clears every call with {@code cause} (the box shuts down, the WAN is lost): each leg is told. */
    public void clearAll(CallSide from, int cause) {
        for (Call c : List.copyOf(active.values())) {
            c.released(from, cause);
        }
    }
}
