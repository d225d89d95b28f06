package org.voipgw.agent.callmedia;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.voipgw.hal.time.VirtualClock;

/** What a recording keeps of frames stamped by their sender's own clock, whenever they are delivered. */
class RecordingTest {
    private final VirtualClock clock = new VirtualClock();
    private final long t0 = clock.millis();
    private final Recording recording = new Recording(clock);

    private static short[] frame(int value) {
        short[] f = new short[160];
        Arrays.fill(f, (short) value);
        return f;
    }

    @Test
    void framesDeliveredLateOrInABurstFollowEachOtherWithoutSilence() {
        recording.keepAll();
        recording.add(t0, frame(1));
        clock.advance(Duration.ofMillis(90)); // the next three frames are delivered 70 ms late, all at once
        recording.add(t0 + 20, frame(2));
        recording.add(t0 + 40, frame(3));
        recording.add(t0 + 60, frame(4));
        short[] all = recording.all();
        assertEquals(4 * 160, all.length);
        assertArrayEquals(frame(4), Arrays.copyOfRange(all, 480, 640));
        assertEquals(0, Arrays.stream(toInts(all)).filter(s -> s == 0).count(), "no silence cut in");
    }

    @Test
    void aGapInTheSendersClockIsSilence() {
        recording.keepAll();
        recording.add(t0, frame(1));
        clock.advance(Duration.ofSeconds(1));
        recording.add(t0 + 1000, frame(2)); // the PCM stopped after the first frame and ran again 980 ms later
        short[] all = recording.all();
        assertEquals(160 + 980 * 8 + 160, all.length);
        assertEquals(0, all[160]);
        assertEquals(2, all[all.length - 1]);
    }

    private static int[] toInts(short[] s) {
        int[] out = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = s[i];
        }
        return out;
    }
}
