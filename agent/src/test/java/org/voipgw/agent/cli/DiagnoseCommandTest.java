package org.voipgw.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.voipgw.led.CatalogueRow;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampCatalogue;
import org.voipgw.led.LampFamily;
import org.voipgw.led.Language;
import org.voipgw.led.Text;
import java.util.Locale;

class DiagnoseCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    static CliRun diagnose(String model, String... rest) {
        List<String> args = new ArrayList<>(List.of("diagnose", "--model", model));
        args.addAll(List.of(rest));
        return run(args.toArray(String[]::new));
    }

    /** Every row of both tables, once per lamp it is printed for, on a model of its panel. */
    static Stream<Arguments> everyRow() {
        return Stream.of(LampFamily.values()).flatMap(f -> LampCatalogue.rows(f).stream())
                .flatMap(r -> r.lamps().stream().map(l -> Arguments.of(r, l)));
    }

    private static String modelOf(LampFamily f) {
        return f == LampFamily.VIII ? "VIII" : "SG1000an4";
    }

    private static String arg(Lamp lamp, CatalogueRow row) {
        return lamp.printed() + "=" + row.state().id();
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("everyRow")
    void jsonForEveryRow(CatalogueRow row, Lamp lamp) {
        CliRun r = diagnose(modelOf(row.family()), "--json", arg(lamp, row));
        assertEquals(0, r.exit(), r.err());
        JsonNode root = r.json();
        assertEquals(row.family() == LampFamily.VIII ? "VIII" : "III", root.get("model").asText());
        assertEquals(row.family() == LampFamily.VIII ? "VR23-PRI" : "SG1000an4", root.get("device").asText());
        assertEquals(1, root.get("lamps").size());
        JsonNode n = root.get("lamps").get(0);
        // the reported row: this one, or the provided twin where the guide lists two (family CONFIG green-blink)
        CatalogueRow reported = LampCatalogue.find(row.family(), lamp, row.state()).get(0);
        assertEquals(lamp.printed(), n.get("lamp").asText());
        assertEquals(row.state().id(), n.get("state").asText());
        assertEquals(reported.normal(), n.get("normal").asBoolean());
        assertText(reported.meaning(), n.get("meaning"));
        if (reported.cause() == null) {
            assertTrue(n.get("cause").isNull());
        } else {
            assertText(reported.cause(), n.get("cause"));
        }
        assertEquals(reported.remedy().size(), n.get("remedy").size());
        for (int i = 0; i < reported.remedy().size(); i++) {
            assertText(reported.remedy().get(i), n.get("remedy").get(i));
        }
        assertEquals(reported.notProvided(), n.get("notProvided").asBoolean());
        JsonNode verdict = root.get("verdict");
        if (reported.normal()) {
            assertTrue(verdict.isNull(), verdict.toString());
        } else {
            assertEquals(lamp.printed(), verdict.get("lamp").asText());
            assertFalse(verdict.get("reason").get("ja").asText().isBlank());
            assertFalse(verdict.get("reason").get("en").asText().isBlank());
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("everyRow")
    void textForEveryRowInBothLanguages(CatalogueRow row, Lamp lamp) {
        CatalogueRow reported = LampCatalogue.find(row.family(), lamp, row.state()).get(0);
        for (Language lang : Language.values()) {
            CliRun r = diagnose(modelOf(row.family()), "--lang", lang.name().toLowerCase(Locale.ROOT), arg(lamp, row));
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains(reported.meaning().in(lang)), r.out());
            for (int i = 0; i < reported.remedy().size(); i++) {
                assertTrue(r.out().contains((i + 1) + ". " + reported.remedy().get(i).in(lang)), r.out());
            }
            String status = reported.normal() ? (lang == Language.JA ? ": 正常" : ": normal")
                    : (lang == Language.JA ? ": 異常" : ": abnormal");
            assertTrue(r.out().contains(status), r.out());
        }
    }

    private static void assertText(Text expected, JsonNode actual) {
        assertEquals(expected.ja(), actual.get("ja").asText());
        assertEquals(expected.en(), actual.get("en").asText());
    }

    @ParameterizedTest
    @CsvSource({
        "VIII, WAN, WAN=red-blink, VoIP=off, which also explains VoIP off",
        "VIII, VoIP, PRI=red, VoIP=off, which also explains PRI red",
        "VIII, PRI, CLK=orange-blink, PRI=red-blink, which also explains CLK orange-blink",
        "SG1000is8, PPP, VoIP=off, PPP=green-blink, which also explains VoIP off",
    })
    void verdictExamples(String model, String lamp, String a, String b, String because) {
        JsonNode verdict = diagnose(model, "--json", a, b).json().get("verdict");
        assertEquals(lamp, verdict.get("lamp").asText());
        assertTrue(verdict.get("reason").get("en").asText().contains(because), verdict.toString());
        CliRun text = diagnose(model, "--lang", "en", a, b);
        assertTrue(text.out().contains("verdict: " + lamp + " — "), text.out());
    }

    @Test
    void wanFirstReasonInBothLanguages() {
        JsonNode reason = diagnose("Ⅷ", "--json", "WAN=red-blink", "VoIP=off").json().get("verdict").get("reason");
        assertEquals("WAN red-blink (WAN link down), which also explains VoIP off; act on WAN first: Check that the"
                + " WAN-IF cable is not broken.", reason.get("en").asText());
        assertEquals("WANランプ（赤）点滅（WANリンクダウン）はVoIPランプ消灯も説明する。まずWANの対処を実施する："
                + "WAN-IFのケーブルが断線していないか確認する。", reason.get("ja").asText());
    }

    @Test
    void noVerdictWhenAllGivenLampsAreNormalAndJapaneseByDefault() {
        CliRun json = diagnose("8", "--json", "PPP=off", "LAN2=off", "CLK=off");
        assertTrue(json.json().get("verdict").isNull());
        CliRun text = diagnose("8", "PPP=off");
        assertTrue(text.out().contains("判定：指定されたランプはすべて正常"), text.out());
    }

    @Test
    void configGreenBlinkReportsTheProvidedRowAndMentionsTheOther() {
        CliRun r = diagnose("Ⅵ", "--json", "CONFIG=green-blink");
        JsonNode lamp = r.json().get("lamps").get(0);
        assertFalse(lamp.get("notProvided").asBoolean());
        assertEquals("ファームダウンロード済みで端末再起動未の状態", lamp.get("meaning").get("ja").asText());
        assertTrue(diagnose("Ⅵ", "CONFIG=green-blink").out().contains("未提供の行"));
    }

    @ParameterizedTest
    @CsvSource({
        "Ⅷ, VIII", "VIII, VIII", "viii, VIII", "ⅷ, VIII", "8, VIII", "vr23-pri, VIII", "Ⅷ型, VIII",
        "Ⅲ, III", "iii, III", "3, III", "SG1000AN4, III", "Ⅳ, IV", "4, IV", "sg1000an8, IV",
        "Ⅵ, VI", "6, VI", "SG1000is4, VI", "Ⅶ, VII", "7, VII", "SG1000is8, VII",
    })
    void modelNames(String name, String roman) {
        CliRun r = diagnose(name, "--json", "POWER=green");
        assertEquals(0, r.exit(), r.err());
        assertEquals(roman, r.json().get("model").asText());
    }

    @Test
    void lampNamesAreCaseInsensitiveAndClkiIsClk() {
        CliRun r = diagnose("III", "--json", "clki=green", "voip=GREEN-BLINK", "lan3-speed=orange");
        assertEquals(0, r.exit(), r.err());
        JsonNode lamps = r.json().get("lamps");
        assertEquals("CLK", lamps.get(0).get("lamp").asText());
        assertEquals("VoIP", lamps.get(1).get("lamp").asText());
        assertEquals("LAN3-SPEED", lamps.get(2).get("lamp").asText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "IX|WAN=green|unknown model 'IX'; valid: Ⅲ / III / 3 / SG1000an4",
        "VIII|FOO=green|unknown lamp 'FOO'; lamps of VIII: POWER, INIT",
        "III|PRI=green|PRI is not on the Ⅲ/Ⅳ/Ⅵ/Ⅶ panel; its lamps: POWER",
        "VIII|LAN1-SPEED=orange|LAN1-SPEED is not on the Ⅷ (VR23-PRI) panel",
        "VIII|WAN=orange|WAN cannot show orange on the Ⅷ (VR23-PRI) panel; its states: off, green, green-blink, red-blink",
        "SG1000an8|POWER=red|POWER cannot show red on the Ⅲ/Ⅳ/Ⅵ/Ⅶ panel; its states: off, green, green-blink",
        "VIII|WAN=purple|unknown state 'purple' for WAN; its states: off, green, green-blink, red-blink",
        "VIII|WAN|expected LAMP=STATE",
        "VIII|WAN=|expected LAMP=STATE",
        "VIII|=off|expected LAMP=STATE",
    })
    void badInputExits2WithTheValidValues(String model, String lamp, String message) {
        assertUsageError(diagnose(model, lamp), message);
    }

    private static void assertUsageError(CliRun r, String message) {
        assertEquals(VoipgwCommand.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains(message), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aLampGivenTwiceIsBadUsage() {
        assertUsageError(diagnose("VIII", "WAN=green", "wan=red-blink"), "WAN is given more than once");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--lang=fr", "--json=maybe"})
    void badOptionsExit2(String option) {
        assertUsageError(diagnose("VIII", option, "WAN=green"), "");
    }

    @Test
    void modelAndLampsAreRequired() {
        assertUsageError(run("diagnose", "WAN=green"), "--model");
        assertUsageError(run("diagnose", "--model", "VIII"), "LAMP=STATE");
    }

    @Test
    void languageErrorNamesTheChoices() {
        assertUsageError(diagnose("VIII", "--lang", "fr", "WAN=green"), "valid: ja, en");
    }
}
