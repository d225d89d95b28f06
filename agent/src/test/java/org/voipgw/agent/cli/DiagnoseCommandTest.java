package org.voipgw.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.voipgw.led.CatalogueRow;
import org.voipgw.led.ClockRole;
import org.voipgw.led.FaultContact;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampCatalogue;
import org.voipgw.led.LampFamily;
import org.voipgw.led.Language;
import org.voipgw.led.RemedyStep;
import org.voipgw.led.Text;

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

    /** Ⅷ, and Ⅵ for the family: the family model with a clock port, its setting not given. */
    private static String modelOf(LampFamily f) {
        return f == LampFamily.VIII ? "VIII" : "SG1000is4";
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
        assertEquals(row.family() == LampFamily.VIII ? "VIII" : "VI", root.get("model").asText());
        assertEquals(row.family() == LampFamily.VIII ? "VR23-PRI" : "SG1000is4", root.get("device").asText());
        assertEquals("unknown", root.get("clock").asText());
        assertEquals(1, root.get("lamps").size());
        JsonNode n = root.get("lamps").get(0);
        // every row the guide gives for the state (two for family CONFIG green-blink, 4713 and 4717), or
        // both readings of family CLK off with the clock setting unknown
        List<CatalogueRow> rows = LampCatalogue.find(row.family(), ClockRole.UNKNOWN, lamp, row.state());
        assertEquals(lamp.printed(), n.get("lamp").asText());
        assertEquals(row.state().id(), n.get("state").asText());
        assertEquals(rows.size(), n.get("rows").size());
        assertTrue(rows.stream().anyMatch(x -> x.line() == row.line() || x.condition() != null));
        for (int i = 0; i < rows.size(); i++) {
            assertRow(rows.get(i), n.get("rows").get(i));
        }
        assertRow(rows.get(0), n);
        boolean normal = rows.stream().filter(x -> !x.notProvided() || rows.size() == 1).allMatch(CatalogueRow::normal);
        boolean abnormal = rows.stream().noneMatch(CatalogueRow::normal);
        if (normal) {
            assertTrue(n.get("normal").asBoolean());
            assertTrue(root.get("verdict").isNull(), root.get("verdict").toString());
            assertTrue(root.get("contact").isNull());
        } else if (abnormal) {
            assertFalse(n.get("normal").asBoolean());
            assertEquals(lamp.printed(), root.get("verdict").get("lamp").asText());
            assertFalse(root.get("verdict").get("reason").get("ja").asText().contains("？。"));
            assertEquals(FaultContact.PHONE, root.get("contact").get("phone").asText());
        } else {
            assertTrue(n.get("normal").isNull(), "depends on the clock setting");
            assertEquals("depends", n.get("judgement").asText());
        }
    }

    private static void assertRow(CatalogueRow expected, JsonNode n) {
        assertEquals(expected.normal(), n.get("rowNormal").asBoolean());
        assertText(expected.meaning(), n.get("meaning"));
        if (expected.cause() == null) {
            assertTrue(n.get("cause").isNull());
        } else {
            assertText(expected.cause(), n.get("cause"));
        }
        assertEquals(expected.remedy().size(), n.get("remedy").size());
        for (int i = 0; i < expected.remedy().size(); i++) {
            assertText(expected.remedy().get(i), n.get("remedy").get(i));
            assertEquals(expected.stepMarkers().get(i), n.get("steps").get(i).get("marker").asText());
            assertText(expected.remedy().get(i), n.get("steps").get(i));
        }
        assertEquals(expected.notProvided(), n.get("notProvided").asBoolean());
        assertEquals(expected.line(), n.get("line").asInt());
        assertEquals(expected.verdictFromGuide(), n.get("verdictFromGuide").asBoolean());
        if (expected.verdictFromGuide()) {
            assertTrue(n.get("verdictNote").isNull());
        } else {
            assertEquals("判定はガイドに記載なし", n.get("verdictNote").get("ja").asText());
        }
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("everyRow")
    void textForEveryRowInBothLanguages(CatalogueRow row, Lamp lamp) {
        List<CatalogueRow> rows = LampCatalogue.find(row.family(), ClockRole.UNKNOWN, lamp, row.state());
        for (Language lang : Language.values()) {
            CliRun r = diagnose(modelOf(row.family()), "--lang", lang.name().toLowerCase(Locale.ROOT), arg(lamp, row));
            assertEquals(0, r.exit(), r.err());
            for (CatalogueRow shown : rows) {
                assertTrue(r.out().contains(shown.meaning().in(lang)), r.out());
                if (shown.cause() != null) {
                    assertTrue(r.out().contains(shown.cause().in(lang)), r.out());
                }
                for (RemedyStep step : shown.steps()) {
                    assertTrue(r.out().contains(step.printed(lang)), r.out());
                }
                String status = (shown.normal() ? (lang == Language.JA ? "正常" : "normal")
                        : (lang == Language.JA ? "異常" : "abnormal"))
                        + (shown.verdictFromGuide() ? "" : lang == Language.JA ? "（判定はガイドに記載なし）"
                                : " (the guide gives no verdict");
                assertTrue(r.out().contains(": " + status), status + " in " + r.out());
            }
            assertFalse(r.out().contains("？。"), r.out());
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
    void configGreenBlinkReturnsBothRowsTheGuidePrints() {
        CliRun r = diagnose("Ⅵ", "--json", "CONFIG=green-blink");
        JsonNode lamp = r.json().get("lamps").get(0);
        assertFalse(lamp.get("notProvided").asBoolean());
        assertTrue(lamp.get("normal").asBoolean());
        assertEquals("ファームダウンロード済みで端末再起動未の状態", lamp.get("meaning").get("ja").asText());
        JsonNode rows = lamp.get("rows");
        assertEquals(List.of(4713, 4717), List.of(rows.get(0).get("line").asInt(), rows.get(1).get("line").asInt()));
        assertTrue(rows.get(1).get("notProvided").asBoolean());
        assertEquals("VoIP設定完了（初期発信での自動設定中）", rows.get(1).get("meaning").get("ja").asText());
        String text = diagnose("Ⅵ", "CONFIG=green-blink").out();
        assertTrue(text.contains("- VoIP設定完了（初期発信での自動設定中）（未提供）: 正常"), text);
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
        CliRun r = diagnose("VI", "--json", "clki=green", "voip=GREEN-BLINK", "lan3-speed=orange");
        assertEquals(0, r.exit(), r.err());
        JsonNode lamps = r.json().get("lamps");
        assertEquals("CLK", lamps.get(0).get("lamp").asText());
        assertEquals("VoIP", lamps.get(1).get("lamp").asText());
        assertEquals("LAN3-SPEED", lamps.get(2).get("lamp").asText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "IX|WAN=green|unknown model 'IX'; valid: Ⅲ / III / 3 / SG1000an4",
        "VIII|FOO=green|unknown lamp 'FOO'; lamps of the Ⅷ (VR23-PRI) panel: POWER, INIT",
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

    // ---- issue 15: one case per changed row or behaviour ----

    private static JsonNode lamp(CliRun r) {
        assertEquals(0, r.exit(), r.err());
        return r.json().get("lamps").get(0);
    }

    /** CLK off (family 4808–4811, Ⅷ 4595) per model and clock setting. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "III|-|true|normal|クロックポートのない機種（Ⅲ型/Ⅳ型）",
        "SG1000an8|free|true|normal|クロックポートのない機種（Ⅲ型/Ⅳ型）",
        "VI|slaved|false|abnormal|クロック従属に設定された端末",
        "VII|free|true|normal|自走に設定された端末",
        "VI|-|null|depends|自走に設定された端末",
        "VIII|-|true|normal|null",
        "VIII|slaved|false|abnormal|クロック従属に設定された端末",
        "VIII|free|true|normal|自走に設定された端末",
    })
    void clockOffDependsOnTheModelAndItsClockSetting(String model, String clock, String normal, String judgement,
            String condition) {
        List<String> args = new ArrayList<>(List.of("--json", "CLK=off"));
        if (!clock.equals("-")) {
            args.addAll(List.of("--clock", clock));
        }
        JsonNode n = lamp(diagnose(model, args.toArray(String[]::new)));
        assertEquals(normal, n.get("normal").asText());
        assertEquals(judgement, n.get("judgement").asText());
        assertEquals(condition, n.get("condition").isNull() ? "null" : n.get("condition").get("ja").asText());
        if (judgement.equals("abnormal")) {
            assertEquals("クロック従属の端末で消灯している場合には、CLK信号が受け取れていない状態",
                    n.get("cause").get("ja").asText());
            assertEquals("従属先の回線ケーブルが断線していないか確認する", n.get("remedy").get(0).get("ja").asText());
        }
    }

    @Test
    void familyClockOffWithTheSettingUnknownSaysBothReadings() {
        String text = diagnose("Ⅶ", "CLKI=off").out();
        assertTrue(text.contains("CLKランプ 消灯: 設定による（--clock slaved|free で指定）"), text);
        assertTrue(text.contains("- 自走に設定された端末: 正常（判定はガイドに記載なし）"), text);
        assertTrue(text.contains("- クロック従属に設定された端末: 異常"), text);
        assertTrue(text.contains("判定：CLK — CLKランプ消灯はクロックの設定によって"), text);
    }

    @Test
    void threeAndFourHaveNoClockPortSoNoClkGreenAndNoSlavedClock() {
        CliRun green = diagnose("Ⅲ", "CLK=green");
        assertUsageError(green, "Ⅲ型/Ⅳ型にはクロックポートがなく常に自走のため、CLKランプは green を表示しません。状態：off");
        CliRun json = diagnose("IV", "--json", "CLKI=green");
        assertEquals(VoipgwCommand.EXIT_USAGE, json.exit());
        assertEquals(List.of("off"), JSON.convertValue(json.json().get("valid"), List.class));
        assertUsageError(diagnose("III", "--clock", "slaved", "CLK=off"), "III has no clock port, so it cannot be 'slaved'; valid: free");
        assertUsageError(diagnose("VI", "--clock", "maybe", "CLK=off"), "有効：slaved, free");
    }

    /** The verdicts the guide does not give, marked as ours (issue 15's list, by guide line). */
    @ParameterizedTest
    @CsvSource({
        "VIII, POWER=orange-blink, 4379, false", "VIII, POWER=orange, 4384, false", "VIII, INIT=orange, 4391, false",
        "VIII, INIT=orange-blink, 4396, true", "VIII, CONFIG=off, 4411, true", "VI, INIT=red, 4698, false",
        "VI, PPP=green, 4741, true", "VI, LAN4=off, 4827, true",
    })
    void verdictsTheGuideDoesNotGiveAreMarked(String model, String lampState, int line, boolean normal) {
        JsonNode n = lamp(diagnose(model, "--json", lampState));
        assertEquals(line, n.get("line").asInt());
        assertFalse(n.get("verdictFromGuide").asBoolean());
        assertEquals(normal, n.get("normal").asBoolean());
        assertTrue(diagnose(model, lampState).out().contains((normal ? "正常" : "異常") + "（判定はガイドに記載なし）"));
    }

    @ParameterizedTest
    @CsvSource({"VIII, POWER=green, 4367", "VIII, CLK=orange, 4627", "VI, LAN1-SPEED=off, 4844", "VI, WAN=green-blink, 4806"})
    void rowsPrintingNormalOperationShowIt(String model, String lampState, int line) {
        JsonNode n = lamp(diagnose(model, "--json", lampState));
        assertEquals(line, n.get("line").asInt());
        assertEquals("正常動作", n.get("cause").get("ja").asText());
        assertTrue(diagnose(model, lampState).out().contains("要因：正常動作"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "VIII|PPP=off|変更後（原文：変更簿）のPW",
        "VI|PPP=off|変更後（原文：変更簿）のPW",
        "VIII|PRI=red|PRI回線（原文：愛泉）閉塞中",
        "VIII|PRI=red|REGISTERが落ちた（原文：落ちした）場合",
        "VI|ALARM=red|SDRAM（原文：SDASH、推定）",
        "VI|CONFIG=green|前回設定情報への（原文：えの）運用状況",
        "VIII|VoIP=off|上記で問題ない（原文：問題い）場合",
    })
    void ocrFixesShowThePrintedWord(String model, String lampState, String shown) {
        assertTrue(diagnose(model, lampState).out().contains(shown));
    }

    @Test
    void viiiVoipOffKeepsTheGuidesStepsAsPrinted() {
        String text = diagnose("VIII", "VoIP=off").out();
        assertTrue(text.contains("② WAN-IFのケーブルで断線は起きていませんか？\n    上記で問題ない（原文：問題い）場合\n"
                + "    ③ 端末の電源をOFF/ONする（複数回実行）\n    ⇒上記で問題が解消できなければ".replace("\n",
                        System.lineSeparator())), text);
    }

    @Test
    void priRedCauseAndRemedyColumnsAsPrinted() {
        JsonNode n = lamp(diagnose("VIII", "--json", "PRI=red"));
        assertEquals("PRIポートの回線閉塞等が発生している状態", n.get("cause").get("ja").asText());
        assertEquals("PRI閉塞はREGISTERが落ちた（原文：落ちした）場合に発生する事があります。",
                n.get("remedy").get(0).get("ja").asText());
        assertEquals("", n.get("steps").get(0).get("marker").asText());
    }

    @Test
    void familyLanOffKeepsItsLeadIn() {
        JsonNode n = lamp(diagnose("VI", "--json", "LAN2=off"));
        assertEquals("LAN側に機器を接続しても消灯のままの場合、以下の事をご確認ください", n.get("remedyLeadIn").get("ja").asText());
        assertTrue(diagnose("VI", "LAN2=off").out().contains("LAN側に機器を接続しても消灯のままの場合、以下の事をご確認ください"));
    }

    @Test
    void verdictSentencesEndOnce() {
        JsonNode reason = diagnose("VIII", "--json", "POWER=off").json().get("verdict").get("reason");
        assertTrue(reason.get("ja").asText().endsWith("電源ONとなっていますか？"), reason.toString());
        assertTrue(reason.get("en").asText().endsWith("Is the power switched on?"), reason.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "VIII|FOO=green|不明なランプ 'FOO'。Ⅷ型（VR23-PRI）のランプ：POWER, INIT",
        "III|PRI=green|PRIランプはⅢ型/Ⅳ型/Ⅵ型/Ⅶ型のパネルにありません。",
        "VIII|WAN=orange|Ⅷ型（VR23-PRI）のWANランプは orange を表示しません。状態：off, green, green-blink, red-blink",
        "VIII|WAN=purple|WANランプの状態 'purple' は不明です。",
        "VI|CONFIG=purple|状態：off, green-blink, green（未提供）, red（未提供）, red-blink（未提供）",
        "IX|WAN=green|不明な機種 'IX'。",
        "VIII|WAN|LAMP=STATE の形で指定してください",
    })
    void refusalsAreInJapaneseByDefault(String model, String lamp, String japanese) {
        assertUsageError(diagnose(model, lamp), japanese);
        assertUsageError(diagnose(model, "--lang", "ja", lamp), japanese);
    }

    @Test
    void englishRefusalsMarkNotProvidedStates() {
        CliRun r = diagnose("VI", "--lang", "en", "CONFIG=purple");
        assertUsageError(r, "its states: off, green-blink, green (not provided), red (not provided), red-blink (not provided)");
        assertFalse(r.err().contains("不明"), r.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "VIII|WAN=orange|WAN, off, green, green-blink, red-blink",
        "VIII|FOO=green|FOO, POWER",
        "IX|WAN=green|IX, III",
        "VIII|WAN=green wan=off|WAN is given more than once",
    })
    void jsonRefusalsAreAnErrorObjectOnStdout(String model, String lamps, String expect) {
        List<String> args = new ArrayList<>(List.of("--json"));
        args.addAll(List.of(lamps.split(" ")));
        CliRun r = diagnose(model, args.toArray(String[]::new));
        assertEquals(VoipgwCommand.EXIT_USAGE, r.exit());
        assertEquals("", r.err());
        JsonNode root = r.json();
        String[] parts = expect.split(", ", 2);
        assertTrue(root.get("errorText").get("en").asText().contains(parts[0]), root.toString());
        assertFalse(root.get("error").asText().isBlank());
        assertTrue(root.get("valid").isArray());
        if (parts.length > 1 && !parts[1].isBlank()) {
            assertEquals(List.of(parts[1].split(", ")),
                    JSON.convertValue(root.get("valid"), List.class).subList(0, parts[1].split(", ").length));
        }
    }

    @Test
    void jsonCommandLineErrorsAreJsonToo() {
        CliRun r = run("diagnose", "--json", "WAN=green");
        assertEquals(VoipgwCommand.EXIT_USAGE, r.exit());
        assertEquals("", r.err());
        assertTrue(r.json().get("error").asText().contains("--model"), r.out());
    }

    @Test
    void abnormalLampsNameTheFaultDeskAndWhatToHaveReady() {
        String text = diagnose("VIII", "WAN=red-blink").out();
        assertTrue(text.contains("故障時受付窓口：Voiceフロント 0120-565-054（受付時間：24時間365日）"), text);
        assertTrue(text.contains("・N番"), text);
        assertTrue(text.contains("※N番+名義 or 契約電話番号+名義のいずれかは必ず必要になります。"), text);
        JsonNode contact = diagnose("VIII", "--json", "WAN=red-blink").json().get("contact");
        assertEquals(8, contact.get("checklist").size());
        assertFalse(diagnose("VIII", "WAN=green").out().contains("0120-565-054"));
    }

    @Test
    void voipOffNamesTheAccountFieldsAndTheAuthFailureWording() {
        JsonNode notes = lamp(diagnose("VI", "--json", "VoIP=off")).get("notes");
        assertEquals(1, notes.size());
        String note = notes.get(0).get("ja").asText();
        assertTrue(note.startsWith("「認証に失敗しました」と表示された場合は、アカウント設定"), note);
        assertTrue(note.contains("端末ID") && note.contains("パスワード") && note.contains("SIPサーバ"), note);
        assertTrue(diagnose("VIII", "--lang", "en", "VoIP=off").out().contains("note: 「認証に失敗しました」"));
    }
}
