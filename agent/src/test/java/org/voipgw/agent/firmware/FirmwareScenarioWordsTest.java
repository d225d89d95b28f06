package org.voipgw.agent.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.scenario.Outcome;
import org.voipgw.agent.scenario.ScenarioError;
import org.voipgw.agent.scenario.ScenarioParser;
import org.voipgw.agent.scenario.ScenarioRunner;

/** The scenario words of the A/B firmware: mistakes say what is valid before anything runs; a live step that cannot be done fails. */
class FirmwareScenarioWordsTest {
    private static List<String> mistakes(String body) {
        ScenarioParser.Result r = ScenarioParser.parse("f.scn", "model VIII\n" + body);
        assertNull(r.scenario());
        return r.errors().stream().map(ScenarioError::message).toList();
    }

    @Test
    void mistakesSayWhatIsValid() {
        assertTrue(mistakes("at 0s firmware download 2.0 signd\n").get(0)
                .contains("'signd' is not an image kind; valid: signed, unsigned, bad-signature, corrupt"));
        assertTrue(mistakes("at 0s firmware download 2.0 beta 1\n").get(0)
                .contains("firmware takes: download VERSION [signed|unsigned|bad-signature|corrupt]"));
        assertTrue(mistakes("at 0s firmware download\n").get(0).contains("download VERSION"));
        assertTrue(mistakes("at 0s firmware download 2.0/1\n").get(0).contains("not a firmware version; valid: 1–32 of"));
        assertTrue(mistakes("expect slot C\n").get(0).contains("valid: [A, B]"), () -> mistakes("expect slot C\n").toString());
        assertTrue(mistakes("expect firmware-refused forged\n").get(0).contains("bad-signature"));
    }

    @Test
    void aDownloadWhileTheBoxIsOffIsAStepThatFails() {
        ScenarioParser.Result r = ScenarioParser.parse("f.scn", "model VIII\nat 0s firmware download 2.0\n"
                + "at 1s power on\nexpect slot A within 3s\n");
        assertNotNull(r.scenario(), r.errors().toString());
        StringWriter out = new StringWriter();
        List<Outcome> o = new ScenarioRunner(new PrintWriter(out)).run(r.scenario());
        assertEquals(List.of(false, true), o.stream().map(Outcome::passed).toList(), out.toString());
        assertTrue(out.toString().contains("the box is not running"), out.toString());
    }
}
