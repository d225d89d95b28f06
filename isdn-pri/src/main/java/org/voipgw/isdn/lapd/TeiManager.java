package org.voipgw.isdn.lapd;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.tinylog.Logger;
import org.voipgw.hal.time.Scheduler;

/**
 * Network-side TEI management (Q.921 §5.3): answers identity requests with automatic TEIs
 * 64–126 (§5.3.2), denies them when none may be given (here also when the port's terminal limit
 * is reached), checks TEIs in use (identity check, T201 = 1 s, sent twice, §5.3.5) and removes
 * them (§5.3.4.1). Messages travel in UI frames on SAPI 63, TEI 127.
 */
public final class TeiManager {
    public static final int FIRST_AUTOMATIC = 64;
    public static final int LAST_AUTOMATIC = 126;
    static final Duration T201 = Duration.ofSeconds(1);

    /** What happens to TEIs, for the port that owns the data links. */
    public interface Listener {
        void assigned(int tei);

        void removed(int tei);

        default void denied(int ri) {}
    }

    private final Scheduler scheduler;
    private final Consumer<Frame> out;
    private final Listener listener;
    private final int maxTerminals;
    private final TreeSet<Integer> inUse = new TreeSet<>();
    private final Map<Integer, Integer> riOf = new HashMap<>();
    private Set<Integer> unanswered = new HashSet<>();
    private int checksSent;

    /**
     * @param maxTerminals how many TEIs may be in use at once (e.g. 2 on a point-to-multipoint BRI
     *     port of the SG1000is, guide "接続台数は２台に限ります")
     */
    public TeiManager(Scheduler scheduler, Consumer<Frame> out, Listener listener, int maxTerminals) {
        this.scheduler = scheduler;
        this.out = out;
        this.listener = listener;
        this.maxTerminals = maxTerminals;
    }

    public Set<Integer> assigned() {
        return Set.copyOf(inUse);
    }

    public void receive(TeiMessage m) {
        switch (m.type()) {
            case IDENTITY_REQUEST -> identityRequest(m.ri());
            case IDENTITY_CHECK_RESPONSE -> unanswered.remove(m.ai());
            case IDENTITY_VERIFY -> {
                if (inUse.contains(m.ai())) {
                    checkRequest(m.ai());
                } else {
                    send(TeiMessage.Type.IDENTITY_REMOVE, 0, m.ai());
                }
            }
            default -> Logger.debug("TEI management: ignoring {} from the user side", m);
        }
    }

    private void identityRequest(int ri) {
        Integer existing = riOf.entrySet().stream().filter(e -> e.getValue() == ri).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        if (existing != null) { // a repeated request (T202 retry): same answer
            send(TeiMessage.Type.IDENTITY_ASSIGNED, ri, existing);
            return;
        }
        int tei = freeTei();
        if (tei < 0 || inUse.size() >= maxTerminals) {
            Logger.debug("TEI identity denied (Ri {}): {} terminal(s) already assigned, limit {}", ri, inUse.size(),
                    maxTerminals);
            send(TeiMessage.Type.IDENTITY_DENIED, ri, Address.TEI_GROUP);
            listener.denied(ri);
            return;
        }
        inUse.add(tei);
        riOf.put(tei, ri);
        send(TeiMessage.Type.IDENTITY_ASSIGNED, ri, tei);
        listener.assigned(tei);
    }

    private int freeTei() {
        for (int t = FIRST_AUTOMATIC; t <= LAST_AUTOMATIC; t++) {
            if (!inUse.contains(t)) {
                return t;
            }
        }
        return -1;
    }

    /** Audits every assigned TEI (§5.3.5.2); those that do not answer twice are removed. */
    public void checkAll() {
        checkRequest(Address.TEI_GROUP);
    }

    private void checkRequest(int ai) {
        unanswered = new HashSet<>(ai == Address.TEI_GROUP ? inUse : Set.of(ai));
        checksSent = 1;
        send(TeiMessage.Type.IDENTITY_CHECK_REQUEST, 0, ai);
        scheduler.schedule(T201, () -> onT201(ai));
    }

    private void onT201(int ai) {
        if (unanswered.isEmpty()) {
            return;
        }
        if (checksSent < 2) {
            checksSent++;
            send(TeiMessage.Type.IDENTITY_CHECK_REQUEST, 0, ai);
            scheduler.schedule(T201, () -> onT201(ai));
            return;
        }
        for (int tei : Set.copyOf(unanswered)) {
            remove(tei);
        }
    }

    /** Removes a TEI (§5.3.4.1): the identity remove message is sent twice. */
    public void remove(int tei) {
        send(TeiMessage.Type.IDENTITY_REMOVE, 0, tei);
        send(TeiMessage.Type.IDENTITY_REMOVE, 0, tei);
        if (inUse.remove(tei)) {
            riOf.remove(tei);
            listener.removed(tei);
        }
    }

    /** Layer 1 went away: every TEI is forgotten (terminals ask again after activation). */
    public void clear() {
        for (int tei : Set.copyOf(inUse)) {
            inUse.remove(tei);
            riOf.remove(tei);
            listener.removed(tei);
        }
    }

    private void send(TeiMessage.Type type, int ri, int ai) {
        out.accept(new TeiMessage(type, ri, ai).toFrame(Side.NETWORK));
    }
}
