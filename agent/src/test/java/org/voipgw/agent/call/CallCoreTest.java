package org.voipgw.agent.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.time.VirtualClock;

class CallCoreTest {
    private final VirtualClock clock = new VirtualClock();
    private final AtomicBoolean registered = new AtomicBoolean(true);

    @Test
    void theCallBeyondTheChannelsIsRefusedWithCause34() {
        CallCore core = new CallCore(clock, 23, registered::get); // Ⅷ: 23ch
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            calls.add(assertInstanceOf(Admission.Admitted.class,
                    core.fromPbx("pri", "03" + (10000000 + i), CallingParty.unavailable())).call());
        }
        Admission.Refused r = assertInstanceOf(Admission.Refused.class,
                core.toPbx("pri", "0312345678", CallingParty.unavailable()));
        assertEquals(34, r.cause());
        assertEquals(1, core.refusals());
        calls.get(5).released(CallSide.PBX, 16);
        assertInstanceOf(Admission.Admitted.class, core.toPbx("pri", "0312345678", CallingParty.unavailable()));
        assertEquals(23, core.inProgress());
    }

    @Test
    void noCallWhileNotRegistered() {
        CallCore core = new CallCore(clock, 4, registered::get);
        registered.set(false);
        Admission.Refused r = assertInstanceOf(Admission.Refused.class,
                core.fromPbx("bri1", "0312345678", CallingParty.unavailable()));
        assertEquals(27, r.cause());
        assertTrue(r.reason().contains("not registered"), r.reason());
        assertEquals(0, core.inProgress());
    }

    @Test
    void callsToThePbxGoThroughTheConversion() {
        CallCore core = new CallCore(clock, 8, registered::get);
        core.conversion(NumberConversion.parse(List.of(new NumberConversion.Entry(1, "0312345678", "201"))).table()
                .orElseThrow());
        Call c = ((Admission.Admitted) core.toPbx("", "0312345678", CallingParty.unavailable())).call();
        assertEquals("201", c.called());
        assertEquals("0312345678", c.dialled());
        Call other = ((Admission.Admitted) core.toPbx("", "0312345679", CallingParty.unavailable())).call();
        assertEquals("0312345679", other.called(), "any other number passes unchanged");
    }

    @Test
    void historyKeepsTheLast50NewestFirst() {
        CallCore core = new CallCore(clock, 1, registered::get);
        for (int i = 1; i <= 60; i++) {
            Call c = ((Admission.Admitted) core.fromPbx("pri", "n" + i, CallingParty.unavailable())).call();
            c.released(CallSide.IP, i % 2 == 0 ? 17 : 16);
        }
        assertEquals(50, core.history().size());
        assertEquals("n60", core.history().get(0).called());
        assertEquals("n11", core.history().get(49).called());
        assertEquals(17, core.history().get(0).cause());
    }

    @Test
    void listenersHearEveryStartAndEnd() {
        CallCore core = new CallCore(clock, 2, registered::get);
        AtomicInteger changes = new AtomicInteger();
        core.onChange(changes::incrementAndGet);
        Call c = ((Admission.Admitted) core.fromPbx("pri", "1", CallingParty.unavailable())).call();
        core.fromPbx("pri", "2", CallingParty.unavailable());
        c.released(CallSide.PBX, 16);
        c.released(CallSide.IP, 16);
        core.clearAll(CallSide.IP, 41);
        assertEquals(4, changes.get());
        assertEquals(0, core.inProgress());
        assertEquals(41, core.history().get(0).cause());
    }
}
