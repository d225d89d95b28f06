package org.voipgw.agent.sip.invite;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import org.voipgw.agent.call.Call;
import org.voipgw.agent.call.CallLeg;
import org.voipgw.agent.call.CallSide;
import org.voipgw.agent.call.Cause;
import org.voipgw.agent.call.CauseMapping;
import org.voipgw.agent.call.ReleaseCause;
import org.voipgw.agent.sip.digest.DigestAuth;
import org.voipgw.hal.time.Scheduler;

/**
 * The IP leg of a call from the PBX: our INVITE dialog toward the carrier (RFC 3261 §13.2, §9.1, §15).
 * It turns the carrier's responses into call events (100 → proceeding, 180 → ringing, 183 with SDP →
 * early media, 200 → answer; a final error → the PBX is cleared with RFC 3398 §8.2.6.1's cause) and the
 * PBX's hang-up into CANCEL (before the answer) or BYE (after).
 *
 * <p>Races: a CANCEL is sent only once a provisional response came (RFC 3261 §9.1); a 200 that crosses
 * our CANCEL is ACKed and the session ended at once with BYE (RFC 3261 §15: "the UAC MUST ... send
 * a BYE"). One digest challenge per INVITE is answered (RFC 3261 §22.2); a second is a failure.
 */
public final class OutgoingSipLeg extends DialogLeg implements CallLeg, InvitePort.OutgoingListener {
    /** The account's credentials for digest (RFC 3261 §22.2). */
    public record Credentials(String user, String password) {
        @Override
        public String toString() {
            return "Credentials[" + user + "]"; // never the password
        }
    }

    private final Call call;
    private final Scheduler scheduler;
    private final Credentials credentials;
    private final RandomGenerator random;
    private final String requestUri;
    private InvitePort.OutgoingDialog dialog;
    private boolean provisionalSeen;
    private boolean hangUpWanted;
    private boolean challengeAnswered;
    private int nonceCount;
    private Optional<SessionTimer> agreed = Optional.empty();

    private OutgoingSipLeg(Call call, CallMedia media, Scheduler scheduler, Credentials credentials,
                           RandomGenerator random, String requestUri) {
        super(media, DialogState.NONE);
        this.call = call;
        this.scheduler = scheduler;
        this.credentials = credentials;
        this.random = random;
        this.requestUri = requestUri;
    }

    /**
     * Sends the INVITE for {@code call} (Request-URI {@code sip:NUMBER@domain}) and joins the call as its IP
     * leg.
     */
    public static OutgoingSipLeg start(Call call, InvitePort port, String domain, OutgoingIdentity identity,
                                       CallMedia media, Scheduler scheduler, Credentials credentials,
                                       RandomGenerator random) {
        String uri = "sip:" + call.called() + "@" + domain;
        OutgoingSipLeg leg = new OutgoingSipLeg(call, media, scheduler, credentials, random, uri);
        leg.state = DialogState.CALLING;
        leg.dialog = port.invite(new InvitePort.Invite(uri, uri, identity, media.offer(), Optional.empty(), false), leg);
        call.attach(CallSide.IP, leg);
        return leg;
    }

    // ---- the carrier's responses ----

    @Override
    public void provisional(int status, Optional<String> sdp) {
        if (state == DialogState.TERMINATED || state == DialogState.CONFIRMED) {
            return;
        }
        provisionalSeen = true;
        if (hangUpWanted) {
            dialog.cancel(); // the PBX hung up while we waited for this (RFC 3261 §9.1)
            return;
        }
        boolean early = sdp.isPresent() && media.accept(sdp.get()) instanceof CallMedia.Negotiation.Agreed;
        if (status == 100 || (status == 183 && !early)) {
            call.proceeding(CallSide.IP); // 183 without usable SDP: progress, but nothing to hear
        } else if (early) {
            state = DialogState.EARLY;
            call.alerting(CallSide.IP, true);
        } else {
            if (state == DialogState.CALLING) {
                state = DialogState.RINGING;
            }
            call.alerting(CallSide.IP, false);
        }
    }

    @Override
    public void success(Optional<String> sdp, Optional<SessionTimer> timer) {
        if (state == DialogState.CONFIRMED) {
            return; // a retransmitted 2xx, or the 2xx of our own refresh
        }
        finalStatus = 200;
        dialog.ack();
        if (hangUpWanted || state == DialogState.TERMINATED) {
            dialog.bye(); // the 200 crossed our CANCEL: end the session it started (RFC 3261 §15)
            end();
            return;
        }
        if (sdp.isPresent() && media.accept(sdp.get()) instanceof CallMedia.Negotiation.NotAcceptable) {
            dialog.bye(); // an answer we cannot use (RFC 3264 §6: the offerer ends the session)
            end();
            call.released(CallSide.IP, Cause.BEARER_NOT_IMPLEMENTED);
            return;
        }
        state = DialogState.CONFIRMED;
        agreed = timer;
        timer.ifPresent(this::watch);
        call.answered(CallSide.IP);
    }

    @Override
    public void failure(int status, List<String> challenges, OptionalInt q850) {
        if (state == DialogState.TERMINATED || state == DialogState.CONFIRMED) {
            return;
        }
        if ((status == 401 || status == 407) && !challengeAnswered && !hangUpWanted) {
            Optional<DigestAuth.Challenge> c = DigestAuth.Challenge.strongest(challenges);
            if (c.isPresent()) {
                challengeAnswered = true;
                nonceCount++;
                dialog.retry(DigestAuth.authorization(c.get(), credentials.user(), credentials.password(), "INVITE",
                        requestUri, nonceCount, HexFormat.of().toHexDigits(random.nextLong())), status == 407);
                return;
            }
        }
        finalStatus = status;
        end();
        if (!hangUpWanted) {
            int cause = q850.orElseGet(() -> CauseMapping.releaseCauseFor(status).map(ReleaseCause::value)
                    .orElse(Cause.NORMAL_CLEARING));
            call.released(CallSide.IP, cause);
        }
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
        agreed.filter(t -> !t.weRefresh()).ifPresent(t -> { // the far end refreshed: a new interval (§10)
            sessionTimer.cancel();
            watch(t);
        });
        return media.answer(offer); // hold (sendonly/inactive) or a refresh: the call stays up
    }

    @Override
    public void failed(String why) {
        if (state == DialogState.TERMINATED) {
            return;
        }
        if (finalStatus == 0) {
            finalStatus = 408; // Timer B: RFC 3261 §17.1.1.2 treats it as a 408
        }
        end();
        if (!hangUpWanted) {
            call.released(CallSide.IP, Cause.TIMER_EXPIRY);
        }
    }

    // ---- the PBX side ----

    @Override
    public void otherAlerting(boolean earlyMedia) {
        // the PBX called: it never rings on this call
    }

    @Override
    public void otherAnswered() {
        // nor does it answer it
    }

    @Override
    public void otherReleased(int cause) {
        if (state == DialogState.TERMINATED) {
            return;
        }
        if (state == DialogState.CONFIRMED) {
            dialog.bye();
            end();
            return;
        }
        hangUpWanted = true;
        if (provisionalSeen) {
            dialog.cancel(); // the final response (487, or a crossing 200) ends the dialog
        }
    }

    // ---- session timer (RFC 4028) ----

    private void watch(SessionTimer timer) {
        if (timer.weRefresh()) {
            sessionTimer = scheduler.schedule(timer.refreshAfter(), () -> {
                if (state == DialogState.CONFIRMED) {
                    dialog.reinvite(media.offer());
                    watch(timer);
                }
            });
        } else {
            sessionTimer = scheduler.schedule(timer.expiresAfter(), () -> {
                if (state == DialogState.CONFIRMED) { // no refresh came: the session is gone (§10)
                    dialog.bye();
                    end();
                    call.released(CallSide.IP, Cause.TIMER_EXPIRY);
                }
            });
        }
    }
}
