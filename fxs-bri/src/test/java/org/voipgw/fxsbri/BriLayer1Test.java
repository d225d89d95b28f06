package org.voipgw.fxsbri;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.fxsbri.BriLayer1.Info;
import org.voipgw.fxsbri.BriLayer1.State;

class BriLayer1Test {
    @Test
    void ntActivationSequence() {
        BriLayer1 l1 = new BriLayer1(true);
        List<State> seen = new ArrayList<>();
        l1.onChange(seen::add);
        l1.received(Info.INFO1);
        l1.received(Info.INFO3);
        l1.received(Info.INFO0);
        assertEquals(List.of(State.G2_PENDING_ACTIVATION, State.G3_ACTIVATED, State.G1_DEACTIVATED), seen);
    }

    @Test
    void teActivationSequence() {
        BriLayer1 l1 = new BriLayer1(false);
        List<State> seen = new ArrayList<>();
        l1.onChange(seen::add);
        l1.farEnd(true);
        l1.farEnd(false);
        assertEquals(List.of(State.F4_AWAITING_SIGNAL, State.F6_SYNCHRONIZED, State.F7_ACTIVATED, State.F3_DEACTIVATED),
                seen);
    }
}
