package org.voipgw.led;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes one lamp table of the guide row by row, in the guide's order: pick the lamp(s) a block of
 * rows is printed under, then add its states. Used only by the two table classes.
 */
final class TableBuilder {
    private final LampFamily family;
    private final List<CatalogueRow> rows = new ArrayList<>();
    private List<Lamp> lamps = List.of();

    TableBuilder(LampFamily family) {
        this.family = family;
    }

    /** The lamp(s) the following rows are printed under (LAN1～4 share one block). */
    TableBuilder lamps(List<Lamp> printedUnder) {
        this.lamps = List.copyOf(printedUnder);
        return this;
    }

    TableBuilder lamp(Lamp printedUnder) {
        return lamps(List.of(printedUnder));
    }

    /** A row the guide calls 正常動作 / 正常な状態 / 故障ではない (or that we judged normal, see the caller). */
    TableBuilder normal(LampState state, Text meaning, Text cause, Text... remedy) {
        return add(state, meaning, true, cause, false, remedy);
    }

    /** A fault or a state the guide says the lamp does not normally show. */
    TableBuilder abnormal(LampState state, Text meaning, Text cause, Text... remedy) {
        return add(state, meaning, false, cause, false, remedy);
    }

    /** A row the guide marks （未提供）: listed, but the service does not provide it. */
    TableBuilder notProvided(LampState state, Text meaning, boolean normal, Text cause) {
        return add(state, meaning, normal, cause, true);
    }

    private TableBuilder add(LampState state, Text meaning, boolean normal, Text cause, boolean notProvided,
            Text... remedy) {
        rows.add(new CatalogueRow(family, lamps, state, meaning, normal, cause, List.of(remedy), notProvided));
        return this;
    }

    List<CatalogueRow> build() {
        return List.copyOf(rows);
    }
}
