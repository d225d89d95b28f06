package org.voipgw.agent.sip.invite;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.voipgw.agent.call.Admission;
import org.voipgw.agent.call.Call;
import org.voipgw.agent.call.CallCore;
import org.voipgw.agent.call.CallLeg;
import org.voipgw.agent.call.CallSide;
import org.voipgw.agent.call.CauseLocation;
import org.voipgw.agent.call.CauseMapping;
import org.voipgw.agent.call.Cause;
import org.voipgw.agent.call.ToPbx;
import org.voipgw.hal.time.Scheduler;

/**
 * The IP leg of a call from the carrier: the INVITE dialog the carrier started (RFC 3261 §13.3). The
 * PBX's progress becomes 180 (ALERTING) or 183 with our answer (PROGRESS with in-band audio), its answer
 * 200 OK; a PBX that clears first has the INVITE answered with the status RFC 3398 §7.2.4.1 pairs with its
 * cause (17 → 486, 1 → 404, …). CANCEL and BYE from the carrier clear the PBX side.
 */
public final class IncomingSipLeg extends DialogLeg implements CallLeg, InvitePort.DialogListener {
    private final Call call;
    private final InvitePort.IncomingDialog dialog;
    private final Scheduler scheduler;
    private final String answer;
    private final Optional<SessionTimer> timer;

    private IncomingSipLeg(Call call, InvitePort.IncomingDialog dialog, CallMedia media, Scheduler scheduler,
                           String answer, Optional<SessionTimer> timer) {
        super(media, DialogState.CALLING);
        this.call = call;
        this.dialog = dialog;
        this.scheduler = scheduler;
        this.answer = answer;
        this.timer = timer;
    }

    /** What became of an INVITE: the leg of the admitted call, or the status it was refused with. */
    public record Outcome(Optional<IncomingSipLeg> leg, int refusedWith) {
    }

    /**
     * Takes an INVITE from the carrier: checks its offer (488 without G.711, RFC 3264 §6), asks the core
     * for a channel (503 beyond the channels: cause 34, RFC 3398 §7.2.4.1), then offers the call to the
     * PBX side.
     */
    public static Outcome admit(InvitePort.IncomingInvite invite, InvitePort.IncomingDialog dialog, CallMedia media,
                                CallCore core, ToPbx pbx, Scheduler scheduler) {
        if (invite.sdp().isEmpty()) {
            // an INVITE without an offer would need our offer in the 200 and the answer in the ACK; the
            // carriers this box serves always offer, so it is refused as not acceptable. Chosen.
            return refuse(dialog, media, 488);
        }
        CallMedia.Negotiation n = media.answer(invite.sdp().get());
        if (!(n instanceof CallMedia.Negotiation.Agreed agreed)) {
            return refuse(dialog, media, 488);
        }
        Admission a = core.toPbx("", invite.dialled(),
                IncomingIdentity.of(invite.from(), invite.assertedIdentity(), invite.privacy()));
        if (a instanceof Admission.Refused r) {
            return refuse(dialog, media, CauseMapping.sipStatusFor(r.cause()));
        }
        Call call = ((Admission.Admitted) a).call();
        // RFC 4028 §9: we answer a Session-Expires with refresher=uac; the carrier refreshes, we watch
        Optional<SessionTimer> timer = invite.sessionExpires().isPresent()
                ? Optional.of(new SessionTimer(Duration.ofSeconds(invite.sessionExpires().getAsInt()), false))
                : Optional.empty();
        IncomingSipLeg leg = new IncomingSipLeg(call, dialog, media, scheduler, agreed.localSdp(), timer);
        dialog.listen(leg);
        call.attach(CallSide.IP, leg);
        pbx.offer(call);
        return new Outcome(Optional.of(leg), 0);
    }

    private static Outcome refuse(InvitePort.IncomingDialog dialog, CallMedia media, int status) {
        dialog.reject(status);
        media.close();
        return new Outcome(Optional.empty(), status);
    }

    public Call call() {
        return call;
    }

    // ---- the PBX side ----

    @Override
    public void otherAlerting(boolean earlyMedia) {
        if (state != DialogState.CALLING && state != DialogState.RINGING) {
            return;
        }
        if (earlyMedia) {
            state = DialogState.EARLY;
            dialog.ring(183, Optional.of(answer));
        } else {
            state = DialogState.RINGING;
            dialog.ring(180, Optional.empty());
        }
    }

    @Override
    public void otherAnswered() {
        if (state == DialogState.TERMINATED || state == DialogState.CONFIRMED) {
            return;
        }
        state = DialogState.CONFIRMED;
        finalStatus = 200;
        dialog.accept(answer, timer);
        timer.ifPresent(this::watch);
    }

    @Override
    public void otherReleased(int cause) {
        if (state == DialogState.TERMINATED) {
            return;
        }
        if (state == DialogState.CONFIRMED) {
            dialog.bye();
        } else {
            // the PBX is the user's side: cause 21 from it is 603 Decline (RFC 3398 §7.2.4.1 note)
            finalStatus = CauseMapping.sipStatusFor(cause, CauseLocation.USER);
            dialog.reject(finalStatus);
        }
        end();
    }

    // ---- the carrier's requests ----

    @Override
    public void cancelled(OptionalInt q850) {
        if (state == DialogState.TERMINATED || state == DialogState.CONFIRMED) {
            return; // a CANCEL after our 200 has no effect (RFC 3261 §9.2)
        }
        finalStatus = 487;
        end();
        call.released(CallSide.IP, q850.orElse(Cause.NORMAL_CLEARING));
    }

    @Override
    public void bye(OptionalInt q850) {
        if (state == DialogState.TERMINATED) {
            return;
        }
        end();
        call.released(CallSide.IP, q850.orElse(Cause.NORMAL_CLEARING));
    }

    @Override
    public CallMedia.Negotiation reinvite(String offer) {
        if (state != DialogState.CONFIRMED) {
            return new CallMedia.Negotiation.NotAcceptable("no confirmed session to modify");
        }
        if (sessionTimer != null) { // a refresh (RFC 4028 §10): a new interval
            sessionTimer.cancel();
            timer.ifPresent(this::watch);
        }
        return media.answer(offer);
    }

    @Override
    public void failed(String why) {
        if (state == DialogState.TERMINATED) {
            return;
        }
        if (state == DialogState.CONFIRMED) {
            dialog.bye(); // no ACK for our 200 (RFC 3261 §13.3.1.4): end the session
        }
        end();
        call.released(CallSide.IP, Cause.TIMER_EXPIRY);
    }

    private void watch(SessionTimer t) {
        sessionTimer = scheduler.schedule(t.expiresAfter(), () -> {
            if (state == DialogState.CONFIRMED) {
                dialog.bye();
                end();
                call.released(CallSide.IP, Cause.TIMER_EXPIRY);
            }
        });
    }
}
