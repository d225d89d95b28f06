package org.voipgw.agent.sip.invite.sim;

import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.voipgw.agent.sip.digest.DigestCheck;
import org.voipgw.agent.sip.invite.CallMedia;
import org.voipgw.agent.sip.invite.DialogState;
import org.voipgw.agent.sip.invite.InvitePort;
import org.voipgw.agent.sip.invite.OutgoingIdentity;
import org.voipgw.agent.sip.invite.SessionTimer;
import org.voipgw.hal.time.Scheduler;

/**
 * The carrier's call side on virtual time. INVITEs from the box are challenged once with 407 (as a
 * carrier's proxy does; the box must answer with the account's digest), then go to the far end the
 * Request-URI names, which behaves as {@link #far} set it: by default 100, 180 and, after
 * {@link #RING_TIME}, 200 with its SDP. {@link #callBox} sends an INVITE to the box; {@link #hangUp} makes
 * the far end hang up (CANCEL before the answer, BYE after). While {@link #down} nothing answers, so the
 * box's Timer B decides. One dialog per far end is kept: the latest.
 */
public final class SimulatedCallNetwork implements InvitePort {
    /** How long a far end rings before it answers, unless told otherwise (the calls issue: 1 s). */
    public static final Duration RING_TIME = Duration.ofSeconds(1);
    /** How long the carrier takes to pass a message on. Chosen: a loaded proxy on a national network. */
    public static final Duration HOP = Duration.ofMillis(20);
    /** Timer B: an INVITE client transaction gives up after 64×T1 = 32 s (RFC 3261 §17.1.1.2). */
    public static final Duration TIMER_B = Duration.ofSeconds(32);
    /**
     * How long the carrier keeps a call whose box went silent (a power cut sends no BYE) before it ends the
     * call at its side, as a session border controller's media-inactivity timer does. Chosen: RFC 3261 and
     * RFC 4028 give no figure for it; 60 s.
     */
    public static final Duration BOX_SILENCE_TIMEOUT = Duration.ofSeconds(60);

    private final Scheduler scheduler;
    private final RandomGenerator random;
    private final Function<String, Optional<String>> passwords;
    private final Function<String, CallMedia> farMedia;
    private final String realm;
    private final Map<String, FarEndBehaviour> behaviours = new HashMap<>();
    private final Map<String, FarDialog> dialogs = new HashMap<>();
    private final Map<String, Runnable> hangUps = new HashMap<>();
    /** Each dialog still up, with how the far end drops it without a word to the box. */
    private final Map<FarDialog, Runnable> drops = new HashMap<>();
    private IncomingListener box;
    private boolean down;
    private int nextCallId = 1;

    /**
     * @param passwords the password of a subscriber (user name → password), for the INVITE's digest
     * @param farMedia  the media of the far end at a number, for one call (its SDP and, with an RTP network,
     *                  its audio)
     */
    public SimulatedCallNetwork(Scheduler scheduler, RandomGenerator random, String realm,
                                Function<String, Optional<String>> passwords, Function<String, CallMedia> farMedia) {
        this.scheduler = scheduler;
        this.random = random;
        this.realm = realm;
        this.passwords = passwords;
        this.farMedia = farMedia;
    }

    /** A network whose far ends only describe G.711 media and send nothing (signalling tests). */
    public SimulatedCallNetwork(Scheduler scheduler, RandomGenerator random, String realm,
                                Function<String, Optional<String>> passwords) {
        this(scheduler, random, realm, passwords, FarEndSdp::describing);
    }

    /** How the far end at {@code number} takes calls from now on. */
    public void far(String number, FarEndBehaviour behaviour) {
        behaviours.put(number, behaviour);
    }

    /** The carrier answers nothing (the {@code sip.registrar down} fault). */
    public void down(boolean on) {
        down = on;
    }

    /** The latest dialog with the far end at {@code number}. */
    public Optional<FarDialog> dialog(String number) {
        return Optional.ofNullable(dialogs.get(number));
    }

    /**
     * The box lost power mid-call: no BYE will come. After {@link #BOX_SILENCE_TIMEOUT} the far ends of the
     * dialogs up now end them at their side (their audio stops); the box, rebooted meanwhile, hears nothing.
     */
    public void boxLost() {
        List<Runnable> now = List.copyOf(drops.values());
        scheduler.schedule(BOX_SILENCE_TIMEOUT, () -> now.forEach(Runnable::run));
    }

    /** Keeps {@code d}'s silent drop while it is up; forgets the dialogs that ended meanwhile. */
    private void track(FarDialog d, Runnable drop) {
        drops.keySet().removeIf(FarDialog::over);
        drops.put(d, () -> {
            if (!d.over()) {
                d.state(DialogState.TERMINATED);
                if (dialogs.get(d.number()) == d) {
                    hangUps.remove(d.number());
                }
                drop.run();
            }
            drops.remove(d);
        });
    }

    /** The far end at {@code number} hangs up; false when it has no call. */
    public boolean hangUp(String number) {
        Runnable r = hangUps.remove(number);
        if (r == null) {
            return false;
        }
        r.run();
        return true;
    }

    // ---- calls from the box ----

    @Override
    public OutgoingDialog invite(Invite invite, OutgoingListener listener) {
        String number = userOf(invite.requestUri());
        FarDialog d = new FarDialog(number, true);
        dialogs.put(number, d);
        String nonce = HexFormat.of().toHexDigits(random.nextLong());
        FromBox call = new FromBox(d, listener, nonce, farMedia.apply(number), invite.sdp());
        track(d, call::dropped);
        if (down) {
            silence(d, listener);
        }
        later(() -> call.challenge());
        return call;
    }

    /** One call from the box, as the carrier and the far end handle it. */
    private final class FromBox implements OutgoingDialog {
        private final FarDialog d;
        private final OutgoingListener box;
        private final String nonce;
        private final CallMedia media;
        private final String offer;
        private Scheduler.Timer answer;

        FromBox(FarDialog d, OutgoingListener box, String nonce, CallMedia media, String offer) {
            this.d = d;
            this.box = box;
            this.nonce = nonce;
            this.media = media;
            this.offer = offer;
        }

        void challenge() {
            box.failure(407, List.of("Digest realm=\"" + realm + "\", nonce=\"" + nonce + "\", qop=\"auth\", algorithm=MD5"),
                    OptionalInt.empty());
        }

        @Override
        public void retry(String authorization, boolean proxy) {
            if (down) {
                silence(d, box);
                return;
            }
            boolean ok = proxy && DigestCheck.verify(authorization, "INVITE", realm, nonce, passwords);
            if (!ok) {
                later(() -> finish(403, OptionalInt.empty()));
                return;
            }
            FarEndBehaviour b = behaviours.getOrDefault(d.number(), FarEndBehaviour.ANSWER);
            later(() -> box.provisional(100, Optional.empty()));
            switch (b.kind()) {
                case BUSY, REJECT -> later(() -> finish(b.code(), OptionalInt.empty()));
                case NO_ANSWER -> ring();
                case ANSWER -> {
                    ring();
                    answer = scheduler.schedule(HOP.plus(RING_TIME), this::answered);
                }
            }
            hangUps.put(d.number(), this::farHangsUp);
        }

        private void ring() {
            later(() -> {
                if (!d.over() && d.state() == DialogState.CALLING) {
                    d.state(DialogState.RINGING);
                    box.provisional(180, Optional.empty());
                }
            });
        }

        private void answered() {
            if (d.over()) {
                return;
            }
            if (!(media.answer(offer) instanceof CallMedia.Negotiation.Agreed a)) {
                finish(488, OptionalInt.empty()); // the far end cannot take the box's offer
                return;
            }
            d.state(DialogState.CONFIRMED);
            d.finalStatus(200);
            box.success(Optional.of(a.localSdp()), Optional.empty());
        }

        private void finish(int status, OptionalInt q850) {
            if (d.over() || d.state() == DialogState.CONFIRMED) {
                return;
            }
            d.state(DialogState.TERMINATED);
            d.finalStatus(status);
            hangUps.remove(d.number());
            media.close();
            box.failure(status, List.of(), q850);
        }

        private void farHangsUp() {
            if (d.state() == DialogState.CONFIRMED) {
                d.state(DialogState.TERMINATED);
                media.close();
                later(() -> box.bye(OptionalInt.empty()));
            } else if (!d.over()) { // the far end gives up ringing: 480 Temporarily Unavailable
                cancelAnswer();
                later(() -> finish(480, OptionalInt.empty()));
            }
        }

        /** The box went silent (see {@link #boxLost}): stop ringing and playing. */
        void dropped() {
            cancelAnswer();
            media.close();
        }

        private void cancelAnswer() {
            if (answer != null) {
                answer.cancel();
            }
        }

        @Override
        public void cancel() {
            if (down) {
                return;
            }
            cancelAnswer();
            later(() -> finish(487, OptionalInt.empty())); // 200 to the CANCEL, 487 to the INVITE (§9.2)
        }

        @Override
        public void ack() {
            // the far end's 200 is acknowledged; nothing to model
        }

        @Override
        public void bye() {
            d.state(DialogState.TERMINATED);
            hangUps.remove(d.number());
            media.close();
        }

        @Override
        public void reinvite(String sdp) {
            media.answer(sdp); // a refresh or hold: the far end accepts it
        }
    }

    // ---- calls to the box ----

    @Override
    public void onInvite(IncomingListener listener) {
        box = listener;
    }

    /**
     * The far end {@code caller} calls the box's number {@code dialled} ({@code ip.call NUMBER from CALLER});
     * {@code anonymous} withholds the number (From anonymous, Privacy: id, RFC 3323/3325).
     */
    public FarDialog callBox(String dialled, String caller) {
        FarDialog d = new FarDialog(caller, false);
        dialogs.put(caller, d);
        CallMedia media = farMedia.apply(caller);
        boolean withheld = caller.equals("anonymous");
        IncomingInvite inv = new IncomingInvite("sim-" + nextCallId++, "sip:" + dialled + "@" + realm,
                withheld ? "\"Anonymous\" <" + OutgoingIdentity.ANONYMOUS_URI + ">" : "<sip:" + caller + "@" + realm + ">",
                withheld ? Optional.empty() : Optional.of("<sip:" + caller + "@" + realm + ">"),
                withheld ? Optional.of("id") : Optional.empty(), Optional.of(media.offer()), OptionalInt.empty());
        ToBox dialog = new ToBox(d, media);
        hangUps.put(caller, dialog::farHangsUp);
        track(d, media::close);
        later(() -> {
            if (box != null) {
                box.invite(inv, dialog);
            }
        });
        return d;
    }

    /** One call from a far end to the box. */
    private final class ToBox implements IncomingDialog {
        private final FarDialog d;
        private final CallMedia media;
        private DialogListener listener;

        ToBox(FarDialog d, CallMedia media) {
            this.d = d;
            this.media = media;
        }

        @Override
        public void ring(int status, Optional<String> sdp) {
            if (!d.over()) {
                d.state(sdp.isPresent() ? DialogState.EARLY : DialogState.RINGING);
                sdp.ifPresent(media::accept); // early media from the box's side
            }
        }

        @Override
        public void accept(String sdp, Optional<SessionTimer> timer) {
            if (!d.over()) {
                d.state(DialogState.CONFIRMED);
                d.finalStatus(200);
                media.accept(sdp);
            }
        }

        @Override
        public void reject(int status) {
            d.state(DialogState.TERMINATED);
            d.finalStatus(status);
            hangUps.remove(d.number());
            media.close();
        }

        @Override
        public void bye() {
            d.state(DialogState.TERMINATED);
            hangUps.remove(d.number());
            media.close();
        }

        @Override
        public void listen(DialogListener l) {
            listener = l;
        }

        void farHangsUp() {
            if (d.over() || listener == null) {
                return;
            }
            boolean answered = d.state() == DialogState.CONFIRMED;
            d.state(DialogState.TERMINATED);
            media.close();
            if (answered) {
                later(() -> listener.bye(OptionalInt.empty()));
            } else {
                d.finalStatus(487);
                later(() -> listener.cancelled(OptionalInt.empty()));
            }
        }
    }

    /** Nothing comes back: the box's INVITE transaction times out (what its transport layer reports). */
    private void silence(FarDialog d, OutgoingListener listener) {
        scheduler.schedule(TIMER_B, () -> {
            if (!d.over()) {
                d.state(DialogState.TERMINATED);
                listener.failed("no response to the INVITE (Timer B, RFC 3261 §17.1.1.2)");
            }
        });
    }

    private void later(Runnable r) {
        if (!down) {
            scheduler.schedule(HOP, r);
        }
    }

    private static String userOf(String uri) {
        int colon = uri.indexOf(':');
        int at = uri.indexOf('@');
        return colon >= 0 && at > colon ? uri.substring(colon + 1, at) : uri;
    }
}
