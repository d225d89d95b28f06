package org.voipgw.led.diagnose;

import java.util.List;
import java.util.Optional;
import org.voipgw.led.CatalogueRow;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampState;

/**
 * What the catalogue says about one observed lamp: every row the guide lists for the state (two for the
 * family's CONFIG green-blink, the provided one first, 4713 and 4717), or every reading of it (the CLK
 * lamp off on a family unit whose clock setting is unknown, {@link org.voipgw.led.ClockRole}).
 */
public record LampFinding(Lamp lamp, LampState state, List<CatalogueRow> rows) {
    /** Normal, abnormal, or either depending on what the readings' conditions say. */
    public enum Judgement { NORMAL, ABNORMAL, DEPENDS }

    public LampFinding {
        rows = List.copyOf(rows);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no catalogue row for " + lamp + " " + state);
        }
    }

    /** The first row: the provided one where the guide lists two, the first reading where there are two. */
    public CatalogueRow row() {
        return rows.get(0);
    }

    /** From the provided rows (a （未提供） row of the same state does not decide). */
    public Judgement judgement() {
        List<CatalogueRow> deciding = rows.stream().filter(r -> !r.notProvided()).toList();
        List<CatalogueRow> judged = deciding.isEmpty() ? rows : deciding;
        boolean anyNormal = judged.stream().anyMatch(CatalogueRow::normal);
        boolean anyAbnormal = judged.stream().anyMatch(r -> !r.normal());
        return anyNormal && anyAbnormal ? Judgement.DEPENDS : anyNormal ? Judgement.NORMAL : Judgement.ABNORMAL;
    }

    public boolean normal() {
        return judgement() == Judgement.NORMAL;
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
