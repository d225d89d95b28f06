package org.voipgw.fxs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FxsPortSettingsTest {
    @Test
    void emptyValuesAreTheDefaults() {
        FxsPortSettings s = FxsPortSettings.parse(1, null, "", null, " ");
        assertEquals("", s.number());
        assertTrue(s.callerId());
        assertTrue(s.polarityReversal());
        assertSame(JapaneseNumberingPlan.digitMap(), s.digitMap());
    }

    @Test
    void valuesAreRead() {
        FxsPortSettings s = FxsPortSettings.parse(2, " 0311112222 ", "OFF", "2xxx|9T", "off");
        assertEquals("0311112222", s.number());
        assertFalse(s.callerId());
        assertFalse(s.polarityReversal());
        assertEquals("2xxx|9T", s.digitMap().text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "letters in the number | 03-1111 | on  | ''     | on  | fxs.3.number",
        "a number too long     | 012345678901234567890123456789012 | on | '' | on | fxs.3.number",
        "caller ID not on/off  | ''      | yes | ''     | on  | fxs.3.callerid",
        "a bad digit map       | ''      | on  | 12z    | on  | fxs.3.digitmap",
        "polarity not on/off   | ''      | on  | ''     | 1   | fxs.3.polarity-reversal",
    })
    void badValuesNameTheirKeyAndWhatIsValid(String why, String number, String callerId, String map, String polarity, String key) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FxsPortSettings.parse(3, number, callerId, map, polarity));
        assertTrue(e.getMessage().startsWith(key + ":") && e.getMessage().matches("(?s).*[ぁ-んァ-ン].*\\(.*\\).*"), why + ": "
                + e.getMessage());
    }
}
