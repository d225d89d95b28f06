package org.voipgw.agent.sip.sim;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.tinylog.Logger;
import org.voipgw.agent.callmedia.RtpCallMedia;
import org.voipgw.agent.callmedia.SimulatedEnd;
import org.voipgw.agent.callmedia.UdpRtpTransport;
import org.voipgw.agent.sip.invite.CallMedia;
import org.voipgw.agent.sip.invite.InvitePort;
import org.voipgw.agent.sip.invite.OutgoingIdentity;
import org.voipgw.agent.sip.invite.SessionTimer;
import org.voipgw.agent.sip.SipAccount;
import org.voipgw.agent.sip.live.JainSipCalls;
import org.voipgw.hal.time.SystemScheduler;
import org.voipgw.media.net.RtpPortPool;

/**
 * The demo carrier's answering far end: a call to one of its numbers rings for {@link #RING_TIME}, is
 * answered, and hears a {@link #TONE_HZ} Hz tone over real RTP until someone hangs up; a call to any other
 * number gets 404. It also calls the box ({@link #call}), so the demo can take a call too. Real time, real
 * sockets on loopback: a peer outside the box, like the registrar it lives in.
 */
final class DemoFarEnd {
    /** How long the far end rings. Chosen, as the simulated carrier's far ends (the calls issue: 1 s). */
    static final Duration RING_TIME = Duration.ofSeconds(1);
    /** What it plays. Chosen: 1004 Hz, the usual telephony test tone (not a submultiple of 8 kHz, so every sample differs). */
    static final double TONE_HZ = 1004;

    private final Set<String> numbers;
    private final SystemScheduler loop;
    private final RtpPortPool ports = new RtpPortPool(20_000, 20_199);
    private final RandomGenerator random;
    private final JainSipCalls sip;
    private final Duration ringTime;

    DemoFarEnd(Set<String> numbers, Duration ringTime, SystemScheduler loop, RandomGenerator random, JainSipCalls sip) {
        this.ringTime = ringTime;
        this.numbers = Set.copyOf(numbers);
        this.loop = loop;
        this.random = random;
        this.sip = sip;
        sip.onInvite(this::invited);
    }

    private Optional<RtpCallMedia> media() {
        try {
            RtpCallMedia m = new RtpCallMedia(loop, UdpRtpTransport.open(InetAddress.getLoopbackAddress(), ports,
                    loop::execute), random, "demo-far-end");
            SimulatedEnd end = new SimulatedEnd(loop.clock());
            end.tone(TONE_HZ);
            m.bridge(end);
            return Optional.of(m);
        } catch (IOException e) {
            Logger.warn("demo far end: no RTP ports: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private void invited(InvitePort.IncomingInvite invite, InvitePort.IncomingDialog dialog) {
        if (!numbers.contains(invite.dialled())) {
            dialog.reject(404);
            return;
        }
        Optional<RtpCallMedia> m = media();
        CallMedia.Negotiation n = m.isEmpty() ? new CallMedia.Negotiation.NotAcceptable("no ports")
                : m.get().answer(invite.sdp().orElse(""));
        if (!(n instanceof CallMedia.Negotiation.Agreed agreed)) {
            m.ifPresent(RtpCallMedia::close);
            dialog.reject(m.isEmpty() ? 503 : 488);
            return;
        }
        boolean[] over = new boolean[1];
        dialog.listen(new InvitePort.DialogListener() {
            @Override
            public void cancelled(OptionalInt q850) {
                over[0] = true;
                m.get().close();
            }

            @Override
            public void bye(OptionalInt q850) {
                over[0] = true;
                m.get().close();
            }

            @Override
            public CallMedia.Negotiation reinvite(String offer) {
                return m.get().answer(offer);
            }
        });
        dialog.ring(180, Optional.empty());
        loop.schedule(ringTime, () -> {
            if (!over[0]) {
                dialog.accept(agreed.localSdp(), Optional.empty());
            }
        });
        Logger.info("demo far end {}: called, answers in {} s with {} Hz", invite.dialled(), ringTime.toMillis() / 1000.0, TONE_HZ);
    }

    /**
     * The far end {@code from} calls the box at {@code contact} (its registered contact) for {@code number}, the
     * INVITE routed by {@code via} (this call's own route: other calls may be under way to other contacts).
     */
    void call(String contact, String number, String from, String realm, SipAccount via) {
        Optional<RtpCallMedia> m = media();
        if (m.isEmpty()) {
            return;
        }
        String me = "sip:" + from + "@" + realm;
        sip.invite(new InvitePort.Invite(contact, "sip:" + number + "@" + realm,
                new OutgoingIdentity("", me, me, Optional.empty()), m.get().offer(), Optional.empty(), false), via,
                new InvitePort.OutgoingListener() {
                    @Override
                    public void provisional(int status, Optional<String> sdp) {
                        sdp.ifPresent(m.get()::accept);
                    }

                    @Override
                    public void success(Optional<String> sdp, Optional<SessionTimer> t) {
                        sdp.ifPresent(m.get()::accept);
                        Logger.info("demo far end {}: the box answered", from);
                    }

                    @Override
                    public void failure(int status, List<String> challenges, OptionalInt q850) {
                        Logger.info("demo far end {}: the box refused the call with {}", from, status);
                        m.get().close();
                    }

                    @Override
                    public void bye(OptionalInt q850) {
                        m.get().close();
                    }

                    @Override
                    public void failed(String why) {
                        m.get().close();
                    }
                });
    }
}
