package org.voipgw.fxs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DigitMapTest {
    @ParameterizedTest
    @CsvSource({
        "1xx|1xxx,      12,    false, PARTIAL",
        "1xx|1xxx,      123,   false, COMPLETE_ON_TIMER",
        "1xx|1xxx,      123,   true,  COMPLETE",
        "1xx|1xxx,      1234,  false, COMPLETE",
        "1xx|1xxx,      2,     false, NO_MATCH",
        "(0[1-46]xxxxxxxx), 0312345678, false, COMPLETE",
        "010xx.T,       0101,  false, PARTIAL",
        "010xx.T,       0101,  true,  COMPLETE",
        "010xx.T,       010,   true,  NO_MATCH",
        "[*#]xx,        *12,   false, COMPLETE",
        "[2-4]x,        51,    false, NO_MATCH",
        "Ax,            a1,    false, NO_MATCH",
        "Ax,            A1,    false, COMPLETE",
    })
    void matchesAsRfc3435Describes(String map, String digits, boolean timer, DigitMap.Match expected) {
        assertEquals(expected, DigitMap.parse(map).match(digits, timer));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "1x|", "|1x", ".1", "[1-", "12z", "[9-1]", "[]", "1x||2x", "[1-x]"})
    void badMapsGetAClearBilingualError(String bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DigitMap.parse(bad));
        assertTrue(e.getMessage().contains("ダイヤルマップが不正です") && e.getMessage().contains("invalid digit map")
                && e.getMessage().contains("valid"), e.getMessage());
    }

    /** Random maps from the syntax's own characters and some junk: parsed or refused clearly, never a crash. */
    @Test
    void fuzzedMapsAreParsedOrRefusedNeverCrash() {
        Random random = new Random(3435);
        String alphabet = "0123456789*#ABCDxXT.[]-|() z";
        int parsed = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n >= 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            DigitMap map;
            try {
                map = DigitMap.parse(text.toString());
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().contains("invalid digit map"), text + ": " + e.getMessage());
                continue;
            }
            parsed++;
            for (String digits : new String[] {"", "0", "12", "#", "0312345678"}) {
                map.match(digits, false);
                map.match(digits, true);
            }
        }
        assertTrue(parsed > 100, "the fuzzer should also make valid maps: " + parsed);
    }

    @Test
    void theErrorSaysWhere() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DigitMap.parse("12z"));
        assertTrue(e.getMessage().contains("position 3") && e.getMessage().contains("'z'"), e.getMessage());
    }
}
