package org.voipgw.fxs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallerIdentityTest {
    @ParameterizedTest
    @CsvSource({"0312345678, 0312345678", "'', anonymous"})
    void scenarioWords(String number, String word) {
        assertEquals(word, (number.isEmpty() ? CallerIdentity.withheld() : CallerIdentity.of(number)).scenarioWord());
        assertEquals("unavailable", CallerIdentity.unavailable().scenarioWord());
    }

    @ParameterizedTest
    @CsvSource({"'', NONE", "03-1234, NONE", "0312, WITHHELD"})
    void inconsistentIdentitiesAreRefused(String number, CallerIdentity.Absence absence) {
        assertThrows(IllegalArgumentException.class, () -> new CallerIdentity(number, absence));
    }

    @ParameterizedTest
    @CsvSource({"WITHHELD, P", "UNAVAILABLE, O", "PUBLIC_PHONE, C", "SERVICE_CONFLICT, S"})
    void reasonCodesAreJclips(CallerIdentity.Absence absence, char code) {
        assertEquals(code, absence.code());
    }
}
