package org.voipgw.isdn.lapd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.isdn.Octets;
import org.voipgw.isdn.lapd.Frame.SType;
import org.voipgw.isdn.lapd.Frame.UType;

/** The network-side data link against a scripted user-side peer, lockstep, on virtual time. */
class DataLinkTest {
    private final VirtualClock clock = new VirtualClock();
    private final List<Frame> sent = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final LinkUser user = new LinkUser() {
        @Override
        public void established() {
            events.add("established@" + clock.millis() % 100_000);
        }

        @Override
        public void released() {
            events.add("released@" + clock.millis() % 100_000);
        }

        @Override
        public void data(Octets message) {
            events.add("data " + message);
        }
    };
    private DataLink link = new DataLink(Side.NETWORK, 0, 0, LinkConfig.pri(), clock, sent::add, user);

    private static Address userCommand() {
        return Address.of(0, 0, Side.USER, true);
    }

    private static Address userResponse() {
        return Address.of(0, 0, Side.USER, false);
    }

    private Frame next() {
        assertTrue(!sent.isEmpty(), "expected a frame");
        return sent.remove(0);
    }

    private void established() {
        link.receive(new Frame.U(userCommand(), UType.SABME, true));
        assertEquals(new Frame.U(Address.of(0, 0, Side.NETWORK, false), UType.UA, true), next());
        assertEquals(LinkState.MULTIPLE_FRAME_ESTABLISHED, link.state());
    }

    @Test
    void weEstablishWithSabmeAndTheUserAnswersUa() {
        link.establish();
        Frame sabme = next();
        assertEquals(new Frame.U(new Address(0, true, 0), UType.SABME, true), sabme); // network command: C/R = 1
        link.receive(new Frame.U(userResponse(), UType.UA, true));
        assertEquals(LinkState.MULTIPLE_FRAME_ESTABLISHED, link.state());
        assertEquals(List.of("established@0"), events);
    }

    @Test
    void theUserEstablishesAndWeAnswerUa() {
        established();
        assertEquals(List.of("established@0"), events);
    }

    @Test
    void sabmeRetransmittedEveryT200ThenFailsAfterN200() {
        link.establish();
        clock.advance(Duration.ofSeconds(10));
        long sabmes = sent.stream().filter(f -> f instanceof Frame.U u && u.type() == UType.SABME).count();
        assertEquals(1 + 3, sabmes, "first SABME + N200 retransmissions");
        assertEquals(LinkState.TEI_ASSIGNED, link.state());
        assertEquals(List.of("released@4000"), events);
    }

    @Test
    void sabmeWithTheWrongCrSenseIsIgnored() {
        // the PBX is also configured as network side: its SABME carries C/R = 1 (Q.921 §3.3.2)
        link.receive(new Frame.U(Address.of(0, 0, Side.NETWORK, true), UType.SABME, true));
        assertTrue(sent.isEmpty());
        assertEquals(LinkState.TEI_ASSIGNED, link.state());
    }

    @Test
    void iFramesAreExchangedAndAcknowledged() {
        established();
        link.send(Octets.hex("08 02 80 01 02"));
        assertEquals(new Frame.I(new Address(0, true, 0), 0, 0, false, Octets.hex("08 02 80 01 02")), next());
        link.receive(new Frame.I(userCommand(), 0, 1, false, Octets.hex("08 02 00 01 0f")));
        assertEquals(List.of("established@0", "data 080200010f"), events);
        assertEquals(new Frame.S(new Address(0, false, 0), SType.RR, 1, false), next());
        clock.advance(Duration.ofSeconds(5));
        assertTrue(sent.isEmpty(), "acknowledged: no retransmission");
    }

    @Test
    void t200RetransmitsByEnquiryAndN200FailureReestablishes() {
        established();
        link.send(Octets.hex("08 02 80 01 01"));
        next();
        clock.advance(Duration.ofSeconds(1));
        assertEquals(new Frame.S(new Address(0, true, 0), SType.RR, 0, true), next()); // enquiry, P = 1
        assertEquals(LinkState.TIMER_RECOVERY, link.state());
        clock.advance(Duration.ofSeconds(2));
        assertEquals(2, sent.size());
        sent.clear();
        clock.advance(Duration.ofSeconds(1)); // N200 enquiries unanswered: re-establish (§5.6.7)
        assertEquals(new Frame.U(new Address(0, true, 0), UType.SABME, true), next());
        assertEquals(LinkState.AWAITING_ESTABLISHMENT, link.state());
    }

    @Test
    void finalResponseInTimerRecoveryRetransmitsUnacknowledgedFrames() {
        established();
        link.send(Octets.hex("08 02 80 01 01"));
        next();
        clock.advance(Duration.ofSeconds(1));
        next(); // RR P=1
        link.receive(new Frame.S(userResponse(), SType.RR, 0, true)); // peer saw nothing
        assertEquals(new Frame.I(new Address(0, true, 0), 0, 0, false, Octets.hex("08 02 80 01 01")), next());
        assertEquals(LinkState.MULTIPLE_FRAME_ESTABLISHED, link.state());
    }

    @Test
    void t203IdlePollsWithRrAndAnAnswerReturnsToEstablished() {
        established();
        clock.advance(Duration.ofSeconds(10));
        assertEquals(new Frame.S(new Address(0, true, 0), SType.RR, 0, true), next());
        link.receive(new Frame.S(userResponse(), SType.RR, 0, true));
        assertEquals(LinkState.MULTIPLE_FRAME_ESTABLISHED, link.state());
        clock.advance(Duration.ofSeconds(9));
        assertTrue(sent.isEmpty());
    }

    @Test
    void windowKLimitsOutstandingFramesOnPri() {
        established();
        for (int n = 0; n < 10; n++) {
            link.send(Octets.of(new byte[] {8, 2, 0, (byte) n, 0x7B}));
        }
        assertEquals(7, sent.size(), "k = 7 on PRI");
        sent.clear();
        link.receive(new Frame.S(userResponse(), SType.RR, 7, false));
        assertEquals(3, sent.size());
        assertEquals(7, ((Frame.I) sent.get(0)).ns());
    }

    @Test
    void windowOfOneOnBri() {
        link = new DataLink(Side.NETWORK, 0, 64, LinkConfig.bri(), clock, sent::add, user);
        link.receive(new Frame.U(Address.of(0, 64, Side.USER, true), UType.SABME, true));
        sent.clear();
        link.send(Octets.hex("08 01 01 01"));
        link.send(Octets.hex("08 01 01 07"));
        assertEquals(1, sent.size());
        link.receive(new Frame.S(Address.of(0, 64, Side.USER, false), SType.RR, 1, false));
        assertEquals(2, sent.size());
    }

    @Test
    void rejectCausesRetransmission() {
        established();
        link.send(Octets.hex("08 02 80 01 01"));
        link.send(Octets.hex("08 02 80 01 07"));
        sent.clear();
        link.receive(new Frame.S(userResponse(), SType.REJ, 1, false));
        assertEquals(1, sent.size());
        assertEquals(1, ((Frame.I) next()).ns());
    }

    @Test
    void outOfSequenceIFrameIsRejectedOnce() {
        established();
        link.receive(new Frame.I(userCommand(), 1, 0, false, Octets.hex("08 02 00 01 7b")));
        link.receive(new Frame.I(userCommand(), 2, 0, false, Octets.hex("08 02 00 01 7b")));
        assertEquals(List.of(new Frame.S(new Address(0, false, 0), SType.REJ, 0, false)), sent);
    }

    @Test
    void discReleasesAndIsAnsweredWithUa() {
        established();
        link.receive(new Frame.U(userCommand(), UType.DISC, true));
        assertEquals(new Frame.U(new Address(0, false, 0), UType.UA, true), next());
        assertEquals(LinkState.TEI_ASSIGNED, link.state());
        assertEquals(List.of("established@0", "released@0"), events);
    }

    @Test
    void weReleaseWithDisc() {
        established();
        link.release();
        assertEquals(new Frame.U(new Address(0, true, 0), UType.DISC, true), next());
        link.receive(new Frame.U(userResponse(), UType.UA, true));
        assertEquals(LinkState.TEI_ASSIGNED, link.state());
    }

    @Test
    void invalidNrReestablishes() {
        established();
        link.receive(new Frame.S(userResponse(), SType.RR, 5, false));
        assertEquals(UType.SABME, ((Frame.U) next()).type());
    }
}
