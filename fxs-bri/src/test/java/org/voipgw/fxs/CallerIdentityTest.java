package org.voipgw.fxs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallerIdentityTest {
    @ParameterizedTest(name = "From {0}, Privacy id {1}: {2}")
    @CsvSource({
        "0312345678,    false, 0312345678",
        "+81312345678,  false, 0312345678",
        "+14155550100,  false, 01014155550100",
        "anonymous,     false, anonymous",
        "Anonymous,     false, anonymous",
        "0312345678,    true,  anonymous",
        "'',            false, anonymous",
        "alice,         false, unavailable",
        "123456789012345678901, false, unavailable",
    })
    void fromSipAsAJapaneseDisplayShowsIt(String fromUser, boolean privacyId, String shown) {
        assertEquals(shown, CallerIdentity.fromSip(fromUser, privacyId).scenarioWord());
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
