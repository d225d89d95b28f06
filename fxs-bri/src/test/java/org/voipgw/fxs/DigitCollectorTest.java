package org.voipgw.fxs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.voipgw.fxs.DigitCollector.Outcome;

/** The Japanese plan, class by class: each row is dialled one key at a time ('T' = the inter-digit timer). */
class DigitCollectorTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        // class,                  keys,             number,          presentation
        "0ABJ Tokyo,               0312345678,       0312345678,      DEFAULT",
        "0ABJ Sapporo 011,         0111234567,       0111234567,      DEFAULT",
        "0ABJ Fukuoka 092,         0921234567,       0921234567,      DEFAULT",
        "0ABJ Yamanashi 0555,      0555123456,       0555123456,      DEFAULT",
        "mobile 090,               09012345678,      09012345678,     DEFAULT",
        "mobile 080,               08012345678,      08012345678,     DEFAULT",
        "mobile 070,               07012345678,      07012345678,     DEFAULT",
        "IP phone 050,             05012345678,      05012345678,     DEFAULT",
        "free dial 0120,           0120123456,       0120123456,      DEFAULT",
        "M2M 020,                  02012345678,      02012345678,     DEFAULT",
        "FMC 060,                  06012345678,      06012345678,     DEFAULT",
        "0ABJ Osaka 06,            0661234567,       0661234567,      DEFAULT",
        "0ABJ Sendai 022,          0221234567,       0221234567,      DEFAULT",
        "free dial 0800,           08001234567,      08001234567,     DEFAULT",
        "navi dial 0570,           0570123456,       0570123456,      DEFAULT",
        "police 110,               110,              110,             DEFAULT",
        "coast guard 118,          118,              118,             DEFAULT",
        "fire 119,                 119,              119,             DEFAULT",
        "time 117,                 117,              117,             DEFAULT",
        "weather 177,              177,              177,             DEFAULT",
        "184 withholds,            1840312345678,    0312345678,      WITHHELD",
        "186 presents,             18609012345678,   09012345678,     PRESENTED",
        "184 before 110,           184110,           110,             WITHHELD",
        "international on timer,   01014155550100T,  01014155550100,  DEFAULT",
        "international on #,       0104415550100#,   0104415550100,   DEFAULT",
        "# ends a 0ABJ early,      0312#,            0312,            DEFAULT",
        "carrier prefix on timer,  00330312345678T,  00330312345678,  DEFAULT",
        "#-dial,                   #7119,            #7119,           DEFAULT",
        "local without area code,  55551234T,        55551234,        DEFAULT",
    })
    void completesExactlyAtTheLastKey(String numberClass, String keys, String number, Presentation presentation) {
        DigitCollector collector = new DigitCollector(JapaneseNumberingPlan.digitMap());
        Outcome last = dialToTheEnd(collector, keys);
        assertEquals(new Outcome.Complete(new DialledNumber(number, presentation)), last, numberClass);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "0ABJ too short on timer,      031234T",
        "mobile too short on timer,    0901234567T",
        "international without number, 010T",
        "nothing dialled,              T",
        "184 alone,                    184T",
        "two-digit 1X,                 11T",
        "a star first,                 *",
    })
    void invalidNumbersEndInInvalid(String why, String keys) {
        DigitCollector collector = new DigitCollector(JapaneseNumberingPlan.digitMap());
        assertInstanceOf(Outcome.Invalid.class, dial(collector, keys), why);
    }

    @ParameterizedTest(name = "{0} with map {1}")
    @CsvSource({
        "extension,              2xxx|9T|0[1-9]xxxxxxxx,  2345,         2345",
        "operator on timer,      2xxx|9T|0[1-9]xxxxxxxx,  9T,           9",
        "override replaces plan, 2xxx|9T|0[1-9]xxxxxxxx,  0312345678,   0312345678",
        "longer possible,        1xx|1xxxx,               123T,         123",
        "longer taken,           1xx|1xxxx,               12345,        12345",
    })
    void aDigitMapOverridesThePlan(String why, String map, String keys, String number) {
        DigitCollector collector = new DigitCollector(DigitMap.parse(map));
        assertEquals(new Outcome.Complete(new DialledNumber(number, Presentation.DEFAULT)), dialToTheEnd(collector, keys), why);
    }

    @ParameterizedTest
    @CsvSource({"2xxx|9T, 110", "2xxx|9T, 0312345678"})
    void anOverrideRefusesWhatItDoesNotList(String map, String keys) {
        assertInstanceOf(Outcome.Invalid.class, dial(new DigitCollector(DigitMap.parse(map)), keys));
    }

    @Test
    void badDigitsAndUseAfterTheEndAreRefused() {
        DigitCollector collector = new DigitCollector(JapaneseNumberingPlan.digitMap());
        assertThrows(IllegalArgumentException.class, () -> collector.digit('z'));
        dial(collector, "110");
        assertThrows(IllegalStateException.class, () -> collector.digit('1'));
    }

    /** Dials {@code keys} and checks that nothing ends before the last key; returns the last outcome. */
    static Outcome dialToTheEnd(DigitCollector collector, String keys) {
        Outcome outcome = null;
        for (int i = 0; i < keys.length(); i++) {
            char key = keys.charAt(i);
            outcome = key == 'T' ? collector.timeout() : collector.digit(key);
            if (i < keys.length() - 1) {
                assertInstanceOf(Outcome.Collecting.class, outcome, "ended early at key " + (i + 1) + " of " + keys);
            }
        }
        return outcome;
    }

    /** Dials {@code keys} until dialling ends; returns the outcome that ended it (or the last one). */
    static Outcome dial(DigitCollector collector, String keys) {
        Outcome outcome = null;
        for (char key : keys.toCharArray()) {
            outcome = key == 'T' ? collector.timeout() : collector.digit(key);
            if (!(outcome instanceof Outcome.Collecting)) {
                break;
            }
        }
        return outcome;
    }
}
