package org.voipgw.agent.fxs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voipgw.agent.assembly.DeviceAssembly;
import org.voipgw.agent.device.Device;
import org.voipgw.boards.GatewayModel;
import org.voipgw.hal.line.Pcm;
import org.voipgw.hal.time.VirtualClock;
import org.voipgw.media.tone.ToneExpectation;
import org.voipgw.media.tone.ToneReport;
import org.voipgw.media.wav.WavFile;

/**
 * A running Ⅲ asked to record its FXS lines (a running gateway's {@code demo --audio}, the real-peer tests)
 * records from that moment, once however often it is asked, and keeps recording through a reboot.
 */
class FxsSideAudioTest {
    private final VirtualClock clock = new VirtualClock();
    private final Device device = DeviceAssembly.simulated(GatewayModel.III, clock, null);
    private final FxsSide fxs = device.feature(FxsSide.class).orElseThrow();

    private void run(Duration d) {
        clock.advance(d);
    }

    private void phone(String... words) {
        device.vocabulary().action("phone").orElseThrow().run().accept(device, List.of(words));
    }

    private static int samples(Duration d) {
        return (int) (d.toMillis() * Pcm.SAMPLE_RATE / 1000);
    }

    @Test
    void aRunningBoxRecordsItsLinesFromWhenItIsAskedOnceHoweverOftenItIsAsked(@TempDir Path dir) throws IOException {
        device.powerOn();
        run(Device.BOOT_TIME.plusSeconds(1));
        phone("1", "offhook");
        run(Duration.ofSeconds(1)); // a second of dial tone before anyone asked
        fxs.recordAudioTo(dir, "first");
        fxs.recordAudioTo(dir, "live"); // asked again: the same recordings, only the names change
        run(Duration.ofSeconds(2));
        fxs.writeAudio();
        short[] toPhone = WavFile.read(dir.resolve("live-fxs1-to-phone.wav"));
        // the two seconds since it was asked, recorded once (a second tap on the same wire would have doubled them)
        assertEquals(samples(Duration.ofSeconds(2)), toPhone.length, 2.0 * Pcm.FRAME_SAMPLES);
        ToneExpectation dial = ToneExpectation.parse("dial");
        ToneReport heard = dial.judge(toPhone);
        assertTrue(dial.matches(heard), heard.describe());
        assertEquals(toPhone.length, WavFile.read(dir.resolve("live-fxs1-from-phone.wav")).length);
    }

    @Test
    void afterARebootTheNewLinesAreRecordedIntoTheSameFiles(@TempDir Path dir) throws IOException {
        device.powerOn();
        run(Device.BOOT_TIME.plusSeconds(1));
        fxs.recordAudioTo(dir, "live");
        device.reboot();
        run(Device.BOOT_TIME.plusSeconds(1));
        phone("2", "offhook");
        run(Duration.ofSeconds(2));
        fxs.writeAudio();
        short[] toPhone = WavFile.read(dir.resolve("live-fxs2-to-phone.wav"));
        assertEquals(samples(Duration.ofSeconds(2)), toPhone.length, 2.0 * Pcm.FRAME_SAMPLES);
        ToneExpectation dial = ToneExpectation.parse("dial");
        assertTrue(dial.matches(dial.judge(toPhone)), dial.judge(toPhone).describe());
    }
}
