package org.voipgw.agent.sip.sim;

import org.voipgw.agent.sip.invite.sim.SimulatedCallNetwork;

import org.voipgw.agent.sip.invite.CallMedia;

import java.util.random.RandomGeneratorFactory;

import java.util.function.Function;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import org.voipgw.agent.sip.digest.DigestAuth.Algorithm;
import org.voipgw.agent.sip.digest.DigestCheck;
import org.voipgw.agent.sip.RegisterRequest;
import org.voipgw.agent.sip.SipPort;
import org.voipgw.agent.sip.SipResponse;
import org.voipgw.hal.time.Scheduler;

/**
 * The carrier's registrar as an in-memory model on virtual time (DESIGN.md: simulated SIP edge).
 * By default it accepts the account it is told about ({@link #subscriber}) with a digest challenge
 * (401, then 200 with the granted lifetime), answers 423 below {@link #minExpires} and caps the
 * lifetime at {@link #maxExpires}. Scenario faults: {@code sip.registrar down} (no answer at all),
 * {@code sip.auth reject} (credentials always refused: 401 again), {@code sip.loss PERCENT} (a request,
 * retransmissions included, is lost with that probability), {@code sip.delay T} (answers take T).
 */
public final class SimulatedCarrier implements SipPort {
    /** One REGISTER as the carrier saw it, for tests: when, what, and whether it carried credentials. */
    public record Received(Instant at, long cseq, String callId, int expires, boolean authorized) {
    }

    /** How long the carrier takes to answer without the {@code sip.delay} fault. */
    public static final Duration ANSWER_TIME = Duration.ofMillis(20);

    private final Scheduler scheduler;
    private final RandomGenerator random;
    private final Map<String, String> passwords = new HashMap<>();
    private final Map<String, Instant> bindings = new HashMap<>();
    private final List<Received> received = new ArrayList<>();
    private final List<Algorithm> offered = new ArrayList<>(List.of(Algorithm.SHA_256, Algorithm.MD5));
    private Listener listener;
    private final String realm = "carrier.example";
    private String nonce;
    private int minExpires = 60;
    private int maxExpires = 3600;
    private boolean down;
    private boolean authReject;
    private int lossPercent;
    private Duration delay = ANSWER_TIME;
    private SimulatedCallNetwork calls;

    public SimulatedCarrier(Scheduler scheduler, RandomGenerator random) {
        this.scheduler = scheduler;
        this.random = random;
        // its own seed: calls must not shift the registration's draws (nonces, backoff) of a scenario
        this.calls = new SimulatedCallNetwork(scheduler, RandomGeneratorFactory.of("L64X128MixRandom").create(3261),
                realm, this::password);
    }

    /** The carrier's call routing; {@code farMedia} gives each far end its media (an RTP network's, in scenarios). */
    public void routeCalls(Function<String, CallMedia> farMedia) {
        calls = new SimulatedCallNetwork(scheduler, RandomGeneratorFactory.of("L64X128MixRandom").create(3261),
                realm, this::password, farMedia);
        calls.down(down);
    }

    @Override
    public SimulatedCallNetwork calls() {
        return calls;
    }

    private Optional<String> password(String user) {
        return Optional.ofNullable(passwords.get(user));
    }

    /** The subscriber the carrier knows (by default: the account the box is configured with). */
    public void subscriber(String user, String password) {
        passwords.put(user, password);
    }

    public void minExpires(int seconds) {
        minExpires = seconds;
    }

    public void maxExpires(int seconds) {
        maxExpires = seconds;
    }

    /** Which digest algorithms the 401 offers, one WWW-Authenticate each, in this order. */
    public void offer(List<Algorithm> algorithms) {
        offered.clear();
        offered.addAll(algorithms);
    }

    public void down(boolean on) {
        down = on;
        calls.down(on);
    }

    public void authReject(boolean on) {
        authReject = on;
    }

    public void loss(int percent) {
        lossPercent = percent;
    }

    public void delay(Duration d) {
        delay = d;
    }

    public boolean isRegistered(String user) {
        Instant until = bindings.get(user);
        return until != null && scheduler.clock().now().isBefore(until);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void listen(Listener l) {
        listener = l;
    }

    @Override
    public void send(RegisterRequest req) {
        received.add(new Received(scheduler.clock().now(), req.cseq(), req.callId(), req.expires(),
                req.authorization().isPresent()));
        if (down || (lossPercent > 0 && random.nextInt(100) < lossPercent)) {
            return; // nothing comes back: the UA's Timer F decides
        }
        SipResponse r = answer(req);
        scheduler.schedule(delay, () -> {
            if (listener != null) {
                listener.response(r);
            }
        });
    }

    @Override
    public void abandon(String callId, long cseq) {
        // an in-memory request has no retransmissions to stop
    }

    @Override
    public void close() {
        listener = null;
    }

    private SipResponse answer(RegisterRequest req) {
        String user = req.account().user();
        if (!authorized(req)) {
            nonce = HexFormat.of().toHexDigits(random.nextLong());
            List<String> challenges = offered.stream().map(a -> "Digest realm=\"" + realm + "\", nonce=\"" + nonce
                    + "\", qop=\"auth\", algorithm=" + a.token()).toList();
            return new SipResponse(req.callId(), req.cseq(), 401, "Unauthorized", challenges, OptionalInt.empty(),
                    OptionalInt.empty());
        }
        if (req.expires() == 0) {
            bindings.remove(user);
            return new SipResponse(req.callId(), req.cseq(), 200, "OK", List.of(), OptionalInt.of(0),
                    OptionalInt.empty());
        }
        if (req.expires() < minExpires) {
            return new SipResponse(req.callId(), req.cseq(), 423, "Interval Too Brief", List.of(),
                    OptionalInt.empty(), OptionalInt.of(minExpires));
        }
        int granted = Math.min(req.expires(), maxExpires);
        bindings.put(user, scheduler.clock().now().plusSeconds(granted));
        return new SipResponse(req.callId(), req.cseq(), 200, "OK", List.of(), OptionalInt.of(granted),
                OptionalInt.empty());
    }

    private boolean authorized(RegisterRequest req) {
        if (authReject || nonce == null || req.authorization().isEmpty()) {
            return false;
        }
        String password = passwords.get(req.account().user());
        return password != null && DigestCheck.verify(req.authorization().get(), "REGISTER", realm, nonce,
                u -> Optional.of(password).filter(p -> u.equals(req.account().user())));
    }
}
