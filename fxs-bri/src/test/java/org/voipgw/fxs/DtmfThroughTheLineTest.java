package org.voipgw.fxs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.fxs.signal.MediaSignalling;
import org.voipgw.fxs.sim.MediaPhoneSignals;
import org.voipgw.fxs.sim.SimulatedPhone;
import org.voipgw.hal.line.sim.SimulatedLineInterface;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.media.dtmf.DtmfGenerator;

/**
 * ITU-T Q.24 practice measured through a port: a key played by the phone (media's generator, any duration,
 * level or frequency offset) either starts the dialling (the line leaves dial tone) or not. The limits are
 * the detector's; this shows the line hands it the phone's audio unchanged and frame-aligned.
 */
class DtmfThroughTheLineTest {

    /** Whether the line took a '5' of these properties for a digit. */
    private static boolean dialled(int toneMs, double lowDbm0, double highDbm0, double offset) {
        VirtualClock clock = new VirtualClock();
        SimulatedLineInterface wire = new SimulatedLineInterface(clock);
        FxsLine line = new FxsLine(1, clock, wire, FxsPortSettings.DEFAULT, MediaSignalling.forLine(), new FxsLineEvents() { });
        SimulatedPhone phone = new SimulatedPhone(1, clock, wire, new MediaPhoneSignals(), null);
        phone.offHook();
        clock.advance(Duration.ofMillis(300));
        short[] key = new short[(toneMs + 200) * 8];
        DtmfGenerator.renderPair(key, 800, toneMs * 8, 770 * (1 + offset), 1336 * (1 + offset), lowDbm0, highDbm0);
        phone.play(key);
        clock.advance(Duration.ofMillis(toneMs + 400));
        return line.state() == LineState.DIALLING;
    }

    @Test
    void durationEdge() {
        List<Integer> accepted = new ArrayList<>();
        for (int ms = 20; ms <= 60; ms += 5) {
            if (dialled(ms, -9, -7, 0)) {
                accepted.add(ms);
            }
        }
        System.out.println("DTMF through the line: key durations accepted (20-60 ms, 5 ms steps): " + accepted);
        assertTrue(accepted.contains(40) && accepted.contains(60), "Q.24: 40 ms accepted; " + accepted);
        assertFalse(accepted.contains(20), "20 ms rejected; " + accepted);
    }

    @Test
    void frequencyEdges() {
        List<Double> accepted = new ArrayList<>();
        for (int tenths = -40; tenths <= 40; tenths += 5) {
            if (dialled(100, -9, -7, tenths / 1000.0)) {
                accepted.add(tenths / 10.0);
            }
        }
        System.out.println("DTMF through the line: offsets accepted (%, both tones shifted, 0.5 % steps): " + accepted);
        for (double must : new double[] {-1.5, -1.0, 0, 1.0, 1.5}) {
            assertTrue(accepted.contains(must), must + " % must be accepted (Q.24)");
        }
        for (double mustNot : new double[] {-4.0, -3.5, 3.5, 4.0}) {
            assertFalse(accepted.contains(mustNot), mustNot + " % must be rejected (Q.24)");
        }
    }

    @Test
    void levelAndTwist() {
        assertTrue(dialled(100, -25, -25, 0), "−25 dBm0 per tone");
        assertFalse(dialled(100, -35, -35, 0), "−35 dBm0 per tone is below the floor");
        assertTrue(dialled(100, -13, -7, 0), "6 dB forward twist");
        assertFalse(dialled(100, -3, -15, 0), "12 dB reverse twist");
    }
}
