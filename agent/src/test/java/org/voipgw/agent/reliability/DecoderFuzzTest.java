package org.voipgw.agent.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import java.security.PublicKey;
import org.voipgw.agent.firmware.FirmwareImage;
import org.voipgw.agent.firmware.FirmwareSigning;
import org.voipgw.agent.firmware.ImageCheck;
import org.voipgw.agent.scenario.ScenarioParser;
import org.voipgw.agent.settings.FileSettingsStore;
import org.voipgw.hal.flash.Flash;
import org.voipgw.isdn.lapd.HdlcDeframer;
import org.voipgw.isdn.lapd.LapdCodec;
import org.voipgw.isdn.q931.Q931Codec;
import org.voipgw.media.sdp.SdpParser;

/**
 * Fuzz targets of issue 13 (LAPD/Q.931, HDLC, SDP, scenario files, firmware images, settings): whatever
 * bytes arrive, each decoder answers with a result or a refusal and never throws. In every build they run in regression mode over the committed corpus (resources
 * {@code DecoderFuzzTestInputs/<method>/}); {@code JAZZER_FUZZ=1} fuzzes one of them for its maxDuration.
 */
class DecoderFuzzTest {
    private static final PublicKey FIRMWARE_KEY = FirmwareSigning.builtInKey();

    /** LAPD frames (ITU-T Q.921 §2) and the Q.931 messages they carry (ITU-T Q.931 §4). */
    @FuzzTest(maxDuration = "30s")
    void lapdAndQ931(byte[] frame) {
        assertNotNull(LapdCodec.decode(frame));
        assertNotNull(Q931Codec.decode(frame));
        assertNotNull(Q931Codec.peekCallRef(frame));
    }

    /** The HDLC deframer of the D channel (ISO/IEC 13239 flags, bit stuffing, FCS), fed in two pieces. */
    @FuzzTest(maxDuration = "30s")
    void hdlcDeframer(byte[] line) {
        HdlcDeframer d = new HdlcDeframer();
        int half = line.length / 2;
        assertNotNull(d.feed(Arrays.copyOfRange(line, 0, half)));
        assertNotNull(d.feed(Arrays.copyOfRange(line, half, line.length)));
    }

    /** SDP offers and answers (RFC 4566) as the far end may send them. */
    @FuzzTest(maxDuration = "30s")
    void sdp(byte[] text) {
        assertNotNull(SdpParser.parse(new String(text, StandardCharsets.UTF_8)));
    }

    /** Scenario files: a mistake is a ScenarioError with a line number, never an exception. */
    @FuzzTest(maxDuration = "30s")
    void scenario(byte[] text) {
        assertNotNull(ScenarioParser.parse("fuzz.scn", new String(text, StandardCharsets.UTF_8)));
    }

    /**
     * Firmware images (issue 13): any bytes are a good image or a refusal with its reason, never an exception;
     * and a refusal always says why. The corpus holds a signed image (development key), unsigned, corrupt and
     * truncated ones.
     */
    @FuzzTest(maxDuration = "30s")
    void firmwareImage(byte[] image) {
        ImageCheck c = FirmwareImage.check(image, FIRMWARE_KEY);
        assertNotNull(c);
        assertEquals(c.good(), c.manifest() != null);
        if (!c.good()) {
            assertNotNull(c.refusal().text().en());
        }
    }

    /** The settings loader: any file boots, on what it holds or on defaults with the file set aside. */
    @FuzzTest(maxDuration = "30s")
    void settingsFile(byte[] content) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-settings");
        try {
            Path f = dir.resolve("settings.json");
            Files.write(f, content);
            Map<String, String> loaded = new FileSettingsStore(Flash.files(), f, line -> { }).load();
            assertNotNull(loaded);
            if (loaded.isEmpty() && Files.exists(dir.resolve("settings.json.damaged"))) {
                assertEquals(false, Files.exists(f), "a damaged file is moved aside, not left to be read again");
            }
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }
}
