package org.voipgw.agent.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.voipgw.agent.sip.sim.SimulatedCarrier;
import org.voipgw.hal.time.VirtualClock;

/** A registration against the in-memory carrier on virtual time, checking "one REGISTER in flight" all along. */
final class RegistrationHarness {
    final VirtualClock clock = new VirtualClock();
    final RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(42);
    final SimulatedCarrier carrier = new SimulatedCarrier(clock, random);
    final InFlightGuard port = new InFlightGuard(carrier);
    final List<SipRegistration.Snapshot> snapshots = new ArrayList<>();
    final SipRegistration registration;

    static SipAccount account(int expires) {
        return account("0312345678", "secret", expires);
    }

    static SipAccount account(String user, String password, int expires) {
        return new SipAccount("carrier.example:5060", "", user, password, "carrier.example", user,
                SipAccount.Transport.UDP, expires);
    }

    /** Registered for a second with the default account; the carrier also knows {@code user}/{@code password}. */
    static RegistrationHarness registeredKnowing(String user, String password) {
        RegistrationHarness h = new RegistrationHarness().start(3600);
        h.advance(Duration.ofSeconds(1));
        h.carrier.subscriber(user, password);
        return h;
    }

    RegistrationHarness() {
        this(SipRegistration.Timing.DEFAULT);
    }

    RegistrationHarness(SipRegistration.Timing timing) {
        carrier.subscriber("0312345678", "secret");
        registration = new SipRegistration(clock, port, random, timing, snapshots::add);
    }

    RegistrationHarness start(int expires) {
        registration.wanChanged(true);
        registration.configure(account(expires));
        return this;
    }

    void advance(Duration d) {
        clock.advance(d);
    }

    long seconds() {
        return clock.millis() / 1000 - 1767225600L; // since 2026-01-01T00:00:00Z
    }

    /** Fails the test if a REGISTER is sent while another is pending (RFC 3261 §10.2 ordering). */
    static final class InFlightGuard implements SipPort {
        private final SipPort inner;
        private Long pending;
        private String violation;

        InFlightGuard(SipPort inner) {
            this.inner = inner;
        }

        @Override
        public void send(RegisterRequest request) {
            if (pending != null && violation == null) {
                violation = "CSeq " + request.cseq() + " sent while " + pending + " was in flight";
            }
            pending = request.cseq();
            inner.send(request);
        }

        @Override
        public void abandon(String callId, long cseq) {
            if (pending != null && pending == cseq) {
                pending = null;
            }
            inner.abandon(callId, cseq);
        }

        @Override
        public void listen(Listener listener) {
            inner.listen(new Listener() {
                @Override
                public void response(SipResponse r) {
                    if (pending != null && pending == r.cseq() && r.status() >= 200) {
                        pending = null;
                    }
                    listener.response(r);
                }

                @Override
                public void failed(String callId, long cseq, String why) {
                    listener.failed(callId, cseq, why);
                }
            });
        }

        @Override
        public void close() {
            inner.close();
        }

        void assertNeverTwoInFlight() {
            assertNull(violation);
        }
    }

    void assertCseqAndCallIdRules() {
        List<SimulatedCarrier.Received> rs = carrier.received();
        for (int i = 0; i < rs.size(); i++) {
            assertEquals(registration.callId(), rs.get(i).callId(), "one Call-ID per boot");
            assertEquals(i + 1L, rs.get(i).cseq(), "CSeq +1 per request");
        }
        port.assertNeverTwoInFlight();
    }
}
