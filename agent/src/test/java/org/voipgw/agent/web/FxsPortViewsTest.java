package org.voipgw.agent.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.voipgw.fxs.LineState;
import org.voipgw.webui.FxsPortState;

/** The line's states onto the page's: every page state is reachable, incoming phases are ringing. */
class FxsPortViewsTest {
    @Test
    void eachLineStateHasItsPageState() {
        assertEquals(FxsPortState.ON_HOOK, FxsPortViews.state(LineState.IDLE));
        assertEquals(FxsPortState.RINGING, FxsPortViews.state(LineState.CALLER_ID_CAR));
        assertEquals(FxsPortState.RINGING, FxsPortViews.state(LineState.CALLER_ID_DATA));
        assertEquals(FxsPortState.CALLING, FxsPortViews.state(LineState.RINGBACK));
        assertEquals(FxsPortState.FAX, FxsPortViews.state(LineState.FAX));
        for (LineState s : LineState.values()) {
            assertEquals(s.incoming(), FxsPortViews.state(s) == FxsPortState.RINGING, s.name());
        }
        Set<FxsPortState> reached = Stream.of(LineState.values()).map(FxsPortViews::state)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FxsPortState.class)));
        assertEquals(EnumSet.allOf(FxsPortState.class), reached, "no page state is dead");
    }
}
