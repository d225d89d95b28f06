package org.voipgw.fxs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.voipgw.fxs.sim.PulseDialing;
import org.voipgw.fxs.sim.SimulatedPhone;
import org.voipgw.hal.line.LineInterface.PcmExchange;
import org.voipgw.hal.line.Polarity;
import org.voipgw.hal.line.sim.LineSignal;
import org.voipgw.hal.line.sim.SimulatedLineInterface;
import org.voipgw.hal.time.VirtualClock;

/** One port, its simulated phone and a recording call core, on virtual time. */
class FxsLineTest {
    private final VirtualClock clock = new VirtualClock();
    private final SimulatedLineInterface wire = new SimulatedLineInterface(clock);
    private final MarkerSignals signals = new MarkerSignals();
    private final List<String> core = new ArrayList<>();
    private final List<DialledNumber> dialled = new ArrayList<>();
    private final FxsLineEvents events = new FxsLineEvents() {
        @Override
        public void dialled(int port, DialledNumber number) {
            dialled.add(number);
            core.add("dialled " + number.digits() + "@" + clock.millis());
        }

        @Override
        public void answered(int port) {
            core.add("answered");
        }

        @Override
        public void hungUp(int port) {
            core.add("hungUp");
        }

        @Override
        public void flash(int port) {
            core.add("flash");
        }
    };

    private FxsLine line(FxsPortSettings settings) {
        return new FxsLine(1, clock, wire, settings, new LineSignalling(signals, new MarkerSignals.Detector(), signals), events);
    }

    private final FxsLine line = line(FxsPortSettings.DEFAULT);
    private final SimulatedPhone phone = new SimulatedPhone(1, clock, wire, signals, new MarkerSignals.Receiver());

    private void run(long millis) {
        clock.advance(Duration.ofMillis(millis));
    }

    /** What the phone heard over 100 ms ending 40 ms ago (the newest frame may be in flight), if one marker throughout. */
    private short hears() {
        short[] h = Arrays.copyOf(phone.heard(Duration.ofMillis(140)), 800);
        short first = h[0];
        return Arrays.stream(toInts(h)).allMatch(v -> v == first) ? first : -1;
    }

    private static int[] toInts(short[] s) {
        int[] out = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = s[i];
        }
        return out;
    }

    /** A far end that echoes what the phone says, for checking the talk path. */
    private static final PcmExchange ECHO = from -> from.clone();

    @Test
    void anOutgoingCallThroughDialToneRingbackTalkAndEndOfCall() {
        phone.offHook();
        run(200);
        assertEquals(LineState.DIAL_TONE, line.state());
        assertEquals(MarkerSignals.DIAL, hears());

        phone.dialTones("0312345678");
        run(300);
        assertEquals(LineState.DIALLING, line.state());
        assertEquals(0, hears(), "dial tone stops at the first digit");
        run(2000);
        assertEquals(LineState.CALLING, line.state());
        assertEquals(List.of(new DialledNumber("0312345678", Presentation.DEFAULT)), dialled);
        assertEquals("0312345678", line.lastNumber());

        line.farRinging();
        run(200);
        assertEquals(MarkerSignals.RINGBACK, hears());

        line.farAnswered(ECHO);
        phone.tone(1004);
        run(200);
        assertEquals(LineState.TALKING, line.state());
        assertEquals(4000 + 1004, hears(), "the talk path carries the phone's audio both ways");
        assertEquals(Polarity.REVERSED, wire.polarity(), "polarity reversed on answer");

        line.farHungUp();
        run(200);
        assertEquals(LineState.BUSY, line.state());
        assertEquals(MarkerSignals.BUSY, hears(), "終話: busy tone after the far end hung up");
        assertEquals(Polarity.NORMAL, wire.polarity(), "polarity restored on disconnect");

        phone.onHook();
        run(1500);
        assertEquals(LineState.IDLE, line.state());
        assertFalse(wire.pcmRunning());
        assertFalse(core.contains("hungUp"), "the call had already ended");
    }

    @Test
    void polarityStaysWhenThePortSaysSo() {
        FxsLine quiet = line(new FxsPortSettings("", true, JapaneseNumberingPlan.digitMap(), false));
        phone.offHook();
        run(200);
        phone.dialTones("110");
        run(1000);
        quiet.farAnswered(ECHO);
        assertEquals(LineState.TALKING, quiet.state());
        assertEquals(Polarity.NORMAL, wire.polarity());
    }

    @ParameterizedTest(name = "{0} pps")
    @ValueSource(ints = {10, 20})
    void pulseDiallingIsCollectedLikeDtmf(int pps) {
        phone.offHook();
        run(300);
        phone.dialPulses("1840312345678", pps == 10 ? PulseDialing.ROTARY_10PPS : PulseDialing.PUSH_BUTTON_20PPS);
        run(30_000);
        assertEquals(List.of(new DialledNumber("0312345678", Presentation.WITHHELD)), dialled);
        assertEquals(LineState.CALLING, line.state());
    }

    @Test
    void internationalEndsFourSecondsAfterTheLastDigit() {
        phone.offHook();
        run(200);
        phone.dialTones("01014155550100");
        long lastKeyEnds = clock.millis() + 14 * 200;
        run(10_000);
        assertEquals(1, dialled.size());
        long at = Long.parseLong(core.get(0).substring(core.get(0).indexOf('@') + 1));
        long afterLastKey = at - (lastKeyEnds - 200);
        assertTrue(afterLastKey >= 4000 && afterLastKey <= 4100, "timeout after the last key: " + afterLastKey + " ms");
    }

    @Test
    void anInvalidNumberOrNoDigitEndsInBusyTone() {
        phone.offHook();
        run(200);
        phone.dialTones("0312");
        run(5000);
        assertEquals(LineState.BUSY, line.state());
        assertEquals(MarkerSignals.BUSY, hears());
        assertTrue(dialled.isEmpty());

        phone.flash();
        run(1000);
        assertEquals(LineState.DIAL_TONE, line.state(), "a flash on busy tone gives a new dial tone");
        run(DigitCollector.FIRST_DIGIT_TIMEOUT.toMillis());
        assertEquals(LineState.BUSY, line.state(), "no digit for 20 s");
    }

    @Test
    void aFlashWhileDiallingStartsAgainAndWhileTalkingGoesToTheCallCore() {
        phone.offHook();
        run(200);
        phone.dialTones("03");
        run(1000);
        phone.flash();
        run(1000);
        assertEquals(LineState.DIAL_TONE, line.state());
        phone.dialTones("117");
        run(1000);
        assertEquals(List.of(new DialledNumber("117", Presentation.DEFAULT)), dialled, "the digits before the flash are gone");
        line.farAnswered(ECHO);
        phone.flash();
        run(1000);
        assertEquals(LineState.TALKING, line.state());
        assertTrue(core.contains("flash"));
    }

    @Test
    void hangingUpDuringACallTellsTheCallCore() {
        phone.offHook();
        run(200);
        phone.dialTones("119");
        run(1000);
        line.farAnswered(ECHO);
        phone.onHook();
        run(500);
        assertEquals(LineState.TALKING, line.state(), "on-hook shorter than a hang-up is not yet one");
        run(600);
        assertEquals(LineState.IDLE, line.state());
        assertEquals(Polarity.NORMAL, wire.polarity());
        assertTrue(core.contains("hungUp"));
    }

    @Test
    void farBusyGivesBusyTone() {
        phone.offHook();
        run(200);
        phone.dialTones("09012345678");
        run(3000);
        line.farBusy();
        run(200);
        assertEquals(MarkerSignals.BUSY, hears());
    }

    @Test
    void incomingWithCallerIdFollowsNttsOrderThenRingsAndIsAnswered() {
        long t0 = clock.millis();
        assertTrue(line.offer(CallerIdentity.of("0312345678"), ECHO));
        assertEquals(LineState.CALLER_ID_CAR, line.state());
        run(5000);
        assertEquals(Optional.of(CallerIdentity.of("0312345678")), phone.callerId());
        assertEquals(LineState.RINGING, line.state());

        List<LineSignal> rings = wire.signals().stream()
                .filter(s -> s.kind() == LineSignal.Kind.RING_ON || s.kind() == LineSignal.Kind.RING_OFF).toList();
        assertEquals(new LineSignal(t0, LineSignal.Kind.RING_ON), rings.get(0), "CAR first");
        assertEquals(new LineSignal(t0 + 500, LineSignal.Kind.RING_OFF), rings.get(1), "a 0.5 s CAR burst");
        long ringingStarts = rings.get(2).atMillis();
        assertTrue(ringingStarts > t0 + 500 + 300, "normal ringing only after the data");
        assertEquals(16, wire.ringFrequencyHz());

        run(6000);
        List<LineSignal> normal = wire.signals().stream().filter(s -> s.atMillis() >= ringingStarts)
                .filter(s -> s.kind() == LineSignal.Kind.RING_ON || s.kind() == LineSignal.Kind.RING_OFF).toList();
        assertEquals(ringingStarts + 1000, normal.get(1).atMillis(), "1 s on");
        assertEquals(ringingStarts + 3000, normal.get(2).atMillis(), "2 s off");
        assertTrue(phone.bellRinging());

        phone.offHook();
        run(100);
        assertEquals(LineState.TALKING, line.state());
        assertEquals(List.of("answered"), core);
        assertFalse(wire.ringing());
    }

    @Test
    void aWithheldCallerIsShownAsSuch() {
        line.offer(CallerIdentity.withheld(), ECHO);
        run(5000);
        assertEquals("anonymous", phone.callerId().orElseThrow().scenarioWord());
    }

    @Test
    void withCallerIdOffThePortRingsNormallyAtOnce() {
        FxsLine plain = line(new FxsPortSettings("", false, JapaneseNumberingPlan.digitMap(), true));
        long t0 = clock.millis();
        plain.offer(CallerIdentity.of("0312345678"), ECHO);
        run(3500);
        assertEquals(LineState.RINGING, plain.state());
        assertEquals(List.of(new LineSignal(t0, LineSignal.Kind.RING_ON), new LineSignal(t0 + 1000, LineSignal.Kind.RING_OFF),
                new LineSignal(t0 + 3000, LineSignal.Kind.RING_ON)), wire.signals().stream()
                        .filter(s -> s.kind() == LineSignal.Kind.RING_ON || s.kind() == LineSignal.Kind.RING_OFF).toList());
        assertTrue(phone.callerId().isEmpty());
    }

    @Test
    void aPhoneWithoutNumberDisplayGetsCarForSixSecondsThenRinging() {
        SimulatedPhone plainPhone = new SimulatedPhone(1, clock, wire, signals, null);
        line.offer(CallerIdentity.of("0312345678"), ECHO);
        run(5900);
        assertEquals(LineState.CALLER_ID_CAR, line.state());
        run(200);
        assertEquals(LineState.RINGING, line.state());
        assertTrue(plainPhone.callerId().isEmpty());
    }

    @Test
    void aCallerWhoGivesUpStopsTheRinging() {
        line.offer(CallerIdentity.of("0312345678"), ECHO);
        run(6000);
        line.farHungUp();
        assertEquals(LineState.IDLE, line.state());
        assertFalse(wire.ringing());
        run(10_000);
        assertFalse(wire.ringing());
    }

    @Test
    void aPortInUseRefusesAnOffer() {
        phone.offHook();
        run(200);
        assertFalse(line.offer(CallerIdentity.of("0312345678"), ECHO));
        assertEquals(LineState.DIAL_TONE, line.state());
    }

    @Test
    void faxIsShownOnTheLine() {
        line.offer(CallerIdentity.of("0312345678"), ECHO);
        run(5000);
        phone.offHook();
        run(100);
        line.fax();
        assertEquals(LineState.FAX, line.state());
        short[] sent = new short[160];
        Arrays.fill(sent, (short) 777);
        phone.play(sent);
        run(100);
        assertTrue(Arrays.stream(toInts(phone.heard(Duration.ofMillis(100)))).anyMatch(v -> v == 777), "FAX audio still flows");
    }

    @Test
    void thePhoneRefusesToDialOnHookWithAClearMessage() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> phone.dialTones("110"));
        assertTrue(e.getMessage().contains("phone 1 offhook"), e.getMessage());
        phone.offHook();
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> phone.dialPulses("12#", PulseDialing.ROTARY_10PPS));
        assertTrue(bad.getMessage().contains("'#'"), bad.getMessage());
        assertArrayEquals(new short[0], phone.heard(Duration.ZERO));
    }
}
