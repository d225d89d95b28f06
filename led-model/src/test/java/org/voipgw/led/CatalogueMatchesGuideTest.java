package org.voipgw.led;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every catalogue row against the guide excerpt the repository carries: the row's line holds its state
 * and meaning, and every Japanese text is the guide's once the marked OCR fixes are undone.
 */
class CatalogueMatchesGuideTest {
    private static final Map<Integer, String> GUIDE = GuideExcerpt.guide();
    private static final String SQUEEZED = GuideExcerpt.squeezed(GUIDE);

    /** Each marked fix and the printed word it undoes to; a fix not listed here fails the test. */
    private static final Map<String, String> PRINTED = Map.of(
            "変更後（原文：変更簿）", "変更簿",
            "問題ない（原文：問題い）", "問題い",
            "回線（原文：愛泉）", "愛泉",
            "落ちた（原文：落ちした）", "落ちした",
            "SDRAM（原文：SDASH、推定）", "SDASH",
            "への（原文：えの）", "えの");

    static Stream<CatalogueRow> rows() {
        return LampCatalogueTest.allRows();
    }

    static String asPrinted(String ja) {
        String s = ja;
        for (Map.Entry<String, String> e : PRINTED.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        assertFalse(s.contains("原文"), "an OCR fix not known to this test: " + ja);
        return s;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theRowsLineHoldsItsStateAndMeaning(CatalogueRow row) {
        String line = GUIDE.get(row.line());
        assertNotNull(line, "line " + row.line() + " is not in the excerpt");
        assertTrue(line.startsWith(row.state().guideWording()), row.line() + ": " + line);
        assertTrue(line.replaceAll("[\\s\u3000]", "").contains(asPrinted(row.meaning().ja()).replaceAll("[\\s\u3000]", "")),
                row.line() + ": " + line + " lacks " + row.meaning().ja());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyJapaneseTextIsTheGuides(CatalogueRow row) {
        Stream.concat(Stream.of(row.meaning(), row.cause(), row.remedyLeadIn()), row.remedy().stream())
                .filter(t -> t != null && !t.ja().equals(GuideText.NORMAL_OPERATION.ja()))
                .forEach(t -> assertTrue(SQUEEZED.contains(asPrinted(t.ja()).replaceAll("[\\s\u3000]", "")),
                        row.line() + ": not in the guide: " + t.ja()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void normalOperationWhereTheRowPrintsIt(CatalogueRow row) {
        if (row.cause() != null && row.cause().ja().equals("正常動作")) {
            assertTrue(GUIDE.get(row.line()).strip().endsWith("正常動作"), GUIDE.get(row.line()));
            assertTrue(row.normal());
            assertTrue(row.verdictFromGuide());
        }
        assertEquals(row.remedy().size(), row.stepMarkers().size());
    }
}
