package org.voipgw.agent.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioParserTest {
    private static ScenarioParser.Result parse(String text) {
        return ScenarioParser.parse("t.scn", text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "at 0s power on|1|the first statement must be 'model M'",
        "model IX|1|unknown model 'IX'",
        "model VIII\\nat 5s power on\\nat 2s power off|3|time goes backwards",
        "model VIII\\nat 5x power on|2|bad time '5x'",
        "model VIII\\nat 0s dance|2|unknown action 'dance'",
        "model VIII\\nat 0s fault bogus|2|model VIII has no fault 'bogus'",
        "model VIII\\nat 0s fault wan.cable melt|2|fault wan.cable takes one of: cut",
        "model III\\nat 0s fault power.anomaly|2|model III has no fault 'power.anomaly'",
        "model VIII\\nat 0s fault sw data|2|model VIII has no fault 'sw'",
        "model III\\nat 0s press shutdown for 3s|2|model III has no switches (the guide describes switches for VIII only)",
        "model VI\\nat 0s press init|2|to start in the factory state: power on factory",
        "model VIII\\nat 0s press shutdown|2|usage: press shutdown for T",
        "model IV\\nexpect lamp CLK green within 1s|2|lamp CLK of model IV never shows green",
        "model VIII\\nat 0s power on fire|2|usage: power on",
        "model VIII\\nexpect lamp PRY green within 1s|2|model VIII has no lamp 'PRY'",
        "model III\\nexpect lamp PRI green within 1s|2|model III has no lamp 'PRI'",
        "model VIII\\nexpect lamp WAN orange within 1s|2|lamp WAN of model VIII never shows orange",
        "model VIII\\nexpect lamp WAN purple within 1s|2|unknown lamp state 'purple'",
        "model VIII\\nexpect lamp WAN green within soon|2|bad window 'soon'",
        "model VIII\\nat 0s set nosuch.key=1|2|set nosuch.key: unknown setting",
        "model III\\nat 0s set power.eco=maybe|2|set power.eco: 'maybe' is not one of on|off",
        "model VIII\\nat 0s set power.eco=on|2|set power.eco: unknown setting",
        "model VIII\\nat 0s firmware download ../../etc|2|usage: firmware download VERSION",
        "model VIII\\nat 0s set \"unterminated|2|unterminated quote",
        "model VIII\\nmodel III|2|model is given once",
        "model VIII\\nfrobnicate|2|unknown statement 'frobnicate'",
        "model VIII\\nat 100000h power on|2|beyond what a scenario may span",
        "model VIII\\nat 0s power on\\nexpect lamp WAN green for 1000h|3|reaches beyond what a scenario may span",
        "model VIII\\nat 0s power on\\nexpect cause pri abc within 1s|3|abc' is not a Q.850 cause value",
        "model VIII\\nat 0s power on\\nexpect q931 pri PBX:FOO within 1s|3|is not WHO:MESSAGE",
        "model VIII\\nat 0s set pppoe.6.user=x|2|valid keys of VIII: clock.source, conversion.N.from, conversion.N.to, pppoe.N.echo-failures",
        "model VIII\\nat 0s power on\\nexpect registration sleeping within 1s|3|sleeping' is not a value of registration",
    })
    void mistakesAreReportedWithTheirLineAndNothingRuns(String text, int line, String message) {
        ScenarioParser.Result r = parse(text.replace("\\n", "\n"));
        assertNull(r.scenario(), "a file with a mistake yields nothing to run");
        assertTrue(r.errors().stream().anyMatch(e -> e.line() == line && e.message().contains(message)),
                r.errors().toString());
        assertTrue(r.errors().get(0).toString().startsWith("t.scn:" + r.errors().get(0).line() + ": "));
    }

    @Test
    void allMistakesOfAFileAreCollected() {
        ScenarioParser.Result r = parse("model VIII\nat 0s fly\nexpect lamp X on\nat 1s fault nope");
        assertEquals(List.of(2, 3, 4), r.errors().stream().map(ScenarioError::line).toList());
    }

    @Test
    void emptyFileIsAMistake() {
        assertEquals(1, parse("# only a comment\n").errors().size());
    }

    @Test
    void aHashStartsACommentOnlyAtTheStartOfAWord() {
        assertEquals(List.of("at", "+1s", "phone", "1", "dial", "0312#"), Tokenizer.words("at +1s phone 1 dial 0312#  # ends early"));
        assertEquals(List.of("phone", "1", "dial", "#7119"), Tokenizer.words("phone 1 dial \"#7119\" #7119 is a comment"));
        assertEquals(List.of(), Tokenizer.words("#comment"));
    }

    @Test
    void relativeAndAbsoluteTimesAndComments() {
        ScenarioParser.Result r = parse("""
                model Ⅷ   # Roman numeral as printed
                at 1m30s power on
                at +500ms fault wan.cable cut  # comment
                expect lamp WAN red-blink within 1s
                at 2h clear wan.cable
                """);
        assertNotNull(r.scenario(), r.errors().toString());
        assertEquals(List.of(90_000L, 90_500L, 7_200_000L), r.scenario().steps().stream().map(Step::atMillis).toList());
        assertEquals(90_500L, r.scenario().expectations().get(0).fromMillis());
    }

    @Test
    void failedExpectationSaysTheActualStateAndSinceWhen() {
        Scenario s = parse("""
                model VIII
                at 0s power on
                at +5s fault wan.cable cut
                expect lamp WAN green within 2s
                """).scenario();
        StringWriter out = new StringWriter();
        List<Outcome> o = new ScenarioRunner(new PrintWriter(out)).run(s);
        assertEquals(1, o.size());
        assertEquals(false, o.get(0).passed());
        assertEquals("red-blink", o.get(0).actual());
        assertTrue(out.toString().contains("actual lamp WAN is red-blink (since 5.000s)"), out.toString());
    }

    @Test
    void aStepThatCannotBeDoneFailsTheRun() {
        Scenario s = parse("""
                model VIII
                at 0s power on
                at +5s pbx.hangup pri
                """).scenario();
        List<Outcome> o = new ScenarioRunner(new PrintWriter(new StringWriter())).run(s);
        assertEquals(1, o.size());
        assertEquals(false, o.get(0).passed());
        assertEquals(3, o.get(0).expectation().line());
        assertTrue(o.get(0).detail().contains("no call"), o.get(0).detail());
    }

    @Test
    void aNoteDoesNothingButAnchorsTheExpectationsAfterIt() {
        Scenario s = parse("""
                model VIII
                at 0s power on
                at +10s note the box has booted
                expect lamp POWER green for 5s
                """).scenario();
        assertEquals(10_000L, s.expectations().get(0).fromMillis());
        assertTrue(new ScenarioRunner(new PrintWriter(new StringWriter())).run(s).get(0).passed());
    }

    @Test
    void forWindowFailsAtTheFirstMomentItBreaks() {
        Scenario s = parse("""
                model VIII
                at 0s power on
                expect lamp WAN green for 1m
                at +20s fault wan.cable cut
                """).scenario();
        List<Outcome> o = new ScenarioRunner(new PrintWriter(new StringWriter())).run(s);
        assertEquals(false, o.get(0).passed());
        assertEquals(20_000L, o.get(0).decidedAtMillis());
    }
}
