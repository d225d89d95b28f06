package org.voipgw.hal.line.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.line.Pcm;
import org.voipgw.hal.line.Polarity;
import org.voipgw.hal.time.LateScheduler;
import org.voipgw.hal.time.VirtualClock;

class SimulatedLineInterfaceTest {
    private final VirtualClock clock = new VirtualClock();
    private final SimulatedLineInterface line = new SimulatedLineInterface(clock);

    /** A phone that always says {@code spoken} and notes when each frame it heard started, and its first sample. */
    private static final class ListeningPhone implements PhoneEnd {
        final short[] spoken;
        final List<Long> heardAt = new ArrayList<>();
        final List<Short> heardFirst = new ArrayList<>();

        ListeningPhone(short[] spoken) {
            this.spoken = spoken;
        }

        @Override
        public short[] speak() {
            return spoken.clone();
        }

        @Override
        public void hear(long atMillis, short[] toPhone) {
            heardAt.add(atMillis);
            heardFirst.add(toPhone[0]);
        }
    }

    @Test
    void hookEdgesReachTheListenerOncePerChange() {
        List<Boolean> edges = new ArrayList<>();
        line.listen(edges::add);
        line.phoneHook(true);
        line.phoneHook(true);
        line.phoneHook(false);
        assertEquals(List.of(true, false), edges);
        assertFalse(line.offHook());
    }

    @Test
    void ringingAndPolarityAreRecordedWithTheirTimes() {
        long t0 = clock.millis();
        line.ringOn(16);
        clock.advance(Duration.ofSeconds(1));
        line.ringOff();
        line.ringOff();
        line.polarity(Polarity.REVERSED);
        assertEquals(16, line.ringFrequencyHz());
        assertEquals(List.of(new LineSignal(t0, LineSignal.Kind.RING_ON), new LineSignal(t0 + 1000, LineSignal.Kind.RING_OFF),
                new LineSignal(t0 + 1000, LineSignal.Kind.POLARITY_REVERSED)), line.signals());
        assertThrows(IllegalArgumentException.class, () -> line.ringOn(0));
    }

    @Test
    void pcmExchangesOneFrameEachWayEvery20msUntilStopped() {
        short[] spoken = Pcm.silentFrame();
        spoken[0] = 1234;
        ListeningPhone phone = new ListeningPhone(spoken);
        List<Long> heardAt = phone.heardAt;
        List<Short> heardFirst = phone.heardFirst;
        line.attach(phone);
        List<Short> received = new ArrayList<>();
        long t0 = clock.millis();
        line.startPcm(from -> {
            received.add(from[0]);
            short[] out = Pcm.silentFrame();
            out[0] = (short) received.size();
            return out;
        });
        assertTrue(line.pcmRunning());
        clock.advance(Duration.ofMillis(100));
        line.stopPcm();
        clock.advance(Duration.ofMillis(100));
        assertEquals(5, received.size());
        assertEquals(List.of((short) 1234, (short) 1234, (short) 1234, (short) 1234, (short) 1234), received);
        assertEquals(List.of(t0, t0 + 20, t0 + 40, t0 + 60, t0 + 80), heardAt);
        assertEquals(List.of((short) 1, (short) 2, (short) 3, (short) 4, (short) 5), heardFirst);
        assertFalse(line.pcmRunning());
    }

    @Test
    void framesAreStampedByTheLinesOwnClockWhenTheTicksComeLate() {
        LateScheduler late = new LateScheduler(clock);
        SimulatedLineInterface lateLine = new SimulatedLineInterface(late);
        ListeningPhone phone = new ListeningPhone(Pcm.silentFrame());
        List<Long> heardAt = phone.heardAt;
        lateLine.attach(phone);
        long t0 = clock.millis();
        late.lateness = 7; // every tick 7 ms late: stamped by the tick, frames would start at 7, 27, 47 …
        lateLine.startPcm(from -> Pcm.silentFrame());
        clock.advance(Duration.ofMillis(87));
        assertEquals(List.of(t0, t0 + 20, t0 + 40, t0 + 60), heardAt);
        late.nextLate = 1000; // a stall longer than the resync bound: the line's clock starts again from the tick
        clock.advance(Duration.ofMillis(1067));
        // the tick armed before the stall still comes (frame 80 ms); the next comes at 1,127 ms, starting the
        // clock again at 1,107 ms; the following tick (1,154 ms, 7 ms late again) is stamped 20 ms after that
        assertEquals(List.of(t0, t0 + 20, t0 + 40, t0 + 60, t0 + 80, t0 + 1107, t0 + 1127), heardAt);
    }

    @Test
    void aWrongFrameSizeIsRefusedWithWhatIsValid() {
        line.startPcm(from -> new short[10]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofMillis(20)));
        assertTrue(e.getMessage().contains("160"), e.getMessage());
    }
}
