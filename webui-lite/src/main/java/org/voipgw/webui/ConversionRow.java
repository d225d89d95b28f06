package org.voipgw.webui;

import java.util.Objects;

/**
 * One row of 着信番号変換 (the guide's "着信番号変換 10番号"; settings {@code conversion.N.from|to}): a call
 * for {@code from} is offered to the PBX as {@code to}. Both "" for an unused row.
 */
public record ConversionRow(int row, String from, String to) {
    public ConversionRow {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
    }

    /** The setting (and form field) names: {@code conversion.N.from}, {@code conversion.N.to}. */
    public static String key(int row, String field) {
        return "conversion." + row + "." + field;
    }
}
