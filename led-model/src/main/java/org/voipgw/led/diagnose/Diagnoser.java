package org.voipgw.led.diagnose;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.voipgw.led.CatalogueRow;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampCatalogue;
import org.voipgw.led.LampFamily;
import org.voipgw.led.Text;

/**
 * From lamps a field engineer reads off a panel to what each means and which abnormal one to act on
 * first ({@link CausalHints}). Only the lamps given are judged: a lamp not given is not assumed to be
 * in any state.
 */
public final class Diagnoser {
    private Diagnoser() {
    }

    /**
     * @throws IllegalArgumentException when a lamp is not on the family's panel, is given twice, or is
     *     in a state its table does not list; the message names the valid values
     */
    public static Diagnosis diagnose(LampFamily family, List<Observation> observations) {
        Set<Lamp> seen = EnumSet.noneOf(Lamp.class);
        List<LampFinding> findings = new ArrayList<>();
        for (Observation o : observations) {
            if (!seen.add(o.lamp())) {
                throw new IllegalArgumentException(o.lamp() + " is given more than once");
            }
            findings.add(find(family, o));
        }
        return new Diagnosis(family, findings, verdict(findings));
    }

    /** The catalogue rows for one observation, or an exception naming what that panel and lamp allow. */
    public static LampFinding find(LampFamily family, Observation o) {
        requireOnPanel(family, o.lamp());
        List<CatalogueRow> rows = LampCatalogue.find(family, o.lamp(), o.state());
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(o.lamp() + " cannot show " + o.state() + " on the " + panelName(family)
                    + " panel; its states: " + LampCatalogue.statesOf(family, o.lamp()).stream()
                            .map(Object::toString).collect(Collectors.joining(", ")));
        }
        return new LampFinding(o.lamp(), o.state(), rows);
    }

    /** @throws IllegalArgumentException naming the panel's lamps when {@code lamp} is not one of them */
    public static void requireOnPanel(LampFamily family, Lamp lamp) {
        if (!family.has(lamp)) {
            throw new IllegalArgumentException(lamp + " is not on the " + panelName(family) + " panel; its lamps: "
                    + family.lamps().stream().map(Lamp::printed).collect(Collectors.joining(", ")));
        }
    }

    private static String panelName(LampFamily family) {
        return family == LampFamily.VIII ? "Ⅷ (VR23-PRI)" : "Ⅲ/Ⅳ/Ⅵ/Ⅶ";
    }

    private static Verdict verdict(List<LampFinding> findings) {
        List<LampFinding> abnormal = findings.stream().filter(f -> !f.normal())
                .sorted(Comparator.comparingInt((LampFinding f) -> CausalHints.rank(f.lamp()))
                        .thenComparing(LampFinding::lamp))
                .toList();
        if (abnormal.isEmpty()) {
            return null;
        }
        LampFinding first = abnormal.get(0);
        Set<LampFinding> explained = explainedBy(first, abnormal);
        List<LampFinding> rest = abnormal.stream().skip(1).filter(f -> !explained.contains(f)).toList();
        return new Verdict(first.lamp(), reason(first, List.copyOf(explained), rest));
    }

    /** The abnormal lamps {@code first} accounts for, directly or through another given abnormal lamp. */
    private static Set<LampFinding> explainedBy(LampFinding first, List<LampFinding> abnormal) {
        Set<LampFinding> explained = new LinkedHashSet<>();
        Deque<LampFinding> todo = new ArrayDeque<>(List.of(first));
        while (!todo.isEmpty()) {
            LampFinding cause = todo.pop();
            for (LampFinding f : abnormal) {
                if (f != first && !explained.contains(f) && CausalHints.explains(cause, f)) {
                    explained.add(f);
                    todo.add(f);
                }
            }
        }
        return explained;
    }

    private static Text reason(LampFinding first, List<LampFinding> explained, List<LampFinding> rest) {
        CatalogueRow row = first.row();
        StringBuilder ja = new StringBuilder(first.toJa() + "（"
                + row.meaning().ja() + "）");
        StringBuilder en = new StringBuilder(first.toEn() + " (" + row.meaning().en() + ")");
        if (!explained.isEmpty()) {
            ja.append("は").append(list(explained, LampFinding::toJa, "、")).append("も説明する");
            en.append(", which also explains ").append(list(explained, LampFinding::toEn, ", "));
        }
        ja.append("。まず").append(first.lamp()).append("の対処を実施する");
        en.append("; act on ").append(first.lamp()).append(" first");
        if (row.remedy().isEmpty()) {
            ja.append("（対処方法の記載なし）");
            en.append(" (the guide gives no remedy steps)");
        } else {
            ja.append("：").append(row.remedy().get(0).ja());
            en.append(": ").append(row.remedy().get(0).en());
        }
        endSentence(ja, "。");
        endSentence(en, ".");
        if (!rest.isEmpty()) {
            ja.append("その後、").append(list(rest, LampFinding::toJa, "、")).append("の対処を実施する。");
            en.append(" Then act on ").append(list(rest, LampFinding::toEn, ", ")).append(".");
        }
        return new Text(ja.toString(), en.toString());
    }

    private static void endSentence(StringBuilder b, String stop) {
        if (!b.toString().endsWith(stop)) {
            b.append(stop);
        }
    }

    private static String list(List<LampFinding> fs, Function<LampFinding, String> name, String sep) {
        return fs.stream().map(name).collect(Collectors.joining(sep));
    }
}
