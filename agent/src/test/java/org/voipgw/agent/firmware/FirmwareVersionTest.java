package org.voipgw.agent.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FirmwareVersionTest {
    /** The documented order, oldest first. */
    private static final List<String> ORDER = List.of("0.9", "1", "1.0", "1.0.0", "1.0.1", "1.0.9", "1.0.10", "1.2",
            "1.10", "1.10.rc1", "2.0.0", "2.0.0a", "2.0.0b", "10.0.0");

    @Test
    void versionsSortAsDocumented() {
        List<FirmwareVersion> shuffled = new ArrayList<>(ORDER.stream().map(FirmwareVersion::new).toList());
        Collections.shuffle(shuffled, new Random(13));
        Collections.sort(shuffled);
        assertEquals(ORDER, shuffled.stream().map(FirmwareVersion::text).toList());
    }

    @Test
    void numbersCompareAsNumbersAndLeadingZerosDoNotCount() {
        assertTrue(new FirmwareVersion("2.10.0").newerThan(new FirmwareVersion("2.9.0")));
        assertEquals(0, new FirmwareVersion("2.010").compareTo(new FirmwareVersion("2.10")));
        assertTrue(new FirmwareVersion("99999999999999999999.1").newerThan(new FirmwareVersion("9999999999999999999.1")),
                "numbers longer than a long still order");
    }

    @Test
    void badVersionsAreRefusedSayingWhatIsValid() {
        assertEquals(Optional.empty(), FirmwareVersion.parse("2.0 beta"));
        assertEquals(Optional.empty(), FirmwareVersion.parse(""));
        assertEquals(Optional.empty(), FirmwareVersion.parse("x".repeat(33)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FirmwareVersion("ü"));
        assertTrue(e.getMessage().contains(FirmwareVersion.VALID), e.getMessage());
    }
}
