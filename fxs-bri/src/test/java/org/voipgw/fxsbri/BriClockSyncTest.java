package org.voipgw.fxsbri;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.isdn.call.AnsweringFarEnd;
import org.voipgw.isdn.clock.ClockSync;
import org.voipgw.isdn.clock.ClockSync.Source;
import org.voipgw.isdn.clock.ClockSync.Status;
import org.voipgw.isdn.dchan.DChannelWire;

/** The communication clock slaved to a BRI clock port (ClockSync itself is tested in isdn-pri). */
class BriClockSyncTest {
    private final VirtualClock clock = new VirtualClock();

    @Test
    void briSlavedNeedsLayer1TerminatorAndWiring() {
        DChannelWire wire = new DChannelWire(clock);
        BriPort clk = new BriPort(clock, wire.gatewayEnd(), BriPort.Config.clockPort(9),
                new AnsweringFarEnd(clock, Duration.ofSeconds(1)));
        clk.start();
        ClockSync sync = new ClockSync(ClockSync.Model.VI_VII, Source.BRI).attach(clk);
        assertEquals(new Status(Source.BRI, true), sync.status());
        sync.setTerminatorMissing(true);
        assertEquals(new Status(Source.BRI, false), sync.status());
        sync.setTerminatorMissing(false);
        sync.setWiringOpen(true);
        assertEquals(new Status(Source.BRI, false), sync.status());
        sync.setWiringOpen(false);
        wire.cut();
        clock.runDue();
        assertEquals(new Status(Source.BRI, false), sync.status());
        wire.repair();
        clock.runDue();
        assertEquals(new Status(Source.BRI, true), sync.status());
    }
}
