package org.voipgw.fxs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.voipgw.fxs.signal.MediaSignalling;
import org.voipgw.fxs.sim.JclipPhoneReceiver;
import org.voipgw.fxs.sim.MediaPhoneSignals;
import org.voipgw.fxs.sim.PulseDialing;
import org.voipgw.fxs.sim.SimulatedPhone;
import org.voipgw.hal.line.Polarity;
import org.voipgw.hal.line.sim.SimulatedLineInterface;
import org.voipgw.hal.time.VirtualClock;

/**
 * Random interleavings of what the phone and the far end do, in virtual time: nothing throws, and once
 * both sides have hung up every line ends idle — no ringing, no PCM, normal polarity, no call.
 */
class FxsLineRandomTest {
    /** 300 sequences: with real signals (DTMF, FSK, the talk path) they take about 7 s here (measured). */
    private static final int SEQUENCES = 300;
    private static final MediaPhoneSignals SIGNALS = new MediaPhoneSignals();

    @Test
    void everySequenceEndsIdle() {
        Random random = new Random(20261130);
        for (int run = 0; run < SEQUENCES; run++) {
            List<String> trace = new ArrayList<>();
            VirtualClock clock = new VirtualClock();
            SimulatedLineInterface wire = new SimulatedLineInterface(clock);
            boolean callerId = random.nextBoolean();
            FxsLine line = new FxsLine(1, clock, wire, new FxsPortSettings("", callerId, JapaneseNumberingPlan.digitMap(), true),
                    MediaSignalling.forLine(), new FxsLineEvents() { });
            SimulatedPhone phone = new SimulatedPhone(1, clock, wire, SIGNALS, random.nextBoolean() ? new JclipPhoneReceiver() : null);
            try {
                for (int step = 0; step < 30; step++) {
                    String what = act(random, line, phone);
                    long wait = random.nextInt(4) == 0 ? random.nextInt(8000) : random.nextInt(400);
                    trace.add(what + " +" + wait);
                    clock.advance(Duration.ofMillis(wait));
                }
                phone.onHook();
                line.farHungUp();
                clock.advance(Duration.ofSeconds(10));
            } catch (RuntimeException e) {
                throw new AssertionError("run " + run + " threw after " + trace, e);
            }
            String where = "run " + run + ": " + trace;
            assertEquals(LineState.IDLE, line.state(), where);
            assertFalse(wire.ringing(), where);
            assertFalse(wire.pcmRunning(), where);
            assertEquals(Polarity.NORMAL, wire.polarity(), where);
            assertFalse(line.state().hasCall(), where);
        }
    }

    private static String act(Random random, FxsLine line, SimulatedPhone phone) {
        int pick = random.nextInt(13);
        switch (pick) {
            case 0 -> phone.offHook();
            case 1 -> phone.onHook();
            case 2 -> {
                if (!phone.handsetLifted()) {
                    return "flash skipped";
                }
                phone.flash();
            }
            case 3 -> {
                if (!phone.handsetLifted()) {
                    return "dial skipped";
                }
                phone.dialTones(List.of("110", "0312345678", "09012345678", "0312", "184117", "010441").get(random.nextInt(6)));
            }
            case 4 -> {
                if (!phone.handsetLifted()) {
                    return "pulse skipped";
                }
                phone.dialPulses(random.nextBoolean() ? "119" : "0312345678",
                        random.nextBoolean() ? PulseDialing.ROTARY_10PPS : PulseDialing.PUSH_BUTTON_20PPS);
            }
            case 5, 6 -> line.offer(random.nextBoolean() ? CallerIdentity.of("0312345678") : CallerIdentity.withheld());
            case 7 -> line.farRinging();
            case 8 -> line.farAnswered();
            case 9 -> line.farBusy();
            case 10 -> line.farHungUp();
            case 11 -> line.fax();
            default -> phone.tone(random.nextBoolean() ? 1004 : 0);
        }
        return "action " + pick;
    }
}
