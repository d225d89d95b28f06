package org.voipgw.agent.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.call.NumberConversion.Entry;

class NumberConversionTest {
    @Test
    void anExactMatchIsReplacedAndAnythingElsePasses() {
        NumberConversion t = NumberConversion.parse(List.of(new Entry(1, "0312345678", "201"),
                new Entry(2, "0312345679", "202"), new Entry(3, "", ""))).table().orElseThrow();
        assertEquals("201", t.convert("0312345678"));
        assertEquals("202", t.convert("0312345679"));
        assertEquals("031234567", t.convert("031234567"), "a prefix is not a match");
        assertEquals("03123456789", t.convert("03123456789"));
        assertEquals(2, t.size());
    }

    @Test
    void tenRowsAreTaken() {
        List<Entry> rows = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            rows.add(new Entry(i, "03000000" + (10 + i), "2" + (10 + i)));
        }
        assertEquals(10, NumberConversion.parse(rows).table().orElseThrow().size());
        rows.add(new Entry(11, "0399999999", "299"));
        NumberConversion.Result r = NumberConversion.parse(rows);
        assertTrue(r.table().isEmpty());
        assertTrue(r.problems().get(0).message().contains("1–10"), r.problems().toString());
    }

    @Test
    void everyMistakeIsNamedAndNothingIsTaken() {
        NumberConversion.Result r = NumberConversion.parse(List.of(
                new Entry(1, "03-1234-5678", "201"),
                new Entry(2, "0312345678", ""),
                new Entry(3, "0312345678", "9".repeat(33)),
                new Entry(4, "0312345678", "203")));
        assertTrue(r.table().isEmpty());
        List<String> said = r.problems().stream().map(NumberConversion.Problem::toString).toList();
        assertEquals(List.of(
                "conversion.1.from: '03-1234-5678' is not a number; valid: digits 0–9 only",
                "conversion.2.to: a number is required when the other field of the row is filled",
                "conversion.3.to: too long (33 digits); at most 32",
                "conversion.3.from: 0312345678 is already converted by another row; a number can be converted only once",
                "conversion.4.from: 0312345678 is already converted by another row; a number can be converted only once"),
                said);
    }

    @Test
    void fullWidthDigitsAreRefused() {
        assertTrue(NumberConversion.checkNumber("０３１２").isPresent());
        assertTrue(NumberConversion.checkNumber("0312").isEmpty());
    }
}
