package org.voipgw.fxs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.voipgw.fxs.signal.MediaSignalling;
import org.voipgw.fxs.sim.JclipPhoneReceiver;
import org.voipgw.fxs.sim.MediaPhoneSignals;
import org.voipgw.fxs.sim.PhoneWords;
import org.voipgw.fxs.sim.SimulatedPhone;
import org.voipgw.fxs.sim.WavPlayback;
import org.voipgw.hal.line.sim.SimulatedLineInterface;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.media.wav.WavFile;

class PhoneWordsTest {
    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 offhook", "4 onhook", "2 flash", "1 dial 0312345678", "1 dial 110 pulse", "1 dial *#A",
        "1 play dtmf.wav", "1 tone 1004", "1 tone off"})
    void goodActionsPass(String text) {
        assertEquals(Optional.empty(), PhoneWords.checkAction(words(text), 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 offhook", "x offhook", "1", "1 ring", "1 offhook now", "1 dial", "1 dial 12# pulse", "1 dial 12 fast",
        "1 dial 0x", "1 play a.mp3", "1 tone", "1 tone 5000", "1 tone loud"})
    void badActionsSayWhatIsValid(String text) {
        String error = PhoneWords.checkAction(words(text), 4).orElseThrow();
        assertTrue(error.contains("valid") || error.contains("takes") || error.contains("outside"), error);
    }

    @Test
    void actionsRunOnTheirPhoneAndProbesReadTheLine() {
        VirtualClock clock = new VirtualClock();
        SimulatedLineInterface wire = new SimulatedLineInterface(clock);
        FxsLine line = new FxsLine(1, clock, wire, FxsPortSettings.DEFAULT, MediaSignalling.forLine(), new FxsLineEvents() { });
        SimulatedPhone phone = new SimulatedPhone(1, clock, wire, new MediaPhoneSignals(), new JclipPhoneReceiver());
        short[] wav = new short[1600]; // 200 ms of silence: nothing the line takes for a digit
        List<String> read = new ArrayList<>();
        PhoneWords.runAction(words("1 offhook"), n -> phone, f -> {
            read.add(f);
            return wav;
        });
        clock.advance(Duration.ofMillis(200));
        PhoneWords.runAction(words("1 dial 117 pulse"), n -> phone, f -> wav);
        clock.advance(Duration.ofSeconds(5));
        assertEquals("117", PhoneWords.dialled(line));
        PhoneWords.runAction(words("1 play a.wav"), n -> phone, f -> {
            read.add(f);
            return wav;
        });
        assertEquals(List.of("a.wav"), read);
        assertEquals("off", PhoneWords.ringing(line));
        assertEquals("none", PhoneWords.callerId(phone));
        assertTrue(PhoneWords.tone(phone, "anything", (heard, expected) -> heard.length == 6 * 8000));
        assertEquals(Optional.empty(), PhoneWords.checkToneWord("ringback"));
        assertTrue(PhoneWords.checkToneWord("ring").isPresent());
    }

    @Test
    void aWavThatIsNotEightKilohertzMonoIsRefusedSayingWhatIsValid(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("notes.wav"), "not a wav".getBytes(StandardCharsets.US_ASCII));
        WavPlayback files = new WavPlayback(dir);
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> files.apply("notes.wav"));
        assertTrue(bad.getMessage().contains("8 kHz 16-bit mono") && bad.getMessage().contains("RIFF"), bad.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> files.apply("missing.wav"));
        assertTrue(missing.getMessage().contains("missing.wav"), missing.getMessage());
        WavFile.write(dir.resolve("tone.wav"), new short[] {1, -2, 3});
        assertArrayEquals(new short[] {1, -2, 3}, files.apply("tone.wav"));
    }
}
