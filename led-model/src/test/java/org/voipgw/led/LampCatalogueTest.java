package org.voipgw.led;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LampCatalogueTest {
    static Stream<CatalogueRow> allRows() {
        return Stream.of(LampFamily.values()).flatMap(f -> LampCatalogue.rows(f).stream());
    }

    @Test
    void viiiTableHas34Rows() {
        assertEquals(34, LampCatalogue.rows(LampFamily.VIII).size());
        assertEquals(0, LampCatalogue.rows(LampFamily.VIII).stream().filter(CatalogueRow::notProvided).count());
    }

    @Test
    void familyTableHas31RowsOf4NotProvided() {
        assertEquals(31, LampCatalogue.rows(LampFamily.FXS_BRI).size());
        assertEquals(4, LampCatalogue.rows(LampFamily.FXS_BRI).stream().filter(CatalogueRow::notProvided).count());
    }

    @Test
    void rowsPerLampAsTheGuidePrintsThem() {
        assertEquals(List.of(LampState.OFF, LampState.GREEN, LampState.RED, LampState.ORANGE_BLINK, LampState.ORANGE),
                LampCatalogue.statesOf(LampFamily.VIII, Lamp.POWER));
        assertEquals(List.of(LampState.OFF, LampState.GREEN, LampState.GREEN_BLINK, LampState.RED_BLINK),
                LampCatalogue.statesOf(LampFamily.VIII, Lamp.WAN));
        assertEquals(List.of(LampState.OFF, LampState.GREEN_BLINK, LampState.GREEN, LampState.RED, LampState.RED_BLINK),
                LampCatalogue.statesOf(LampFamily.FXS_BRI, Lamp.CONFIG));
        for (Lamp lan : Lamp.LAN_LINK) {
            assertEquals(List.of(LampState.OFF, LampState.GREEN), LampCatalogue.statesOf(LampFamily.VIII, lan));
            assertEquals(List.of(LampState.OFF, LampState.GREEN, LampState.GREEN_BLINK),
                    LampCatalogue.statesOf(LampFamily.FXS_BRI, lan));
        }
        for (Lamp speed : Lamp.LAN_SPEED) {
            assertEquals(List.of(LampState.OFF, LampState.ORANGE), LampCatalogue.statesOf(LampFamily.FXS_BRI, speed));
            assertEquals(List.of(), LampCatalogue.statesOf(LampFamily.VIII, speed));
        }
        assertEquals(List.of(), LampCatalogue.statesOf(LampFamily.FXS_BRI, Lamp.PRI));
        assertEquals(2, LampCatalogue.statesOf(LampFamily.FXS_BRI, Lamp.find("CLKI").orElseThrow()).size());
    }

    @Test
    void familyConfigGreenBlinkHasTheProvidedRowFirst() {
        List<CatalogueRow> rows = LampCatalogue.find(LampFamily.FXS_BRI, Lamp.CONFIG, LampState.GREEN_BLINK);
        assertEquals(2, rows.size());
        assertFalse(rows.get(0).notProvided());
        assertTrue(rows.get(1).notProvided());
        assertEquals("ファームダウンロード済みで端末再起動未の状態", rows.get(0).meaning().ja());
    }

    @Test
    void noRowForAStateTheLampCannotShow() {
        assertEquals(List.of(), LampCatalogue.find(LampFamily.VIII, Lamp.WAN, LampState.ORANGE));
        assertEquals(List.of(), LampCatalogue.find(LampFamily.FXS_BRI, Lamp.POWER, LampState.RED));
    }

    @Test
    void normalAsTheGuideJudgesIt() {
        assertTrue(row(LampFamily.VIII, Lamp.PPP, LampState.OFF).normal(), "正常動作（VoIPのみ利用では正常動作）");
        assertTrue(row(LampFamily.VIII, Lamp.LAN3, LampState.OFF).normal());
        assertTrue(row(LampFamily.VIII, Lamp.CLK, LampState.OFF).normal());
        assertTrue(row(LampFamily.VIII, Lamp.CONFIG, LampState.GREEN_BLINK).normal(), "故障ではない");
        assertFalse(row(LampFamily.VIII, Lamp.POWER, LampState.ORANGE).normal());
        assertFalse(row(LampFamily.VIII, Lamp.POWER, LampState.ORANGE_BLINK).normal());
        assertFalse(row(LampFamily.VIII, Lamp.INIT, LampState.ORANGE).normal());
        assertFalse(row(LampFamily.VIII, Lamp.WAN, LampState.RED_BLINK).normal());
        assertFalse(row(LampFamily.VIII, Lamp.PRI, LampState.OFF).normal());
        assertFalse(row(LampFamily.VIII, Lamp.CLK, LampState.ORANGE_BLINK).normal());
        assertFalse(row(LampFamily.FXS_BRI, Lamp.PPP, LampState.OFF).normal());
        assertFalse(row(LampFamily.FXS_BRI, Lamp.PPP, LampState.GREEN_BLINK).normal());
        assertFalse(row(LampFamily.FXS_BRI, Lamp.WAN, LampState.OFF).normal());
        assertTrue(row(LampFamily.FXS_BRI, Lamp.INIT, LampState.RED_BLINK).normal(), "フラッシュアクセス中（正常動作）");
    }

    @Test
    void causeIsNormalOperationWhereTheGuidePrintsItAndNullOnlyWhereTheColumnIsEmpty() {
        assertEquals("正常動作", row(LampFamily.VIII, Lamp.POWER, LampState.GREEN).cause().ja());
        assertEquals("正常動作", row(LampFamily.FXS_BRI, Lamp.LAN1_SPEED, LampState.ORANGE).cause().ja());
        // the 26 rows whose cause column holds 正常動作 alone (issue 15)
        assertEquals(26, allRows().filter(r -> r.cause() != null && r.cause().ja().equals("正常動作")).count());
        assertNull(row(LampFamily.VIII, Lamp.CONFIG, LampState.OFF).cause());
        assertEquals(1, allRows().filter(r -> r.cause() == null).count(), "Ⅷ CONFIG off (4411) only");
        assertEquals("REGISTERが上がらない状態", row(LampFamily.VIII, Lamp.VOIP, LampState.OFF).cause().ja());
    }

    @Test
    void verdictsTheGuideDoesNotGiveAreMarkedAsOurs() {
        List<Integer> ours = allRows().filter(r -> !r.verdictFromGuide()).map(CatalogueRow::line).sorted().toList();
        assertEquals(List.of(4379, 4384, 4391, 4396, 4411, 4698, 4741, 4808, 4827), ours);
        assertTrue(row(LampFamily.VIII, Lamp.INIT, LampState.ORANGE_BLINK).normal(), "a firmware update is normal work");
    }

    @Test
    void stepMarkersAsPrinted() {
        assertEquals(List.of("①", "②", "", "③", ""), row(LampFamily.VIII, Lamp.VOIP, LampState.OFF).stepMarkers());
        assertEquals("上記で問題ない（原文：問題い）場合", row(LampFamily.VIII, Lamp.VOIP, LampState.OFF).remedy().get(2).ja());
        assertEquals(List.of("・", ""), row(LampFamily.VIII, Lamp.ALARM, LampState.RED).stepMarkers());
        assertEquals("① 電源ONとなっていますか？",
                row(LampFamily.FXS_BRI, Lamp.POWER, LampState.OFF).steps().get(0).printed(Language.JA));
        CatalogueRow priRed = row(LampFamily.VIII, Lamp.PRI, LampState.RED);
        assertEquals("PRIポートの回線閉塞等が発生している状態", priRed.cause().ja(), "4581 is in the remedy column");
        assertTrue(priRed.remedy().get(0).ja().startsWith("PRI閉塞はREGISTERが落ちた"));
        assertEquals("LAN側に機器を接続しても消灯のままの場合、以下の事をご確認ください",
                row(LampFamily.FXS_BRI, Lamp.LAN2, LampState.OFF).remedyLeadIn().ja());
    }

    @Test
    void remedyStepsInOrderEndingWithTheContactLine() {
        List<Text> steps = row(LampFamily.VIII, Lamp.PPP, LampState.OFF).remedy();
        assertEquals(6, steps.size());
        assertTrue(steps.get(0).ja().startsWith("本端末にパソコンを接続し"));
        assertEquals("⇒上記で問題が解消できなければ、故障時連絡先へご連絡下さい", steps.get(5).ja());
        assertEquals(List.of(), row(LampFamily.VIII, Lamp.POWER, LampState.ORANGE).remedy());
        assertEquals(7, row(LampFamily.VIII, Lamp.PRI, LampState.RED_BLINK).remedy().size());
        assertEquals(6, row(LampFamily.VIII, Lamp.PRI, LampState.RED).remedy().size());
    }

    @ParameterizedTest
    @MethodSource("allRows")
    void everyTextIsBilingualWithoutStepMarkersOrKnownOcrTypos(CatalogueRow row) {
        List<Text> texts = Stream.concat(Stream.of(row.meaning(), row.cause()), row.remedy().stream())
                .filter(t -> t != null).toList();
        for (Text t : texts) {
            assertFalse(t.ja().isBlank() || t.en().isBlank(), row.toString());
            assertFalse(t.en().codePoints().anyMatch(c -> c >= 0x3040 && c <= 0x309f), "hiragana in English: " + t.en());
            String fixed = t.ja().replaceAll("（原文：[^）]*）", ""); // a fix keeps the printed word in its note
            for (String typo : List.of("愛泉", "落ちした", "問題い", "変更簿", "SDASH", "情報えの")) {
                assertFalse(fixed.contains(typo), t.ja());
            }
            assertFalse(t.ja().matches("^[　\\s・①②③④⑤⑥].*"), "step marker left in: " + t.ja());
        }
        for (Text step : row.remedy()) {
            assertFalse(step.ja().startsWith("以下の手順"), "a preamble is not a step");
        }
    }

    private static CatalogueRow row(LampFamily f, Lamp l, LampState s) {
        return LampCatalogue.find(f, l, s).get(0);
    }
}
