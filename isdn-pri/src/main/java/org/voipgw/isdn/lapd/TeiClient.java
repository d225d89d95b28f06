package org.voipgw.isdn.lapd;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.voipgw.hal.time.Scheduler;

/**
 * User-side TEI management (Q.921 §5.3.2.1): asks for an automatic TEI with a reference number
 * Ri, repeats after T202 = 2 s up to N202 = 3 times, answers identity checks and obeys removal.
 * Used by simulated terminals; the gateway is the network side.
 */
public final class TeiClient {
    static final Duration T202 = Duration.ofSeconds(2);
    static final int N202 = 3;
    private final Scheduler scheduler;
    private final Consumer<Frame> out;
    private final IntConsumer assigned;
    private final Runnable lost;
    private final int ri;
    private int tei = -1;
    private int attempts;
    private boolean denied;
    private boolean requesting;
    private Scheduler.Timer t202;

    /**
     * @param ri the reference number (Q.921 says random; tests pass a fixed one)
     * @param assigned told the TEI when one is assigned
     * @param lost told when the TEI is removed or the request was denied / unanswered
     */
    public TeiClient(Scheduler scheduler, Consumer<Frame> out, int ri, IntConsumer assigned, Runnable lost) {
        this.scheduler = scheduler;
        this.out = out;
        this.ri = ri;
        this.assigned = assigned;
        this.lost = lost;
    }

    public int tei() {
        return tei;
    }

    public boolean wasDenied() {
        return denied;
    }

    /** An identity request is outstanding (T202 running, no answer yet). */
    public boolean requesting() {
        return requesting;
    }

    public void request() {
        attempts = 0;
        denied = false;
        requesting = true;
        sendRequest();
    }

    private void sendRequest() {
        attempts++;
        out.accept(new TeiMessage(TeiMessage.Type.IDENTITY_REQUEST, ri, Address.TEI_GROUP).toFrame(Side.USER));
        t202 = scheduler.schedule(T202, () -> {
            if (tei < 0 && !denied) {
                if (attempts < N202) {
                    sendRequest();
                } else {
                    requesting = false;
                    lost.run();
                }
            }
        });
    }

    public void receive(TeiMessage m) {
        switch (m.type()) {
            case IDENTITY_ASSIGNED -> {
                if (m.ri() == ri && tei < 0) {
                    cancel();
                    tei = m.ai();
                    assigned.accept(tei);
                }
            }
            case IDENTITY_DENIED -> {
                if (m.ri() == ri && tei < 0) {
                    cancel();
                    denied = true;
                    lost.run();
                }
            }
            case IDENTITY_CHECK_REQUEST -> {
                if (tei >= 0 && (m.ai() == Address.TEI_GROUP || m.ai() == tei)) {
                    out.accept(new TeiMessage(TeiMessage.Type.IDENTITY_CHECK_RESPONSE, ri, tei).toFrame(Side.USER));
                }
            }
            case IDENTITY_REMOVE -> {
                if (tei >= 0 && (m.ai() == Address.TEI_GROUP || m.ai() == tei)) {
                    tei = -1;
                    lost.run();
                }
            }
            default -> { }
        }
    }

    private void cancel() {
        requesting = false;
        if (t202 != null) {
            t202.cancel();
        }
    }
}
