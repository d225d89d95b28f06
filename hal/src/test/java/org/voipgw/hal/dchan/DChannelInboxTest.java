package org.voipgw.hal.dchan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.time.VirtualClock;

class DChannelInboxTest {
    private final VirtualClock loop = new VirtualClock();
    private final DChannelCounters counters = new DChannelCounters();
    private final List<Integer> delivered = new ArrayList<>();

    @Test
    void framesArriveOnTheLoopInOrder() {
        DChannelInbox in = new DChannelInbox(loop, counters, 8);
        in.onReceive(f -> delivered.add((int) f[0]));
        in.offer(new byte[] {1, 0, 0});
        in.offer(new byte[] {2, 0, 0});
        assertTrue(delivered.isEmpty(), "nothing is delivered off the loop");
        loop.runDue();
        assertEquals(List.of(1, 2), delivered);
        assertEquals(2, counters.snapshot().received());
    }

    @Test
    void aFloodIsBoundedAndCounted() {
        DChannelInbox in = new DChannelInbox(loop, counters, 8);
        in.onReceive(f -> delivered.add((int) f[0]));
        for (int i = 0; i < 1000; i++) {
            in.offer(new byte[] {(byte) i, 0, 0});
        }
        assertEquals(8, in.waiting());
        assertEquals(992, counters.snapshot().overflow());
        assertEquals(1, loop.pending(), "one drain task, however many frames");
        loop.runDue();
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), delivered);
    }

    @Test
    void otherEventsRunBetweenBatches() {
        DChannelInbox in = new DChannelInbox(loop, counters, 100);
        List<String> order = new ArrayList<>();
        in.onReceive(f -> order.add("frame"));
        for (int i = 0; i < 40; i++) {
            in.offer(new byte[3]);
        }
        loop.execute(() -> order.add("timer"));
        loop.runDue();
        assertEquals(40, order.stream().filter("frame"::equals).count());
        int timer = order.indexOf("timer");
        assertEquals(DChannelInbox.BATCH, timer, "the timer ran right after the first batch: " + order);
    }

    @Test
    void framesOverN201AreDroppedAndCounted() {
        DChannelInbox in = new DChannelInbox(loop, counters);
        in.onReceive(f -> delivered.add(f.length));
        assertFalse(in.offer(new byte[DChannel.MAX_FRAME_OCTETS + 1]));
        assertTrue(in.offer(new byte[DChannel.MAX_FRAME_OCTETS]));
        loop.runDue();
        assertEquals(List.of(DChannel.MAX_FRAME_OCTETS), delivered);
        assertEquals(1, counters.snapshot().oversize());
        assertEquals(1, counters.snapshot().dropped());
    }

    @Test
    void signalChangesAreToldOnTheLoopOnce() {
        DChannelInbox in = new DChannelInbox(loop, counters);
        List<Boolean> told = new ArrayList<>();
        in.onSignal(told::add);
        in.signal(true);
        in.signal(true);
        assertFalse(in.signal());
        loop.runDue();
        assertTrue(in.signal());
        in.signal(false);
        loop.runDue();
        assertEquals(List.of(true, false), told);
    }
}
