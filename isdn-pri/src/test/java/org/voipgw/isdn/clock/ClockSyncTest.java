package org.voipgw.isdn.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.isdn.clock.ClockSync.Source;
import org.voipgw.isdn.clock.ClockSync.Status;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.isdn.call.AnsweringFarEnd;
import org.voipgw.isdn.dchan.DChannelWire;
import org.voipgw.isdn.pri.Layer1State;
import org.voipgw.isdn.pri.PriSpan;
import org.voipgw.isdn.pri.SpanMode;

class ClockSyncTest {
    private final VirtualClock clock = new VirtualClock();

    @Test
    void priSlavedFollowsTheSpanAndTheMasterClock() {
        DChannelWire wire = new DChannelWire(clock);
        PriSpan span = new PriSpan(clock, wire.gatewayEnd(), PriSpan.Config.of(SpanMode.NT),
                new AnsweringFarEnd(clock, Duration.ofSeconds(1)));
        span.start();
        ClockSync sync = new ClockSync(ClockSync.Model.VIII, Source.PRI).attach(span);
        List<Status> seen = new ArrayList<>();
        sync.onChange(seen::add);
        assertEquals(new Status(Source.PRI, true), sync.status());
        wire.cut();
        clock.runDue();
        assertEquals(new Status(Source.PRI, false), sync.status()); // orange blink: check the PRI lamp first
        wire.repair();
        clock.runDue();
        assertEquals(new Status(Source.PRI, true), sync.status());
        span.setLayer1(Layer1State.LOSS_OF_FRAME);
        assertEquals(new Status(Source.PRI, false), sync.status());
        span.setLayer1(Layer1State.OK);
        sync.setMasterClockPresent(false); // PRI fine, but the PBX outputs no clock
        assertEquals(new Status(Source.PRI, false), sync.status());
        assertEquals(5, seen.size());
    }

    @Test
    void internalIsFreeRunningAndModelsLimitSources() {
        assertEquals(new Status(Source.INTERNAL, false), new ClockSync(ClockSync.Model.III_IV, Source.INTERNAL).status());
        assertThrows(IllegalArgumentException.class, () -> new ClockSync(ClockSync.Model.III_IV, Source.BRI));
        assertThrows(IllegalArgumentException.class, () -> new ClockSync(ClockSync.Model.VI_VII, Source.PRI));
    }
}
