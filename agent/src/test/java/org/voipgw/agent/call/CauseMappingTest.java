package org.voipgw.agent.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** RFC 3398's two tables, row by row (testdata call/rfc3398-*.csv). */
class CauseMappingTest {

    @ParameterizedTest(name = "cause {0} ({1}) -> {2} [{3}]")
    @CsvFileSource(resources = "/call/rfc3398-cause-to-status.csv", delimiter = ',')
    void causeToStatus(int cause, CauseLocation location, int status, String source) {
        assertEquals(status, CauseMapping.sipStatusFor(cause, location), source);
    }

    @ParameterizedTest(name = "{0} -> cause {1} ({2}) [{3}]")
    @CsvFileSource(resources = "/call/rfc3398-status-to-cause.csv", delimiter = ',')
    void statusToCause(int status, String cause, CauseLocation location, String source) {
        Optional<ReleaseCause> mapped = CauseMapping.releaseCauseFor(status);
        if (cause.equals("none")) {
            assertTrue(mapped.isEmpty(), source);
        } else {
            assertEquals(Optional.of(new ReleaseCause(Integer.parseInt(cause), location)), mapped, source);
        }
    }

    @Test
    void theIssuesExamples() {
        assertEquals(17, CauseMapping.releaseCauseFor(486).orElseThrow().value());
        assertEquals(486, CauseMapping.sipStatusFor(17));
        assertEquals(1, CauseMapping.releaseCauseFor(404).orElseThrow().value());
        assertEquals(404, CauseMapping.sipStatusFor(1));
        assertEquals(21, CauseMapping.releaseCauseFor(603).orElseThrow().value());
        assertEquals(503, CauseMapping.sipStatusFor(34));
    }

    @Test
    void everyTableRowIsCoveredByTheTestData() {
        // The CSVs list each table row; this guards against a row added to the code but not tested.
        assertEquals(31, CauseMapping.CAUSE_TO_STATUS.size());
        assertEquals(34, CauseMapping.STATUS_TO_CAUSE.size());
    }

    @Test
    void valuesOutsideTheirRangeAreRefusedWithTheValidRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CauseMapping.sipStatusFor(128));
        assertTrue(e.getMessage().contains("0-127"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CauseMapping.releaseCauseFor(200));
        assertTrue(e.getMessage().contains("400-699"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CauseMapping.releaseCauseFor(180));
        assertThrows(IllegalArgumentException.class, () -> CauseMapping.releaseCauseFor(700));
    }
}
