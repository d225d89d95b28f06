package org.voipgw.led;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The guide's two lamp tables as data: what every lamp state means, whether it is normal, its likely
 * cause and the remedy steps. Ⅷ (VR23-PRI): 34 rows, guide lines 4350–4641 ({@link ViiiLampTable});
 * Ⅲ/Ⅳ/Ⅵ/Ⅶ: 31 rows, 4 of them （未提供）, lines 4675–4864 ({@link FamilyLampTable}). The excerpts are in
 * docs/guide/.
 *
 * <p>Texts are the guide's Japanese word for word with an English translation; OCR slips are fixed
 * with the printed word kept beside the fix (「変更後（原文：変更簿）」). Remedy steps keep the guide's
 * markers apart ({@link CatalogueRow#steps()}) and its closing line (⇒…故障時連絡先へご連絡下さい) where
 * it has one; the plain preamble "以下の手順で動作をご確認ください" is not a step, a lead-in that says when
 * the steps apply is kept ({@link CatalogueRow#remedyLeadIn()}). {@code cause} is 正常動作 where the guide
 * prints that in the cause column, null only where the column is empty (Ⅷ CONFIG off, 4411).
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

    /**
     * The rows for one lamp in one state on a unit whose clock is {@code clock}: as {@link #find(LampFamily,
     * Lamp, LampState)}, except the CLK lamp, whose off state is read per {@link ClockRole}: none on a
     * unit without a clock port unless off; on the family with the setting unknown, both readings
     * (free-running first).
     */
    public static List<CatalogueRow> find(LampFamily family, ClockRole clock, Lamp lamp, LampState state) {
        List<CatalogueRow> rows = find(family, lamp, state);
        if (lamp != Lamp.CLK || rows.isEmpty()) {
            return rows;
        }
        return ClockReadings.read(family, clock, rows.get(0));
    }

    /** The states a lamp can show on a unit whose clock is {@code clock} (Ⅲ/Ⅳ: CLK off only). */
    public static List<LampState> statesOf(LampFamily family, ClockRole clock, Lamp lamp) {
        return statesOf(family, lamp).stream().filter(s -> !find(family, clock, lamp, s).isEmpty()).toList();
    }

    /** The states the table lists for a lamp, each once, in the guide's order; empty if not on the panel. */
    public static List<LampState> statesOf(LampFamily family, Lamp lamp) {
        return rows(family).stream().filter(r -> r.covers(lamp)).map(CatalogueRow::state).distinct().toList();
    }
}
