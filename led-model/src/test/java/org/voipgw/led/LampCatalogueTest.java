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
    void causeIsNullWhereTheGuideGivesNone() {
        assertNull(row(LampFamily.VIII, Lamp.POWER, LampState.GREEN).cause());
        assertNull(row(LampFamily.VIII, Lamp.CONFIG, LampState.OFF).cause());
        assertEquals("REGISTERが上がらない状態", row(LampFamily.VIII, Lamp.VOIP, LampState.OFF).cause().ja());
    }

    @Test
    void remedyStepsInOrderEndingWithTheContactLine() {
        List<Text> steps = row(LampFamily.VIII, Lamp.PPP, LampState.OFF).remedy();
        assertEquals(6, steps.size());
        assertTrue(steps.get(0).ja().startsWith("本端末にパソコンを接続し"));
        assertEquals("⇒上記で問題が解消できなければ、故障時連絡先へご連絡下さい", steps.get(5).ja());
        assertEquals(List.of(), row(LampFamily.VIII, Lamp.POWER, LampState.ORANGE).remedy());
        assertEquals(7, row(LampFamily.VIII, Lamp.PRI, LampState.RED_BLINK).remedy().size());
        assertEquals(5, row(LampFamily.VIII, Lamp.PRI, LampState.RED).remedy().size());
    }

    @ParameterizedTest
    @MethodSource("allRows")
    void everyTextIsBilingualWithoutStepMarkersOrKnownOcrTypos(CatalogueRow row) {
        List<Text> texts = Stream.concat(Stream.of(row.meaning(), row.cause()), row.remedy().stream())
                .filter(t -> t != null).toList();
        for (Text t : texts) {
            assertFalse(t.ja().isBlank() || t.en().isBlank(), row.toString());
            assertFalse(t.en().codePoints().anyMatch(c -> c >= 0x3040 && c <= 0x309f), "hiragana in English: " + t.en());
            for (String typo : List.of("愛泉", "落ちした", "問題い", "変更簿", "SDASH", "情報えの")) {
                assertFalse(t.ja().contains(typo), t.ja());
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
