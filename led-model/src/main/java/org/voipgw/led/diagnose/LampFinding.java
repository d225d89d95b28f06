package org.voipgw.led.diagnose;

import java.util.List;
import java.util.Optional;
import org.voipgw.led.CatalogueRow;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampState;

/**
 * What the catalogue says about one observed lamp: its row, and for the family's CONFIG green-blink
 * also the （未提供） row the guide lists for the same state (guide 4713, 4717).
 */
public record LampFinding(Lamp lamp, LampState state, List<CatalogueRow> rows) {
    public LampFinding {
        rows = List.copyOf(rows);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no catalogue row for " + lamp + " " + state);
        }
    }

    /** The row to report: the provided one where the guide lists two. */
    public CatalogueRow row() {
        return rows.get(0);
    }

    public boolean normal() {
        return row().normal();
    }

    /** e.g. "WANランプ（赤）点滅", as the guide writes a lamp state. */
    String toJa() {
        return lamp + "ランプ" + state.guideWording();
    }

    /** e.g. "WAN red-blink". */
    String toEn() {
        return lamp + " " + state;
    }

    /** The （未提供） row listed for the same state besides the reported one, if any. */
    public Optional<CatalogueRow> notProvidedAlternative() {
        return rows.stream().skip(1).filter(CatalogueRow::notProvided).findFirst();
    }
}
