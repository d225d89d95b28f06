package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A device refusal finds its field by setting key; one the form has no field for is kept, never dropped. */
class SettingsFormTest {
    private static List<ConversionRow> empty() {
        List<ConversionRow> rows = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            rows.add(new ConversionRow(n, "", ""));
        }
        return rows;
    }

    @Test
    void refusalsAreMarkedOnTheirFieldsOrKeptApart() {
        ConversionForm f = ConversionForm.stored(empty());
        assertFalse(f.hasErrors());
        FieldError onField = FieldError.ofEnglish("conversion.3.to", "too long");
        FieldError elsewhere = FieldError.ofEnglish("conversion.11.from", "row 11 does not exist");
        f.reject(List.of(onField, elsewhere));
        assertTrue(f.hasErrors());
        assertEquals(onField.message(), f.rows().get(2).error(ConversionForm.TO));
        assertNull(f.rows().get(2).error(ConversionForm.FROM));
        assertEquals(List.of(elsewhere), f.unplaced());
    }

    @Test
    void theVersionFollowsTheStoredValuesOnly() {
        List<ConversionRow> a = empty();
        List<ConversionRow> b = empty();
        b.set(0, new ConversionRow(1, "0312345678", "201"));
        assertEquals(ConversionForm.version(a), ConversionForm.stored(a).version());
        assertFalse(ConversionForm.version(a).equals(ConversionForm.version(b)));
        assertEquals(22, ConversionForm.version(b).length());
    }
}
