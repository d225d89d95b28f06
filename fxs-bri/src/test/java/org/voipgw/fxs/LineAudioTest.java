package org.voipgw.fxs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.voipgw.fxs.signal.MediaSignalling;
import org.voipgw.hal.line.Pcm;
import org.voipgw.hal.line.sim.PhoneEnd;
import org.voipgw.hal.line.sim.SimulatedLineInterface;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.media.level.Dbm0;
import org.voipgw.media.level.Gain;
import org.voipgw.media.tone.SineOscillator;

/**
 * A port's talk path measured end to end on virtual time: the phone on one side of the simulated line, the
 * call core's media tick on the other ({@link FarEnd}). The gains of guide 5003, the echo canceller against
 * a simulated hybrid, and FAX tones switching the path to FAX.
 */
class LineAudioTest {
    private final VirtualClock clock = new VirtualClock();
    private final SimulatedLineInterface wire = new SimulatedLineInterface(clock);
    private final FxsLine line = new FxsLine(1, clock, wire, new FxsPortSettings("", false, JapaneseNumberingPlan.digitMap(), true),
            MediaSignalling.forLine(), new FxsLineEvents() { });
    private final Telephone phone = new Telephone();
    private FarEnd far;

    /**
     * The phone end of the wire: it sends what it is given, and returns an echo of what it heard, as a 2-to-4
     * wire hybrid does — 10 dB down (G.168's typical ERL) and smeared over a few ms — one frame (20 ms) later.
     */
    private static final class Telephone implements PhoneEnd {
        final Deque<short[]> microphone = new ArrayDeque<>();
        final double[] hybrid = {0, 0, 0.2, 0.12, -0.08, 0.04};
        double[] lastHeard = new double[Pcm.FRAME_SAMPLES + 8];
        short[] lastEcho = Pcm.silentFrame();
        boolean echoes;
        final short[] heardRecently = new short[8000];
        final short[] echoRecently = new short[8000];

        @Override
        public short[] speak() {
            short[] frame = microphone.isEmpty() ? Pcm.silentFrame() : microphone.poll();
            if (echoes) {
                for (int i = 0; i < frame.length; i++) {
                    frame[i] = Gain.saturate(frame[i] + lastEcho[i]);
                }
            }
            shift(echoRecently, lastEcho);
            return frame;
        }

        @Override
        public void hear(long atMillis, short[] toPhone) {
            shift(heardRecently, toPhone);
            double[] x = new double[Pcm.FRAME_SAMPLES + 8];
            System.arraycopy(lastHeard, Pcm.FRAME_SAMPLES, x, 0, 8);
            for (int i = 0; i < toPhone.length; i++) {
                x[8 + i] = toPhone[i];
            }
            short[] echo = Pcm.silentFrame();
            for (int n = 0; n < echo.length; n++) {
                double y = 0;
                for (int k = 0; k < hybrid.length; k++) {
                    y += hybrid[k] * x[8 + n - k];
                }
                echo[n] = Gain.saturate(Math.round(y));
            }
            lastHeard = x;
            lastEcho = echo;
        }

        void say(short[] samples) {
            for (int i = 0; i + Pcm.FRAME_SAMPLES <= samples.length; i += Pcm.FRAME_SAMPLES) {
                microphone.add(Arrays.copyOfRange(samples, i, i + Pcm.FRAME_SAMPLES));
            }
        }

        private static void shift(short[] recent, short[] frame) {
            System.arraycopy(recent, frame.length, recent, 0, recent.length - frame.length);
            System.arraycopy(frame, 0, recent, recent.length - frame.length, frame.length);
        }
    }

    private void run(long millis) {
        clock.advance(Duration.ofMillis(millis));
    }

    /** An incoming call answered: the line is TALKING and the call core's media ticks. */
    private void talking() {
        wire.attach(phone);
        assertTrue(line.offer(CallerIdentity.of("0312345678")));
        run(500);
        wire.phoneHook(true);
        run(200);
        assertEquals(LineState.TALKING, line.state());
        far = new FarEnd(clock, line.audio());
    }

    private static short[] sine(double hz, double dbm0, int ms) {
        return new SineOscillator(hz, dbm0).render(ms);
    }

    @Test
    void aZeroDbm0ToneFromThePhoneReachesTheCallAtMinus4Db() {
        talking();
        phone.say(sine(1004, 0, 3000));
        run(2000);
        double level = Dbm0.measure(far.heard(1000));
        System.out.printf(Locale.ROOT, "send path: 0 dBm0 1004 Hz from the phone reaches the call at %.3f dBm0%n", level);
        assertEquals(-4, level, 0.5);
    }

    @Test
    void aZeroDbm0ToneFromTheFarEndReachesThePhoneAtMinus12Db() {
        talking();
        SineOscillator tone = new SineOscillator(1004, 0);
        far.speak(frame -> {
            tone.fill(frame, 0, frame.length);
            return true;
        });
        run(2000);
        double level = Dbm0.measure(phone.heardRecently);
        System.out.printf(Locale.ROOT, "receive path: 0 dBm0 1004 Hz from the far end reaches the phone at %.3f dBm0%n", level);
        assertEquals(-12, level, 0.5);
    }

    @Test
    void theEchoCancellerRemovesTheHybridsEchoOfTheFarEnd() {
        talking();
        phone.echoes = true;
        Random random = new Random(11);
        far.speak(frame -> {
            // far-end "speech": noise at about −10 dBm0 (NLMS learns from any broadband signal)
            for (int i = 0; i < frame.length; i++) {
                frame[i] = (short) Math.round(random.nextGaussian() * Dbm0.ZERO_DBM0_RMS * Math.pow(10, -10 / 20.0));
            }
            return true;
        });
        run(4000);
        double echo = Dbm0.measure(phone.echoRecently);
        double residual = Dbm0.measure(far.heard(1000)) - Gain.FXS_ANALOG_SEND.db();
        double erle = echo - residual;
        System.out.printf(Locale.ROOT, "echo canceller through the line: echo %.1f dBm0, residual %.1f dBm0, ERLE %.1f dB after 4 s%n",
                echo, residual, erle);
        assertTrue(line.audio().echoCancelling());
        assertEquals("", line.audio().modeNote());
        assertTrue(erle >= 20, "ERLE " + erle + " dB");
    }

    @Test
    void cngFromThePhoneSwitchesTheCallToFax() {
        talking();
        phone.echoes = true;
        short[] cng = new short[8000 * 4]; // T.30 CNG: 1100 Hz, 0.5 s on, 3 s off
        System.arraycopy(sine(1100, -10, 500), 0, cng, 0, 4000);
        phone.say(cng);
        run(400);
        assertEquals(LineState.TALKING, line.state(), "not before the burst has ended");
        run(600);
        assertEquals(LineState.FAX, line.state());
        assertFalse(line.audio().echoCancelling());
        assertTrue(line.audio().jitterBufferFixed());
        assertEquals("FAX (FAX)", line.state().label());
        assertTrue(line.audio().modeNote().contains("jitter buffer fixed"), line.audio().modeNote());
    }

    @Test
    void cedFromTheFarEndSwitchesTheCallToFaxAndTheAudioStillFlows() {
        talking();
        SineOscillator ced = new SineOscillator(2100, -10);
        far.speak(frame -> {
            ced.fill(frame, 0, frame.length);
            return true;
        });
        run(1000);
        assertEquals(LineState.FAX, line.state());
        assertFalse(line.audio().echoCancelling());
        assertEquals(-22, Dbm0.measure(phone.heardRecently, 4000, 4000), 0.5, "the modem signal reaches the FAX machine, −12 dB");
        phone.say(sine(1800, 0, 1000));
        run(600);
        assertEquals(-4, Dbm0.measure(far.heard(400)), 0.5, "and the machine's signal the call, −4 dB, not cancelled");
    }

    @Test
    void outsideACallTheFarEndIsNotHeardAndNothingIsSent() {
        wire.attach(phone);
        wire.phoneHook(true);
        run(300);
        assertEquals(LineState.DIAL_TONE, line.state());
        far = new FarEnd(clock, line.audio());
        SineOscillator tone = new SineOscillator(1004, 0);
        far.speak(frame -> {
            tone.fill(frame, 0, frame.length);
            return true;
        });
        phone.say(sine(1004, 0, 1000));
        run(1000);
        assertEquals(Double.NEGATIVE_INFINITY, Dbm0.measure(far.heard(800)), "nothing goes to the call before it is connected");
        assertEquals(-19, Dbm0.measure(phone.heardRecently, 4000, 4000), 0.2, "the phone hears dial tone, not the far end");
    }

    @Test
    void framesOfTheWrongSizeAreRefusedWithWhatIsValid() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> line.audio().toLine(new short[80]));
        assertTrue(e.getMessage().contains("160"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> line.audio().fromLine(new short[161]));
    }
}
