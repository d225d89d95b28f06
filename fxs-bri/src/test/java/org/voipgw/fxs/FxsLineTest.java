package org.voipgw.fxs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.voipgw.fxs.signal.MediaSignalling;
import org.voipgw.fxs.sim.AnalyserToneJudge;
import org.voipgw.fxs.sim.JclipPhoneReceiver;
import org.voipgw.fxs.sim.MediaPhoneSignals;
import org.voipgw.fxs.sim.PhoneWords;
import org.voipgw.fxs.sim.PulseDialing;
import org.voipgw.fxs.sim.SimulatedPhone;
import org.voipgw.hal.line.Polarity;
import org.voipgw.hal.line.sim.LineSignal;
import org.voipgw.hal.line.sim.SimulatedLineInterface;
import org.voipgw.hal.time.VirtualClock;

/**
 * One port with real signals end to end, on virtual time: its simulated phone hears the line's tones
 * (judged by media's analyser), dials by DTMF (media's generator through the line's detector) and by
 * pulses, decodes ナンバー・ディスプレイ from the FSK the line sent, and talks through the line's audio path
 * to a far end on the call core's own tick.
 */
class FxsLineTest {
    private final VirtualClock clock = new VirtualClock();
    private final SimulatedLineInterface wire = new SimulatedLineInterface(clock);
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
        return new FxsLine(1, clock, wire, settings, MediaSignalling.forLine(), events);
    }

    private final FxsLine line = line(FxsPortSettings.DEFAULT);
    private final SimulatedPhone phone = new SimulatedPhone(1, clock, wire, new MediaPhoneSignals(), new JclipPhoneReceiver());

    private void run(long millis) {
        clock.advance(Duration.ofMillis(millis));
    }

    /** {@code expect tone phone 1 WORD}, with what was heard in the message when it fails. */
    private void assertHears(String word) {
        short[] heard = phone.heard(PhoneWords.TONE_WINDOW);
        assertTrue(new AnalyserToneJudge().matches(heard, word), "expected " + word + ", heard "
                + AnalyserToneJudge.describe(heard, word));
    }

    @Test
    void anOutgoingCallThroughDialToneRingbackTalkAndEndOfCall() {
        phone.offHook();
        run(1200);
        assertEquals(LineState.DIAL_TONE, line.state());
        assertHears("dial");

        phone.dialTones("0312345678");
        run(300);
        assertEquals(LineState.DIALLING, line.state());
        run(2000);
        assertEquals(LineState.CALLING, line.state());
        assertEquals(List.of(new DialledNumber("0312345678", Presentation.DEFAULT)), dialled);
        assertEquals("0312345678", line.lastDialled());
        run(1000);
        assertHears("silence");

        line.farRinging();
        run(6500);
        assertHears("ringback");

        FarEnd far = new FarEnd(clock, line.audio());
        line.farAnswered();
        assertEquals(LineState.TALKING, line.state());
        assertEquals(Polarity.REVERSED, wire.polarity(), "polarity reversed on answer");
        assertTrue(line.audio().echoCancelling());
        assertFalse(line.audio().jitterBufferFixed());

        line.farHungUp();
        run(3000);
        assertEquals(LineState.BUSY, line.state());
        assertHears("busy");
        assertEquals(Polarity.NORMAL, wire.polarity(), "polarity restored on disconnect");
        far.stop();

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
        quiet.farAnswered();
        assertEquals(LineState.TALKING, quiet.state());
        assertEquals(Polarity.NORMAL, wire.polarity());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1840312345678", "18609012345678", "0120123456", "117", "0570123456", "0800123456#"})
    void dtmfThroughTheLinesDetectorGivesTheNumberWithItsPrivacy(String keys) {
        phone.offHook();
        run(300);
        phone.dialTones(keys);
        run(keys.length() * 200L + 500);
        DialledNumber expected = keys.startsWith("184") ? new DialledNumber(keys.substring(3), Presentation.WITHHELD)
                : keys.startsWith("186") ? new DialledNumber(keys.substring(3), Presentation.PRESENTED)
                : new DialledNumber(keys.replace("#", ""), Presentation.DEFAULT);
        assertEquals(List.of(expected), dialled);
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
        // the detector confirms a key 30-40 ms after it starts, so the timer runs from then
        assertTrue(afterLastKey >= 4000 - 100 && afterLastKey <= 4100, "timeout after the last key: " + afterLastKey + " ms");
    }

    @Test
    void anInvalidNumberOrNoDigitEndsInBusyTone() {
        phone.offHook();
        run(200);
        phone.dialTones("0312");
        run(5000);
        assertEquals(LineState.BUSY, line.state());
        run(2500);
        assertHears("busy");
        assertTrue(dialled.isEmpty());

        phone.flash();
        run(1500);
        assertEquals(LineState.DIAL_TONE, line.state(), "a flash on busy tone gives a new dial tone");
        assertHears("dial");
        run(DigitCollector.FIRST_DIGIT_TIMEOUT.toMillis());
        assertEquals(LineState.BUSY, line.state(), "no digit for 20 s");
    }

    @Test
    void outOfServiceAnOffHookPhoneHearsBusyInsteadOfDialToneUntilServiceReturns() {
        line.inService(false);
        phone.offHook();
        run(3000);
        assertEquals(LineState.BUSY, line.state());
        assertHears("busy");
        phone.flash();
        run(1500);
        assertEquals(LineState.BUSY, line.state(), "a flash gives no dial tone while out of service");
        phone.onHook();
        run(500);
        line.inService(true);
        phone.offHook();
        run(1500);
        assertEquals(LineState.DIAL_TONE, line.state());
        assertHears("dial");
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
        line.farAnswered();
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
        line.farAnswered();
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
        run(3000);
        assertHears("busy");
    }

    @Test
    void incomingWithCallerIdFollowsNttsOrderThenRingsAndIsAnswered() {
        long t0 = clock.millis();
        assertTrue(line.offer(CallerIdentity.of("0312345678")));
        assertEquals(LineState.CALLER_ID_CAR, line.state());
        run(5000);
        assertEquals(Optional.of(CallerIdentity.of("0312345678")), phone.callerId(), "decoded from the line's FSK");
        assertEquals(LineState.RINGING, line.state());

        List<LineSignal> rings = wire.signals().stream()
                .filter(s -> s.kind() == LineSignal.Kind.RING_ON || s.kind() == LineSignal.Kind.RING_OFF).toList();
        assertEquals(new LineSignal(t0, LineSignal.Kind.RING_ON), rings.get(0), "CAR first");
        assertEquals(new LineSignal(t0 + 500, LineSignal.Kind.RING_OFF), rings.get(1), "a 0.5 s CAR burst");
        long ringingStarts = rings.get(2).atMillis();
        assertTrue(ringingStarts > t0 + 500 + CallerIdTiming.DEFAULT.dataDelay().toMillis(), "normal ringing only after the data");
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
    void withheldAndUnavailableCallersArriveAsTheirReasonCodes() {
        assertTrue(line.offer(CallerIdentity.withheld()));
        run(5000);
        assertEquals(Optional.of(CallerIdentity.withheld()), phone.callerId(), "reason code P");
        assertEquals("anonymous", PhoneWords.callerId(phone));
        line.farHungUp();
        // a ring burst cut short looks like CAR to the phone, which then listens for data for 5 s
        // (and the line then needs its hang-up time to see it back on-hook)
        run(SimulatedPhone.CALLER_ID_LISTEN.toMillis() + 2000);
        assertEquals(LineState.IDLE, line.state());
        assertTrue(line.offer(CallerIdentity.unavailable()));
        run(5000);
        assertEquals(Optional.of(CallerIdentity.unavailable()), phone.callerId(), "reason code O");
        assertEquals("unavailable", PhoneWords.callerId(phone));
    }

    @Test
    void withCallerIdOffThePortRingsNormallyAtOnce() {
        FxsLine plain = line(new FxsPortSettings("", false, JapaneseNumberingPlan.digitMap(), true));
        long t0 = clock.millis();
        plain.offer(CallerIdentity.of("0312345678"));
        run(3500);
        assertEquals(LineState.RINGING, plain.state());
        assertEquals(List.of(new LineSignal(t0, LineSignal.Kind.RING_ON), new LineSignal(t0 + 1000, LineSignal.Kind.RING_OFF),
                new LineSignal(t0 + 3000, LineSignal.Kind.RING_ON)), wire.signals().stream()
                        .filter(s -> s.kind() == LineSignal.Kind.RING_ON || s.kind() == LineSignal.Kind.RING_OFF).toList());
        assertTrue(phone.callerId().isEmpty());
    }

    @Test
    void aPhoneWithoutNumberDisplayGetsCarForSixSecondsThenRinging() {
        SimulatedPhone plainPhone = new SimulatedPhone(1, clock, wire, new MediaPhoneSignals(), null);
        line.offer(CallerIdentity.of("0312345678"));
        run(5900);
        assertEquals(LineState.CALLER_ID_CAR, line.state());
        run(200);
        assertEquals(LineState.RINGING, line.state());
        assertTrue(plainPhone.callerId().isEmpty());
    }

    @Test
    void aCallerWhoGivesUpStopsTheRinging() {
        line.offer(CallerIdentity.of("0312345678"));
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
        assertFalse(line.offer(CallerIdentity.of("0312345678")));
        assertEquals(LineState.DIAL_TONE, line.state());
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
