package org.voipgw.fxs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.fxs.signal.MediaSignalling;
import org.voipgw.fxs.sim.AnalyserToneJudge;
import org.voipgw.fxs.sim.JclipPhoneReceiver;
import org.voipgw.fxs.sim.MediaPhoneSignals;
import org.voipgw.fxs.sim.PhoneWords;
import org.voipgw.fxs.sim.SimulatedPhone;
import org.voipgw.fxs.sim.WavPlayback;
import org.voipgw.hal.line.sim.SimulatedLineInterface;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.media.SpandspJudge;
import org.voipgw.media.wav.WavFile;

/**
 * What the line sends and reads, judged by spandsp (media's outside judge, built from Debian's libspandsp-dev):
 * the ナンバー・ディスプレイ audio recorded on the wire decoded by {@code adsi_rx} (JCLIP), the tones the phone
 * heard measured by {@code super_tone_rx}, and spandsp's {@code dtmf_tx} played by the phone
 * ({@code phone 1 play FILE.wav}) read by the line's detector.
 */
class FxsSpandspTest {
    private final VirtualClock clock = new VirtualClock();
    private final SimulatedLineInterface wire = new SimulatedLineInterface(clock);
    private final List<DialledNumber> dialled = new ArrayList<>();
    private final FxsLine line = new FxsLine(1, clock, wire, FxsPortSettings.DEFAULT, MediaSignalling.forLine(), new FxsLineEvents() {
        @Override
        public void dialled(int port, DialledNumber number) {
            dialled.add(number);
        }
    });
    private final SimulatedPhone phone = new SimulatedPhone(1, clock, wire, new MediaPhoneSignals(), new JclipPhoneReceiver());
    /** Everything the line sent toward the phone, as the wire carried it (the {@code …-to-phone.wav} of a scenario). */
    private final ByteArrayOutputStream toPhone = new ByteArrayOutputStream();

    FxsSpandspTest() {
        wire.tap((atMillis, sent, heard) -> {
            ByteBuffer b = ByteBuffer.allocate(sent.length * 2).order(ByteOrder.LITTLE_ENDIAN);
            for (short s : sent) {
                b.putShort(s);
            }
            toPhone.writeBytes(b.array());
        });
    }

    private short[] recorded() {
        ByteBuffer b = ByteBuffer.wrap(toPhone.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        short[] out = new short[b.remaining() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getShort();
        }
        toPhone.reset();
        return out;
    }

    private void run(long millis) {
        clock.advance(Duration.ofMillis(millis));
    }

    private String callerIdAudioJudged(CallerIdentity caller, Path dir) throws Exception {
        assertTrue(line.offer(caller));
        run(5000);
        assertEquals(LineState.RINGING, line.state());
        short[] audio = recorded();
        WavFile.write(dir.resolve("callerid-to-phone.wav"), audio);
        String out = SpandspJudge.run("jclip", dir.resolve("callerid-to-phone.wav").toString());
        System.out.println("spandsp adsi_rx on the line's caller-ID audio (" + caller.scenarioWord() + ", " + audio.length
                + " samples): " + out.replace('\n', ';'));
        assertEquals(caller.scenarioWord(), PhoneWords.callerId(phone), "the simulated phone's receiver agrees");
        line.farHungUp();
        run(SimulatedPhone.CALLER_ID_LISTEN.toMillis() + 2000);
        return out;
    }

    @Test
    void spandspDecodesTheCallersNumberFromWhatTheLineSent(@TempDir Path dir) throws Exception {
        assertEquals("message 0x40\nfield 0x02 0312345678\nmessages 1\n", callerIdAudioJudged(CallerIdentity.of("0312345678"), dir));
    }

    @Test
    void spandspDecodesTheReasonCodesForWithheldAndUnavailable(@TempDir Path dir) throws Exception {
        assertEquals("message 0x40\nfield 0x04 P\nmessages 1\n", callerIdAudioJudged(CallerIdentity.withheld(), dir));
        assertEquals("message 0x40\nfield 0x04 O\nmessages 1\n", callerIdAudioJudged(CallerIdentity.unavailable(), dir));
    }

    @Test
    void spandspMeasuresTheLinesToneCadences(@TempDir Path dir) throws Exception {
        phone.offHook();
        recorded();
        run(3000);
        short[] dial = recorded();
        phone.dialTones("0312345678");
        run(2500);
        line.farRinging();
        recorded();
        run(10_000);
        short[] ringback = recorded();
        line.farAnswered();
        line.farHungUp();
        run(5000);
        short[] busy = recorded();

        SpandspJudge.Tones d = SpandspJudge.tones(dial, dir);
        SpandspJudge.Tones r = SpandspJudge.tones(ringback, dir);
        SpandspJudge.Tones b = SpandspJudge.tones(busy, dir);
        System.out.println("through the line, spandsp super_tone_rx: dial " + d + "; ringback " + r + "; busy (終話) " + b);
        System.out.println("through the line, our analyser: dial " + AnalyserToneJudge.describe(dial, "dial") + "; ringback "
                + AnalyserToneJudge.describe(ringback, "ringback") + "; busy " + AnalyserToneJudge.describe(busy, "busy"));
        assertEquals(List.of("dial"), d.tones());
        assertEquals(List.of("ringback"), r.tones());
        assertEquals(List.of("busy"), b.tones());
        r.interior(400).forEach(ms -> assertEquals(1000, ms, 25));
        r.interior(0).forEach(ms -> assertEquals(2000, ms, 25));
        assertTrue(b.interior(400).size() >= 3, b.toString());
        b.interior(400).forEach(ms -> assertEquals(500, ms, 25));
        b.interior(0).forEach(ms -> assertEquals(500, ms, 25));
    }

    @Test
    void spandspsDtmfPlayedByThePhoneIsDialled(@TempDir Path dir) throws Exception {
        SpandspJudge.run("dtmf-tx", "1860312345678", dir.resolve("keys.wav").toString());
        PhoneWords.runAction(List.of("1", "offhook"), n -> phone, new WavPlayback(dir));
        run(300);
        PhoneWords.runAction(List.of("1", "play", "keys.wav"), n -> phone, new WavPlayback(dir));
        run(5000);
        assertEquals(List.of(new DialledNumber("0312345678", Presentation.PRESENTED)), dialled);
        assertEquals("0312345678", PhoneWords.dialled(line));
    }
}
