package org.voipgw.led;

import static org.voipgw.led.GuideText.t;

import java.util.List;

/**
 * The CLK lamp's off row read per {@link ClockRole}: the guide's row says what off means on a unit that
 * follows a clock (family 4808–4811) or calls it normal (Ⅷ 4595); which applies depends on the unit.
 */
final class ClockReadings {
    private ClockReadings() {
    }

    static final Text NO_PORT = t("クロックポートのない機種（Ⅲ型/Ⅳ型）", "A model without a clock port (Ⅲ/Ⅳ)");
    static final Text SLAVED = t("クロック従属に設定された端末", "A unit set to follow an external clock");
    static final Text FREE = t("自走に設定された端末", "A unit set to free-run");

    /** Ⅲ/Ⅳ: spec sheet ③ (4216–4279) has no clock port, and clock sync is asked of Ⅵ–Ⅷ only (4889). */
    private static final Text NO_PORT_CAUSE = t("クロックポートがないため常に自走で、CLKランプは消灯のまま（正常）",
            "With no clock port the unit always free-runs and its CLK lamp stays off (normal)");
    /** The family's cause (4809–4811), which names exactly this case; Ⅷ's row has the same checks. */
    private static final Text SLAVED_CAUSE = t("クロック従属の端末で消灯している場合には、CLK信号が受け取れていない状態",
            "On a unit slaved to an external clock, off means no CLK signal is being received");
    private static final Text FREE_CAUSE = t("自走状態（クロック従属しない設定どおり）",
            "Free-running, as the unit is set to");

    static List<CatalogueRow> read(LampFamily family, ClockRole clock, CatalogueRow row) {
        if (clock == ClockRole.NO_CLOCK_PORT) {
            return row.state() == LampState.OFF
                    ? List.of(row.reading(NO_PORT, true, false, NO_PORT_CAUSE, List.of(), List.of()))
                    : List.of();
        }
        if (row.state() != LampState.OFF) {
            return List.of(row);
        }
        boolean viii = family == LampFamily.VIII;
        // Ⅷ prints 正常動作 for off (4595): free-running is the guide's verdict there, slaved is ours.
        CatalogueRow free = row.reading(FREE, true, viii, viii ? row.cause() : FREE_CAUSE, List.of(), List.of());
        CatalogueRow slaved = row.reading(SLAVED, false, !viii, SLAVED_CAUSE, row.remedy(), row.stepMarkers());
        return switch (clock) {
            case SLAVED -> List.of(slaved);
            case FREE -> List.of(free);
            // Ⅷ with its setting unknown: the row as printed (正常動作, with the checks)
            case UNKNOWN -> viii ? List.of(row) : List.of(free, slaved);
            case NO_CLOCK_PORT -> throw new IllegalStateException("handled above");
        };
    }
}
