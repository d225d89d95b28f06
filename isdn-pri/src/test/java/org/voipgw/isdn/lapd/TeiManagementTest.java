package org.voipgw.isdn.lapd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.hal.dchan.DChannel;
import org.voipgw.isdn.dchan.DChannelWire;

/** TEI assignment on a point-to-multipoint passive bus (Q.921 §5.3), network side limited to 2. */
class TeiManagementTest {
    private final VirtualClock clock = new VirtualClock();
    private final DChannelWire bus = new DChannelWire(clock);
    private final LapdEndpoint network = new LapdEndpoint(Side.NETWORK, LinkConfig.bri(), clock, bus.gatewayEnd());
    private final List<String> events = new ArrayList<>();
    private final TeiManager manager = new TeiManager(clock, network::send, new TeiManager.Listener() {
        @Override
        public void assigned(int tei) {
            events.add("assigned " + tei);
        }

        @Override
        public void removed(int tei) {
            events.add("removed " + tei);
        }

        @Override
        public void denied(int ri) {
            events.add("denied " + ri);
        }
    }, 2);

    TeiManagementTest() {
        network.onTeiManagement(manager::receive);
    }

    private TeiClient terminal(DChannel end, int ri) {
        LapdEndpoint ep = new LapdEndpoint(Side.USER, LinkConfig.bri(), clock, end);
        TeiClient c = new TeiClient(clock, ep::send, ri, tei -> { }, () -> { });
        ep.onTeiManagement(c::receive);
        return c;
    }

    @Test
    void twoTerminalsGetAutomaticTeisAndTheThirdIsDenied() {
        TeiClient a = terminal(bus.pbxEnd(), 0x1111);
        TeiClient b = terminal(bus.addTerminal(), 0x2222);
        TeiClient c = terminal(bus.addTerminal(), 0x3333);
        a.request();
        clock.runDue();
        b.request();
        clock.runDue();
        c.request();
        clock.advance(Duration.ofSeconds(10));
        assertEquals(64, a.tei());
        assertEquals(65, b.tei());
        assertEquals(-1, c.tei());
        assertTrue(c.wasDenied());
        assertEquals(List.of("assigned 64", "assigned 65", "denied 13107"), events);
        assertEquals(Set.of(64, 65), manager.assigned());
    }

    @Test
    void checkRemovesTeisWhoseTerminalIsGone() {
        TeiClient a = terminal(bus.pbxEnd(), 0x1111);
        a.request();
        clock.runDue();
        DChannel second = bus.addTerminal();
        TeiClient b = terminal(second, 0x2222);
        b.request();
        clock.runDue();
        second.onReceive(f -> { }); // terminal b unplugged: it no longer hears the network
        manager.checkAll();
        clock.advance(Duration.ofSeconds(3));
        assertEquals(Set.of(64), manager.assigned());
        assertEquals("removed 65", events.get(events.size() - 1));
    }

    @Test
    void removedTeiIsForgottenByTheTerminal() {
        TeiClient a = terminal(bus.pbxEnd(), 0x1111);
        a.request();
        clock.runDue();
        manager.remove(64);
        clock.runDue();
        assertEquals(-1, a.tei());
    }

    @Test
    void unansweredRequestIsRepeatedN202Times() {
        List<byte[]> seen = new ArrayList<>();
        bus.gatewayEnd().onReceive(seen::add); // nobody manages TEIs
        TeiClient a = terminal(bus.pbxEnd(), 0x1111);
        a.request();
        clock.advance(Duration.ofSeconds(10));
        assertEquals(3, seen.size());
    }
}
