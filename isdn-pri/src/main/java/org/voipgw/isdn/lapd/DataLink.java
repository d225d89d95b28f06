package org.voipgw.isdn.lapd;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.tinylog.Logger;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.isdn.Octets;
import org.voipgw.isdn.TimerSlot;
import org.voipgw.isdn.lapd.Frame.SType;
import org.voipgw.isdn.lapd.Frame.UType;

/**
 * One LAPD data link (one SAPI + TEI) in multiple-frame operation, after the SDL of Q.921 Annex B
 * (§5.5 establishment/release, §5.6 information transfer, §5.7 re-establishment, §5.8 exception
 * conditions). Timers T200/T203 run on the injected {@link Scheduler}; frames go out through a
 * sink. Frames whose C/R bit has the wrong sense for their type (a SABME received as a
 * "response", e.g. because both ends are configured as the network side) are invalid and
 * discarded (§5.8.5), so an NT/NT or TE/TE pair never establishes — as on a real trunk.
 * Own-receiver-busy is not modelled: we always accept I frames.
 */
public final class DataLink {
    private final Side side;
    private final int sapi;
    private final int tei;
    private final LinkConfig config;
    private final Consumer<Frame> out;
    private final LinkUser user;
    private final Sequence seq = new Sequence();
    private final Deque<Octets> queue = new ArrayDeque<>();
    private final Octets[] sent = new Octets[Sequence.MODULUS];
    private LinkState state = LinkState.TEI_ASSIGNED;
    private final TimerSlot t200;
    private final TimerSlot t203;
    private int rc;
    private boolean peerBusy;
    private boolean rejectException;
    /** The N(R) last sent in any frame, so an in-sequence I frame is acknowledged exactly once. */
    private int sentNr;

    public DataLink(Side side, int sapi, int tei, LinkConfig config, Scheduler scheduler, Consumer<Frame> out,
            LinkUser user) {
        this.side = side;
        this.sapi = sapi;
        this.tei = tei;
        this.config = config;
        this.out = out;
        this.user = user;
        this.t200 = new TimerSlot(scheduler);
        this.t203 = new TimerSlot(scheduler);
    }

    public LinkState state() {
        return state;
    }

    public int tei() {
        return tei;
    }

    /** I frames accepted by {@link #send} but not yet acknowledged or not yet sent. */
    public int backlog() {
        return queue.size() + Sequence.distance(seq.va, seq.vs);
    }

    // ---- primitives from layer 3 and management --------------------------------------------

    /** DL-ESTABLISH-REQUEST (§5.5.1.1). */
    public void establish() {
        if (state == LinkState.TEI_ASSIGNED || state.isEstablished()) {
            queue.clear();
            establishDataLink();
        }
    }

    /** DL-RELEASE-REQUEST (§5.5.3.1). */
    public void release() {
        if (state.isEstablished()) {
            queue.clear();
            rc = 0;
            send(UType.DISC, true, true);
            stopT203();
            startT200();
            setState(LinkState.AWAITING_RELEASE);
        } else if (state == LinkState.AWAITING_ESTABLISHMENT) {
            stopT200();
            toReleased();
        }
    }

    /** DL-DATA-REQUEST: queue a layer-3 message for acknowledged transfer (§5.6.1). */
    public void send(Octets message) {
        queue.add(message);
        pump();
    }

    /** DL-UNIT-DATA-REQUEST: a UI command (§5.2). */
    public void sendUnitData(Octets message) {
        out.accept(new Frame.U(Address.of(sapi, tei, side, true), UType.UI, false, message));
    }

    /** Layer 1 deactivated or TEI removed: the link is gone without any exchange (§5.3.4.2, §5.9). */
    public void lost() {
        stopT200();
        stopT203();
        queue.clear();
        if (state != LinkState.TEI_ASSIGNED) {
            toReleased();
        }
    }

    /** A frame from the peer addressed to this SAPI/TEI. */
    public void receive(Frame frame) {
        boolean command = side.isCommandFromPeer(frame.address().cr());
        switch (frame) {
            case Frame.U u -> receiveU(u, command);
            case Frame.S s -> receiveS(s, command);
            case Frame.I i -> {
                if (!command) {
                    invalid(frame, "I frame with response C/R");
                } else {
                    receiveI(i);
                }
            }
        }
    }

    // ---- unnumbered frames ---------------------------------------------------------------------

    private void receiveU(Frame.U u, boolean command) {
        switch (u.type()) {
            case SABME -> {
                if (command) {
                    receiveSabme(u.pf());
                } else {
                    invalid(u, "SABME with response C/R (NT/TE mismatch?)");
                }
            }
            case DISC -> {
                if (command) {
                    receiveDisc(u.pf());
                } else {
                    invalid(u, "DISC with response C/R");
                }
            }
            case UA -> {
                if (!command) {
                    receiveUa(u.pf());
                } else {
                    invalid(u, "UA with command C/R");
                }
            }
            case DM -> {
                if (!command) {
                    receiveDm(u.pf());
                } else {
                    invalid(u, "DM with command C/R");
                }
            }
            case FRMR -> {
                if (state.isEstablished()) {
                    mdlError('K');
                    establishDataLink();
                }
            }
            case UI -> user.unitData(u.info());
            case XID -> { } // XID parameter negotiation is not used on INS-Net (Q.921 §5.4)
        }
    }

    private void receiveSabme(boolean p) {
        switch (state) {
            case TEI_ASSIGNED, MULTIPLE_FRAME_ESTABLISHED, TIMER_RECOVERY -> {
                boolean reset = state.isEstablished();
                send(UType.UA, false, p);
                clearExceptions();
                if (reset) {
                    mdlError('F'); // §5.7.1: link reset by the peer
                    queue.clear();
                }
                seq.reset();
                sentNr = 0;
                stopT200();
                startT203();
                setState(LinkState.MULTIPLE_FRAME_ESTABLISHED);
                user.established();
            }
            case AWAITING_ESTABLISHMENT -> send(UType.UA, false, p); // §5.5.1.3 same-command collision
            case AWAITING_RELEASE -> send(UType.DM, false, p); // §5.5.4.2 different commands
            case TEI_UNASSIGNED -> { }
        }
    }

    private void receiveDisc(boolean p) {
        switch (state) {
            case TEI_ASSIGNED, AWAITING_ESTABLISHMENT -> send(UType.DM, false, p);
            case AWAITING_RELEASE -> send(UType.UA, false, p); // §5.5.4.1 same-command collision
            case MULTIPLE_FRAME_ESTABLISHED, TIMER_RECOVERY -> {
                queue.clear();
                send(UType.UA, false, p);
                stopT200();
                stopT203();
                toReleased();
            }
            case TEI_UNASSIGNED -> { }
        }
    }

    private void receiveUa(boolean f) {
        if (!f) {
            mdlError('C');
            return;
        }
        switch (state) {
            case AWAITING_ESTABLISHMENT -> {
                stopT200();
                startT203();
                seq.reset();
                sentNr = 0;
                setState(LinkState.MULTIPLE_FRAME_ESTABLISHED);
                user.established();
                pump();
            }
            case AWAITING_RELEASE -> {
                stopT200();
                toReleased();
            }
            default -> mdlError('C');
        }
    }

    private void receiveDm(boolean f) {
        switch (state) {
            case AWAITING_ESTABLISHMENT, AWAITING_RELEASE -> {
                if (f) { // §5.5.1.2: establishment refused / §5.5.3.2 already released
                    queue.clear();
                    stopT200();
                    toReleased();
                }
            }
            case MULTIPLE_FRAME_ESTABLISHED, TIMER_RECOVERY -> {
                if (!f || state == LinkState.TIMER_RECOVERY) {
                    mdlError(f ? 'B' : 'E');
                    establishDataLink();
                } else {
                    mdlError('B');
                }
            }
            default -> { }
        }
    }

    // ---- supervisory and information frames ------------------------------------------------

    private void receiveS(Frame.S s, boolean command) {
        if (!state.isEstablished()) {
            return;
        }
        peerBusy = s.type() == SType.RNR;
        if (command && s.pf()) {
            enquiryResponse();
        }
        if (!seq.validNr(s.nr())) {
            nrErrorRecovery();
            return;
        }
        if (state == LinkState.TIMER_RECOVERY) {
            seq.va = s.nr();
            if (!command && s.pf()) { // §5.6.3: the final response ends timer recovery
                stopT200();
                startT203();
                retransmitFrom(s.nr());
                setState(LinkState.MULTIPLE_FRAME_ESTABLISHED);
                pump();
            }
            return;
        }
        if (!command && s.pf()) {
            mdlError('A');
        }
        switch (s.type()) {
            case RR -> acknowledge(s.nr());
            case RNR -> { // §5.6.4: peer busy, supervise with T200
                seq.va = s.nr();
                stopT203();
                startT200();
            }
            case REJ -> { // §5.6.5
                seq.va = s.nr();
                stopT200();
                startT203();
                retransmitFrom(s.nr());
            }
        }
        pump();
    }

    private void receiveI(Frame.I i) {
        if (!state.isEstablished()) {
            if (state == LinkState.TEI_ASSIGNED && i.pf()) {
                send(UType.DM, false, true); // §5.5.2: not established, tell the peer
            }
            return;
        }
        boolean inSequence = i.ns() == seq.vr;
        if (inSequence) {
            seq.vr = Sequence.plus(seq.vr, 1);
            rejectException = false;
            user.data(i.info());
            if (i.pf()) {
                sendS(SType.RR, false, true);
            }
        } else if (!rejectException) { // §5.6.2.1 N(S) sequence error: one REJ per exception
            rejectException = true;
            sendS(SType.REJ, false, i.pf());
        } else if (i.pf()) {
            sendS(SType.RR, false, true);
        }
        if (!seq.validNr(i.nr())) {
            nrErrorRecovery();
            return;
        }
        if (state == LinkState.TIMER_RECOVERY) {
            seq.va = i.nr();
        } else {
            acknowledge(i.nr());
        }
        pump();
        if (inSequence && !i.pf() && sentNr != seq.vr) {
            sendS(SType.RR, false, false); // acknowledge now: nothing to piggy-back on (§5.6.2.1)
        }
    }

    /** N(R) acknowledges frames in state 7 (§5.6.3.1): T200 stops when all are acknowledged. */
    private void acknowledge(int nr) {
        if (nr == seq.vs) {
            seq.va = nr;
            stopT200();
            startT203();
        } else if (nr != seq.va) {
            seq.va = nr;
            startT200();
        }
    }

    /** Puts the unacknowledged frames from N(R) on back in front of the queue (§5.6.5 "invoke retransmission"). */
    private void retransmitFrom(int nr) {
        while (seq.vs != nr) {
            seq.vs = Sequence.plus(seq.vs, -1);
            queue.addFirst(sent[seq.vs]);
        }
    }

    /** Sends queued I frames while the window allows (§5.6.1). */
    private void pump() {
        while (state == LinkState.MULTIPLE_FRAME_ESTABLISHED && !peerBusy && !queue.isEmpty()
                && !seq.windowFull(config.k())) {
            Octets info = queue.poll();
            sent[seq.vs] = info;
            out.accept(new Frame.I(Address.of(sapi, tei, side, true), seq.vs, seq.vr, false, info));
            sentNr = seq.vr;
            seq.vs = Sequence.plus(seq.vs, 1);
            if (!t200.running()) {
                stopT203();
                startT200();
            }
        }
    }

    // ---- timers ------------------------------------------------------------------------------

    private void onT200() {
        switch (state) {
            case AWAITING_ESTABLISHMENT -> {
                if (rc >= config.n200()) { // §5.5.1.3: N200 retransmissions of SABME unanswered
                    queue.clear();
                    mdlError('G');
                    toReleased();
                } else {
                    rc++;
                    send(UType.SABME, true, true);
                    startT200();
                }
            }
            case AWAITING_RELEASE -> {
                if (rc >= config.n200()) {
                    mdlError('H');
                    toReleased();
                } else {
                    rc++;
                    send(UType.DISC, true, true);
                    startT200();
                }
            }
            case MULTIPLE_FRAME_ESTABLISHED -> { // §5.6.6
                rc = 0;
                transmitEnquiry();
                rc++;
                setState(LinkState.TIMER_RECOVERY);
            }
            case TIMER_RECOVERY -> {
                if (rc >= config.n200()) { // §5.6.7: peer does not answer: re-establish
                    mdlError('I');
                    establishDataLink();
                } else {
                    transmitEnquiry();
                    rc++;
                }
            }
            default -> { }
        }
    }

    private void onT203() { // §5.6.6: idle supervision
        if (state == LinkState.MULTIPLE_FRAME_ESTABLISHED) {
            transmitEnquiry();
            rc = 0;
            setState(LinkState.TIMER_RECOVERY);
        }
    }

    private void transmitEnquiry() {
        sendS(SType.RR, true, true);
        startT200();
    }

    private void startT200() {
        t200.start(config.t200(), this::onT200);
    }

    private void stopT200() {
        t200.stop();
    }

    private void startT203() {
        t203.start(config.t203(), this::onT203);
    }

    private void stopT203() {
        t203.stop();
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** "Establish data link" procedure of the SDL: SABME with P = 1, T200, state 5. */
    private void establishDataLink() {
        clearExceptions();
        rc = 0;
        send(UType.SABME, true, true);
        stopT203();
        startT200();
        setState(LinkState.AWAITING_ESTABLISHMENT);
    }

    private void nrErrorRecovery() { // §5.8.2
        mdlError('J');
        establishDataLink();
    }

    private void enquiryResponse() {
        sendS(SType.RR, false, true);
    }

    private void clearExceptions() {
        peerBusy = false;
        rejectException = false;
    }

    private void toReleased() {
        setState(LinkState.TEI_ASSIGNED);
        user.released();
    }

    private void setState(LinkState s) {
        if (s != state) {
            state = s;
            user.stateChanged(s);
        }
    }

    private void send(UType type, boolean command, boolean pf) {
        out.accept(new Frame.U(Address.of(sapi, tei, side, command), type, pf));
    }

    private void sendS(SType type, boolean command, boolean pf) {
        out.accept(new Frame.S(Address.of(sapi, tei, side, command), type, seq.vr, pf));
        sentNr = seq.vr;
    }

    private void invalid(Frame f, String why) {
        Logger.debug("LAPD {} TEI {}: discarding invalid frame {}: {}", side, tei, f, why);
    }

    private void mdlError(char code) { // MDL-ERROR-INDICATION codes of Q.921 table II.1
        Logger.debug("LAPD {} TEI {}: MDL-ERROR {} in {}", side, tei, code, state);
    }
}
