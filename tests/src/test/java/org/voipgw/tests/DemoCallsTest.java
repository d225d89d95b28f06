package org.voipgw.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.agent.assembly.RunningGateway;
import org.voipgw.boards.GatewayModel;
import org.voipgw.led.status.RegistrationState;
import org.voipgw.media.tone.ToneExpectation;
import org.voipgw.media.tone.ToneReport;
import org.voipgw.media.wav.WavFile;

/**
 * The demo's box makes and takes calls from its prompt's words, with no outside server: the embedded carrier
 * routes a call to its answering far end (1 s ring, then 1004 Hz over real RTP) and calls the box back; a Ⅲ's
 * phone reaches the same far end, and its line's audio is recorded as {@code demo --audio} does.
 */
class DemoCallsTest implements DrivesGateway {
    private RunningGateway gw;

    @AfterEach
    void stop() {
        if (gw != null) {
            gw.close();
        }
    }

    @Override
    public RunningGateway gateway() {
        return gw;
    }

    @Test
    void thePromptPlacesAndTakesACall() throws IOException {
        gw = RunningGateway.simulated(GatewayModel.VIII, Files.createTempDirectory("voipgw-demo-calls-"), Map.of(),
                InetSocketAddress.createUnresolved("127.0.0.1", 0));
        assertTrue(gw.notes().stream().anyMatch(n -> n.contains("pbx.call pri 0398765432")), gw.notes().toString());
        Waits.until("registered at the embedded carrier", 20,
                () -> read(d -> d.status().registration()) == RegistrationState.REGISTERED);
        act("pbx.call", "pri", "0398765432");
        Waits.until("the demo far end answers", 10, () -> probe("call", "pri").equals("active"));
        Waits.until("its 1004 Hz reaches the PBX", 10, () -> probe("tone", "pbx", "pri", "1004").equals("1004"));
        act("pbx.hangup", "pri");
        Waits.until("the call over", 10, () -> probe("calls").equals("0"));
        act("ip.call", "0312345678");
        Waits.until("the PBX rings", 10, () -> probe("call", "pri").equals("call-received"));
        act("pbx.answer", "pri");
        Waits.until("the far end's tone on the B channel", 10, () -> probe("tone", "pbx", "pri", "1004").equals("1004"));
        act("pbx.hangup", "pri");
        Waits.until("the call over", 10, () -> probe("calls").equals("0"));
    }

    @Test
    void aPhoneOfAIIIDemoCallsTheFarEndAndItsLineIsRecorded(@TempDir Path audio) throws IOException {
        gw = RunningGateway.simulated(GatewayModel.III, Files.createTempDirectory("voipgw-demo-fxs-"), Map.of(),
                InetSocketAddress.createUnresolved("127.0.0.1", 0));
        gw.recordAudioTo(audio, "demo");
        Waits.until("registered at the embedded carrier", 20,
                () -> read(d -> d.status().registration()) == RegistrationState.REGISTERED);
        act("phone", "1", "offhook");
        Waits.until("dial tone", 5, () -> probe("tone", "phone", "1", "dial").equals("dial"));
        act("phone", "1", "dial", "0398765432");
        Waits.until("the demo far end answers", 10, () -> probe("fxs", "1", "talking").equals("talking"));
        Waits.until("its 1004 Hz reaches the phone", 10, () -> probe("tone", "phone", "1", "1004").equals("1004"));
        act("phone", "1", "onhook");
        Waits.until("the call over", 10, () -> probe("calls").equals("0"));
        gw.close();
        gw = null;
        // the line's recording is written when the gateway closes; it ends with the far end's tone
        short[] toPhone = WavFile.read(audio.resolve("demo-fxs1-to-phone.wav"));
        ToneExpectation e = ToneExpectation.parse("1004");
        ToneReport end = e.judge(toPhone);
        assertTrue(e.matches(end), "the end of the line's recording: " + end.describe());
        assertTrue(Files.exists(audio.resolve("demo-fxs1-from-phone.wav")));
    }
}
