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
import org.voipgw.led.ClockRole;
import org.voipgw.led.Lamp;
import org.voipgw.led.LampCatalogue;
import org.voipgw.led.LampFamily;
import org.voipgw.led.LampState;
import org.voipgw.led.Text;

/**
 * From lamps a field engineer reads off a panel to what each means and which abnormal one to act on
 * first ({@link CausalHints}). Only the lamps given are judged: a lamp not given is not assumed to be
 * in any state. What is known of the unit's clock ({@link ClockRole}) decides what CLK off means.
 */
public final class Diagnoser {
    private Diagnoser() {
    }

    /** As {@link #diagnose(LampFamily, ClockRole, List)} with the clock setting unknown. */
    public static Diagnosis diagnose(LampFamily family, List<Observation> observations) {
        return diagnose(family, ClockRole.UNKNOWN, observations);
    }

    /**
     * @throws DiagnosisRefusal when a lamp is not on the family's panel, is given twice, or is in a state
     *     it cannot show on this unit; the message names the valid values
     */
    public static Diagnosis diagnose(LampFamily family, ClockRole clock, List<Observation> observations) {
        Set<Lamp> seen = EnumSet.noneOf(Lamp.class);
        List<LampFinding> findings = new ArrayList<>();
        for (Observation o : observations) {
            if (!seen.add(o.lamp())) {
                throw new DiagnosisRefusal(Text.of(o.lamp() + "ランプが2回以上指定されています",
                        o.lamp() + " is given more than once"), List.of());
            }
            findings.add(find(family, clock, o));
        }
        return new Diagnosis(family, findings, verdict(findings));
    }

    /**
     * Reads {@code LAMP=STATE} as an engineer types it (lamp names as printed, CLKI for CLK; state ids).
     *
     * @throws DiagnosisRefusal naming the panel's lamps or the lamp's states
     */
    public static Observation observation(LampFamily family, ClockRole clock, String arg) {
        int eq = arg.indexOf('=');
        if (eq <= 0 || eq == arg.length() - 1) {
            throw new DiagnosisRefusal(Text.of("LAMP=STATE の形で指定してください（例：WAN=red-blink）。指定：'" + arg + "'",
                    "expected LAMP=STATE, e.g. WAN=red-blink, got '" + arg + "'"), lampNames(family));
        }
        String lampName = arg.substring(0, eq);
        Lamp lamp = Lamp.find(lampName).orElseThrow(() -> new DiagnosisRefusal(Text.of(
                "不明なランプ '" + lampName + "'。" + panelJa(family) + "のランプ：" + String.join(", ", lampNames(family)),
                "unknown lamp '" + lampName + "'; lamps of the " + panelEn(family) + " panel: "
                        + String.join(", ", lampNames(family))), lampNames(family)));
        requireOnPanel(family, lamp);
        String stateName = arg.substring(eq + 1);
        try {
            return new Observation(lamp, LampState.parse(stateName));
        } catch (IllegalArgumentException e) {
            StatesList states = StatesList.of(family, clock, lamp);
            throw new DiagnosisRefusal(Text.of(
                    lamp + "ランプの状態 '" + stateName + "' は不明です。状態：" + states.ja(),
                    "unknown state '" + stateName + "' for " + lamp + "; its states: " + states.en()), states.ids());
        }
    }

    /** The catalogue rows for one observation, with the clock setting unknown. */
    public static LampFinding find(LampFamily family, Observation o) {
        return find(family, ClockRole.UNKNOWN, o);
    }

    /** The catalogue rows (or readings) for one observation, or a refusal naming what this unit allows. */
    public static LampFinding find(LampFamily family, ClockRole clock, Observation o) {
        requireOnPanel(family, o.lamp());
        List<CatalogueRow> rows = LampCatalogue.find(family, clock, o.lamp(), o.state());
        if (rows.isEmpty()) {
            StatesList states = StatesList.of(family, clock, o.lamp());
            if (clock == ClockRole.NO_CLOCK_PORT && o.lamp() == Lamp.CLK) {
                // spec sheet ③ (4216–4279) gives Ⅲ/Ⅳ no clock port; clock sync is for Ⅵ–Ⅷ (4889)
                throw new DiagnosisRefusal(Text.of(
                        "Ⅲ型/Ⅳ型にはクロックポートがなく常に自走のため、CLKランプは " + o.state() + " を表示しません。状態：" + states.ja(),
                        "CLK cannot show " + o.state() + " on Ⅲ/Ⅳ: they have no clock port and always free-run"
                                + " (CLK off); its states: " + states.en()), states.ids());
            }
            throw new DiagnosisRefusal(Text.of(
                    panelJa(family) + "の" + o.lamp() + "ランプは " + o.state() + " を表示しません。状態：" + states.ja(),
                    o.lamp() + " cannot show " + o.state() + " on the " + panelEn(family) + " panel; its states: "
                            + states.en()), states.ids());
        }
        return new LampFinding(o.lamp(), o.state(), rows);
    }

    /** @throws DiagnosisRefusal naming the panel's lamps when {@code lamp} is not one of them */
    public static void requireOnPanel(LampFamily family, Lamp lamp) {
        if (!family.has(lamp)) {
            String lamps = String.join(", ", lampNames(family));
            throw new DiagnosisRefusal(Text.of(
                    lamp + "ランプは" + panelJa(family) + "のパネルにありません。ランプ：" + lamps,
                    lamp + " is not on the " + panelEn(family) + " panel; its lamps: " + lamps), lampNames(family));
        }
    }

    private static List<String> lampNames(LampFamily family) {
        return family.lamps().stream().map(Lamp::printed).toList();
    }

    private static String panelEn(LampFamily family) {
        return family == LampFamily.VIII ? "Ⅷ (VR23-PRI)" : "Ⅲ/Ⅳ/Ⅵ/Ⅶ";
    }

    private static String panelJa(LampFamily family) {
        return family == LampFamily.VIII ? "Ⅷ型（VR23-PRI）" : "Ⅲ型/Ⅳ型/Ⅵ型/Ⅶ型";
    }

    /** A lamp's states on this unit, those listed only （未提供） marked. */
    private record StatesList(List<String> ids, String ja, String en) {
        static StatesList of(LampFamily family, ClockRole clock, Lamp lamp) {
            List<LampState> states = LampCatalogue.statesOf(family, clock, lamp);
            List<String> ja = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (LampState s : states) {
                boolean notProvided = LampCatalogue.find(family, lamp, s).stream().allMatch(CatalogueRow::notProvided);
                ja.add(s.id() + (notProvided ? "（未提供）" : ""));
                en.add(s.id() + (notProvided ? " (not provided)" : ""));
            }
            return new StatesList(states.stream().map(LampState::id).toList(), String.join(", ", ja),
                    String.join(", ", en));
        }
    }

    private static Verdict verdict(List<LampFinding> findings) {
        List<LampFinding> abnormal = findings.stream().filter(f -> f.judgement() == LampFinding.Judgement.ABNORMAL)
                .sorted(Comparator.comparingInt((LampFinding f) -> CausalHints.rank(f.lamp()))
                        .thenComparing(LampFinding::lamp))
                .toList();
        List<LampFinding> depends = findings.stream()
                .filter(f -> f.judgement() == LampFinding.Judgement.DEPENDS).toList();
        if (abnormal.isEmpty() && depends.isEmpty()) {
            return null;
        }
        if (abnormal.isEmpty()) {
            return new Verdict(depends.get(0).lamp(), dependsOnly(depends));
        }
        LampFinding first = abnormal.get(0);
        Set<LampFinding> explained = explainedBy(first, abnormal);
        List<LampFinding> rest = abnormal.stream().skip(1).filter(f -> !explained.contains(f)).toList();
        Text reason = reason(first, List.copyOf(explained), rest);
        return new Verdict(first.lamp(), depends.isEmpty() ? reason : join(reason, dependsOnly(depends)));
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

    /** Lamps whose verdict depends on the clock setting: say so, and how to tell diagnose. */
    private static Text dependsOnly(List<LampFinding> depends) {
        return Text.of(list(depends, LampFinding::toJa, "、")
                        + "はクロックの設定によって正常（自走の設定）または異常（クロック従属の設定）。設定が分かれば --clock slaved|free で指定する。",
                list(depends, LampFinding::toEn, ", ")
                        + " is normal on a unit set to free-run and abnormal on one set to follow a clock;"
                        + " give the setting with --clock slaved|free.");
    }

    private static Text join(Text a, Text b) {
        return Text.of(a.ja() + b.ja(), a.en() + " " + b.en());
    }

    /** Ends a sentence once: a step that already ends in 。？! or similar gets no second stop. */
    private static void endSentence(StringBuilder b, String stop) {
        if (b.isEmpty() || "。？！.?!".indexOf(b.charAt(b.length() - 1)) < 0) {
            b.append(stop);
        }
    }

    private static String list(List<LampFinding> fs, Function<LampFinding, String> name, String sep) {
        return fs.stream().map(name).collect(Collectors.joining(sep));
    }
}
