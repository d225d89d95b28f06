package org.voipgw.isdn.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.isdn.Octets;
import org.voipgw.isdn.call.CallState;
import org.voipgw.isdn.dchan.DChannelWire;
import org.voipgw.isdn.lapd.LapdEndpoint;
import org.voipgw.isdn.lapd.LinkConfig;
import org.voipgw.isdn.lapd.LinkState;
import org.voipgw.isdn.lapd.LinkUser;
import org.voipgw.isdn.lapd.Side;
import org.voipgw.isdn.lapd.TeiManager;
import org.voipgw.isdn.q931.MessageType;

/**
 * The simulated BRI PBX when it has no TEI (before assignment, or after the network removed it): its
 * layer 3 used to send on a data link that did not exist (a NullPointerException the soak found on models
 * Ⅵ/Ⅶ, seed 1). Layer 3 needing the data link starts TEI assignment (Q.921 §5.3.2) and its message
 * goes out once the link is established.
 */
class SimulatedPbxWithoutTeiTest {
    private final VirtualClock clock = new VirtualClock();
    private final DChannelWire wire = new DChannelWire(clock);
    private final LapdEndpoint network = new LapdEndpoint(Side.NETWORK, LinkConfig.bri(), clock, wire.gatewayEnd());
    private final TeiManager manager = new TeiManager(clock, network::send, new TeiManager.Listener() {
        @Override
        public void assigned(int tei) {
            network.link(tei, new SilentLayer3());
        }

        @Override
        public void removed(int tei) {
            network.removeLink(tei);
        }

        @Override
        public void denied(int ri) {
        }
    }, 2);
    private final SimulatedPbx pbx = new SimulatedPbx(clock, wire, SimulatedPbx.Config.forBri(0x0101));

    SimulatedPbxWithoutTeiTest() {
        network.onTeiManagement(manager::receive);
    }

    @Test
    void aCallAfterTheTeiWasRemovedAsksForANewTeiAndGoesOut() {
        pbx.start();
        clock.advance(Duration.ofSeconds(1));
        assertEquals(64, pbx.tei());
        assertEquals(LinkState.MULTIPLE_FRAME_ESTABLISHED, pbx.linkState());
        removeEveryTei();
        clock.advance(Duration.ofSeconds(1));
        assertEquals(-1, pbx.tei(), "the network removed the TEI");
        assertEquals(LinkState.TEI_UNASSIGNED, pbx.linkState());

        PbxCall call = pbx.call("0312345678");
        clock.advance(Duration.ofSeconds(1));

        assertEquals(Set.of(64), manager.assigned(), "a new TEI was asked for and assigned");
        assertEquals(LinkState.MULTIPLE_FRAME_ESTABLISHED, pbx.linkState());
        assertEquals(CallState.CALL_INITIATED, call.state());
        assertEquals(List.of(MessageType.SETUP), pbx.sent().stream().map(m -> m.type()).toList());
    }

    @Test
    void aCallBeforeAnyTeiWaitsForTheAssignment() {
        // not started: no TEI asked for yet; the call itself asks (Q.921 §5.3.2)
        PbxCall call = pbx.call("117");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(64, pbx.tei());
        assertEquals(LinkState.MULTIPLE_FRAME_ESTABLISHED, pbx.linkState());
        assertEquals(CallState.CALL_INITIATED, call.state());
    }

    @Test
    void aCallWhoseTeiRequestGoesUnansweredIsCleared() {
        wire.cut();
        PbxCall call = pbx.call("117");
        clock.advance(Duration.ofSeconds(30)); // N202 requests, T202 apart, unanswered
        assertEquals(-1, pbx.tei());
        assertEquals(CallState.NULL, call.state(), "no data link: the call is gone, not stuck");
        wire.repair();
        clock.advance(Duration.ofSeconds(10));
        assertEquals(LinkState.TEI_UNASSIGNED, pbx.linkState(), "nothing left waiting to go out");
        assertTrue(pbx.sent().stream().allMatch(m -> m.type() == MessageType.SETUP));
    }

    private void removeEveryTei() {
        manager.assigned().forEach(manager::remove); // IDENTITY REMOVE, Q.921 §5.3.4.1
    }

    /** The network's layer 3 is not under test: it only keeps the data links up. */
    private static final class SilentLayer3 implements LinkUser {
        @Override
        public void established() {
        }

        @Override
        public void released() {
        }

        @Override
        public void data(Octets message) {
        }
    }
}
