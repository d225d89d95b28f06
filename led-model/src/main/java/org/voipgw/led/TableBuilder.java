package org.voipgw.led;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes one lamp table of the guide row by row, in the guide's order: pick the lamp(s) a block of
 * rows is printed under, then add its states, each with the guide line it starts at. The modifiers
 * ({@link #projectVerdict()}, {@link #markers}, {@link #leadIn}) change the row added last. Used only by
 * the two table classes.
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

    /** A row the guide calls 正常動作 / 正常な状態 / 故障ではない (or that we judged normal: {@link #projectVerdict()}). */
    TableBuilder normal(int line, LampState state, Text meaning, Text cause, Text... remedy) {
        return add(line, state, meaning, true, cause, false, remedy);
    }

    /** A fault, or a state the guide says the lamp does not normally show. */
    TableBuilder abnormal(int line, LampState state, Text meaning, Text cause, Text... remedy) {
        return add(line, state, meaning, false, cause, false, remedy);
    }

    /** A row the guide marks （未提供）: listed, but the service does not provide it. */
    TableBuilder notProvided(int line, LampState state, Text meaning, boolean normal, Text cause) {
        return add(line, state, meaning, normal, cause, true);
    }

    /** The last row's verdict is the project's reading: the guide prints neither 正常動作 nor a fault. */
    TableBuilder projectVerdict() {
        CatalogueRow r = last();
        return replaceLast(new CatalogueRow(r.family(), r.lamps(), r.state(), r.meaning(), r.normal(), r.cause(),
                r.remedy(), r.notProvided(), r.line(), false, r.stepMarkers(), r.remedyLeadIn(), r.condition()));
    }

    /** The last row's step markers as printed, where they are not ①②… with unmarked ⇒/※ lines. */
    TableBuilder markers(String... printed) {
        CatalogueRow r = last();
        return replaceLast(new CatalogueRow(r.family(), r.lamps(), r.state(), r.meaning(), r.normal(), r.cause(),
                r.remedy(), r.notProvided(), r.line(), r.verdictFromGuide(), List.of(printed), r.remedyLeadIn(),
                r.condition()));
    }

    /** The lead-in the guide prints before the last row's steps, where it says when they apply. */
    TableBuilder leadIn(Text leadIn) {
        CatalogueRow r = last();
        return replaceLast(new CatalogueRow(r.family(), r.lamps(), r.state(), r.meaning(), r.normal(), r.cause(),
                r.remedy(), r.notProvided(), r.line(), r.verdictFromGuide(), r.stepMarkers(), leadIn, r.condition()));
    }

    private CatalogueRow last() {
        return rows.get(rows.size() - 1);
    }

    private TableBuilder replaceLast(CatalogueRow row) {
        rows.set(rows.size() - 1, row);
        return this;
    }

    private TableBuilder add(int line, LampState state, Text meaning, boolean normal, Text cause,
            boolean notProvided, Text... remedy) {
        List<Text> steps = List.of(remedy);
        rows.add(new CatalogueRow(family, lamps, state, meaning, normal, cause, steps, notProvided, line, true,
                CatalogueRow.numbered(steps), null, null));
        return this;
    }

    List<CatalogueRow> build() {
        return List.copyOf(rows);
    }
}
