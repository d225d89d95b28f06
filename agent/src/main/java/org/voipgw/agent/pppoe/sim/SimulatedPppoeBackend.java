package org.voipgw.agent.pppoe.sim;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.voipgw.agent.pppoe.LinkDrop;
import org.voipgw.agent.pppoe.PppoeBackend;
import org.voipgw.agent.pppoe.PppoeConfig;
import org.voipgw.led.status.PppoeMode;
import org.voipgw.hal.time.Scheduler;

/**
 * PPPoE against a {@link SimulatedAccessConcentrator} on the device's (virtual) clock. Each link
 * walks the phases a Linux host with pppd and the rp-pppoe plugin walks:
 * <ol>
 * <li>Discovery (RFC 2516 §5): PADI → PADO → PADR → PADS. A PADI (PADR) without answer is resent
 *     after 5 s, the wait doubling each time (RFC 2516 §7; rp-pppoe's {@code pppoe-padi-timeout 5},
 *     {@code pppoe-padi-attempts 3}): after 5 + 10 + 20 s the attempt fails with
 *     {@link LinkDrop.Cause#NO_ACCESS_CONCENTRATOR}.
 * <li>LCP, then PAP/CHAP: a refused account fails after {@link #AUTH_FAILURE_TIME} (pppd 2.4.9 took
 *     about 3.5 s against pppoe-server, PITFALLS.md) with {@link LinkDrop.Cause#AUTH_FAILED}.
 * <li>IPCP: the AC leases an address and the link is up.
 * <li>While up: an LCP echo-request every {@code echo-interval} seconds; as in pppd's lcp.c, when
 *     {@code echo-failures} requests are outstanding at the next interval the peer is presumed dead
 *     ({@link LinkDrop.Cause#ECHO_TIMEOUT}, so (failures + 1) × interval after the last reply). PADT
 *     from the AC ends the session ({@link LinkDrop.Cause#PEER_TERMINATED}). In on-demand mode
 *     {@code idle} seconds without traffic end it ({@link LinkDrop.Cause#IDLE}, pppd's {@code idle}).
 * </ol>
 * Every frame takes {@link #ROUND_TRIP} to be answered, so a healthy session is up in about 50 ms.
 * Simplification: a power cut also frees the AC's side at once (a real AC would notice only by its
 * own echo time-out).
 */
public final class SimulatedPppoeBackend implements PppoeBackend {
    public static final Duration ROUND_TRIP = Duration.ofMillis(10);
    public static final Duration DISCOVERY_TIMEOUT = Duration.ofSeconds(5);
    public static final int DISCOVERY_ATTEMPTS = 3;
    public static final Duration AUTH_FAILURE_TIME = Duration.ofMillis(3_500);

    private final SimulatedAccessConcentrator ac;
    private Scheduler loop;

    public SimulatedPppoeBackend(SimulatedAccessConcentrator ac) {
        this.ac = Objects.requireNonNull(ac);
    }

    public SimulatedAccessConcentrator accessConcentrator() {
        return ac;
    }

    @Override
    public void attach(Scheduler eventLoop, Path deviceDir) {
        this.loop = eventLoop;
    }

    @Override
    public Link open(PppoeConfig config, LinkEvents events) {
        if (loop == null) {
            throw new IllegalStateException("attach() the backend to the device first");
        }
        SimLink l = new SimLink(config, events);
        l.discover("PADI", 1, DISCOVERY_TIMEOUT, () -> l.discover("PADR", 1, DISCOVERY_TIMEOUT, l::lcp));
        return l;
    }

    private final class SimLink implements Link {
        private final PppoeConfig config;
        private final LinkEvents events;
        private final Runnable padt = this::peerTerminated;
        private boolean closed;
        private String address;
        private int echoesPending;
        private Scheduler.Timer echoTimer;
        private Scheduler.Timer idleTimer;

        SimLink(PppoeConfig config, LinkEvents events) {
            this.config = config;
            this.events = events;
        }

        /** Sends a PADI or PADR; the answer (PADO/PADS) continues with {@code next}. */
        void discover(String packet, int attempt, Duration timeout, Runnable next) {
            if (ac.answersDiscovery(config.service())) {
                after(ROUND_TRIP, next);
            } else if (attempt < DISCOVERY_ATTEMPTS) {
                after(timeout, () -> discover(packet, attempt + 1, timeout.multipliedBy(2), next));
            } else {
                after(timeout, () -> fail(LinkDrop.Cause.NO_ACCESS_CONCENTRATOR, "no answer to " + DISCOVERY_ATTEMPTS
                        + " " + packet + "s (timeout waiting for " + (packet.equals("PADI") ? "PADO" : "PADS")
                        + "): is the provider's access concentrator reachable on the WAN?"));
            }
        }

        void lcp() {
            ac.sessionStarted(padt);
            after(ROUND_TRIP.multipliedBy(2), this::authenticate);
        }

        void authenticate() {
            if (ac.authenticates(config.user(), config.password())) {
                after(ROUND_TRIP, this::ipcp);
            } else {
                after(AUTH_FAILURE_TIME, () -> fail(LinkDrop.Cause.AUTH_FAILED,
                        "authentication failed: the provider refused user " + config.user()
                                + " (check the user name and password)"));
            }
        }

        void ipcp() {
            address = ac.lease().orElse(null);
            if (address == null) {
                fail(LinkDrop.Cause.NEGOTIATION_FAILED, "IPCP failed: the provider has no address left");
                return;
            }
            if (!config.echoInterval().isZero()) {
                echoTimer = loop.every(config.echoInterval(), this::echo);
            }
            restartIdle();
            events.up(address);
        }

        /** pppd lcp.c LcpEchoCheck: declare the peer dead when {@code echo-failures} requests are unanswered. */
        void echo() {
            if (echoesPending >= config.echoFailures()) {
                fail(LinkDrop.Cause.ECHO_TIMEOUT, "no reply to " + echoesPending + " LCP echo-requests (every "
                        + config.echoInterval().toSeconds() + " s): the provider is not answering");
                return;
            }
            echoesPending++;
            if (ac.answersEcho()) {
                after(ROUND_TRIP, () -> echoesPending = 0);
            }
        }

        void peerTerminated() {
            fail(LinkDrop.Cause.PEER_TERMINATED, "the provider ended the session (PADT received)");
        }

        @Override
        public void traffic() {
            restartIdle();
        }

        private void restartIdle() {
            if (closed || address == null || config.mode() != PppoeMode.ON_DEMAND || config.idle().isZero()) {
                return;
            }
            if (idleTimer != null) {
                idleTimer.cancel();
            }
            idleTimer = loop.schedule(config.idle(), () -> fail(LinkDrop.Cause.IDLE,
                    "idle for " + config.idle().toSeconds() + " s, disconnected (on-demand)"));
        }

        @Override
        public void close(boolean orderly) {
            if (closed) {
                return;
            }
            closed = true;
            if (echoTimer != null) {
                echoTimer.cancel();
            }
            if (idleTimer != null) {
                idleTimer.cancel();
            }
            ac.sessionEnded(padt);
            ac.release(address);
        }

        private void fail(LinkDrop.Cause cause, String detail) {
            if (!closed) {
                close(true);
                events.down(new LinkDrop(cause, detail));
            }
        }

        private void after(Duration d, Runnable step) {
            loop.schedule(d, () -> {
                if (!closed) {
                    step.run();
                }
            });
        }
    }
}
