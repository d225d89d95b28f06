package org.voipgw.led;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The guide's two lamp tables as data: what every lamp state means, whether it is normal, its likely
 * cause and the remedy steps. Ⅷ (VR23-PRI): 34 rows, guide lines 4350–4642 ({@link ViiiLampTable});
 * Ⅲ/Ⅳ/Ⅵ/Ⅶ: 31 rows, 4 of them （未提供）, lines 4675–4864 ({@link FamilyLampTable}).
 *
 * <p>Texts are the guide's Japanese word for word with an English translation; obvious OCR typos are
 * fixed where they occur, each with a comment. Remedy steps drop the guide's markers (①②…, ・) and
 * keep its closing line (⇒…故障時連絡先へご連絡下さい) where it has one; preambles such as
 * "以下の手順で動作をご確認ください" are not steps. {@code cause} is null where the guide prints none, or
 * prints only 正常動作, which is what {@code normal} says.
 */
public final class LampCatalogue {
    private LampCatalogue() {
    }

    /** Every row of one panel's table, in the guide's order. */
    public static List<CatalogueRow> rows(LampFamily family) {
        return switch (family) {
            case VIII -> ViiiLampTable.ROWS;
            case FXS_BRI -> FamilyLampTable.ROWS;
        };
    }

    /**
     * The rows for one lamp in one state: usually one, none when the lamp cannot show that state, two
     * for the family's CONFIG green-blink (the provided row first, then the （未提供） one, 4713/4717).
     */
    public static List<CatalogueRow> find(LampFamily family, Lamp lamp, LampState state) {
        List<CatalogueRow> found = new ArrayList<>();
        for (CatalogueRow r : rows(family)) {
            if (r.covers(lamp) && r.state() == state) {
                found.add(r);
            }
        }
        found.sort(Comparator.comparing(CatalogueRow::notProvided)); // stable: provided rows first
        return List.copyOf(found);
    }

    /** The states the table lists for a lamp, each once, in the guide's order; empty if not on the panel. */
    public static List<LampState> statesOf(LampFamily family, Lamp lamp) {
        return rows(family).stream().filter(r -> r.covers(lamp)).map(CatalogueRow::state).distinct().toList();
    }
}
