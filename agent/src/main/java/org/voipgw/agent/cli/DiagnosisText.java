package org.voipgw.agent.cli;

import org.voipgw.boards.GatewayModel;
import org.voipgw.led.CatalogueRow;
import org.voipgw.led.FaultContact;
import org.voipgw.led.Language;
import org.voipgw.led.RemedyStep;
import org.voipgw.led.Text;
import org.voipgw.led.diagnose.Diagnosis;
import org.voipgw.led.diagnose.FieldNotes;
import org.voipgw.led.diagnose.LampFinding;
import org.voipgw.led.diagnose.Verdict;

/**
 * {@code diagnose} as text in one language: per lamp whether it is normal, then each row (or reading) the
 * guide gives for the state — meaning, cause, the remedy steps with the guide's markers — marking the
 * verdicts the guide does not give; then the verdict, and where a lamp is not normal, the fault contact
 * with the guide's checklist (3952–3968).
 */
final class DiagnosisText {
    private static final Text NORMAL = new Text("正常", "normal");
    private static final Text ABNORMAL = new Text("異常", "abnormal");
    private static final Text DEPENDS = new Text("設定による（--clock slaved|free で指定）",
            "depends on the clock setting (give --clock slaved|free)");
    private static final Text NOT_PROVIDED = new Text("（未提供）", " (not provided)");
    private static final Text MEANING = new Text("意味", "meaning");
    private static final Text CAUSE = new Text("要因", "cause");
    private static final Text REMEDY = new Text("対処", "remedy");
    private static final Text NOTE = new Text("補足", "note");
    private static final Text NONE_GIVEN = new Text("（記載なし）", "(none given)");
    private static final Text VERDICT = new Text("判定", "verdict");
    private static final Text ALL_NORMAL = new Text("指定されたランプはすべて正常", "every given lamp is normal");

    private DiagnosisText() {
    }

    static String render(GatewayModel model, Diagnosis d, Language lang) {
        StringBuilder b = new StringBuilder();
        line(b, 0, (lang == Language.JA ? model.typeName() : model.name()) + " " + model.device());
        for (LampFinding f : d.findings()) {
            String lampState = lang == Language.JA ? f.lamp() + "ランプ " + f.state().guideWording() : f.lamp() + " " + f.state();
            if (f.rows().size() == 1) {
                CatalogueRow row = f.row();
                line(b, 0, lampState + (row.notProvided() ? NOT_PROVIDED.in(lang) : "") + ": " + verdict(row, lang));
                details(b, 1, row, lang);
            } else {
                Text judged = switch (f.judgement()) {
                    case NORMAL -> NORMAL;
                    case ABNORMAL -> ABNORMAL;
                    case DEPENDS -> DEPENDS;
                };
                line(b, 0, lampState + ": " + judged.in(lang));
                for (CatalogueRow row : f.rows()) {
                    String which = row.condition() != null ? row.condition().in(lang)
                            : row.meaning().in(lang) + (row.notProvided() ? NOT_PROVIDED.in(lang) : "");
                    line(b, 1, "- " + which + ": " + verdict(row, lang));
                    details(b, 2, row, lang);
                }
            }
            FieldNotes.of(d.family(), f).forEach(n -> line(b, 1, label(NOTE, lang) + n.in(lang)));
        }
        Verdict v = d.verdict();
        line(b, 0, label(VERDICT, lang) + (v == null ? ALL_NORMAL.in(lang) : v.lamp() + " — " + v.reason().in(lang)));
        if (!d.findings().stream().allMatch(LampFinding::normal)) {
            contact(b, lang);
        }
        return b.toString();
    }

    private static String verdict(CatalogueRow row, Language lang) {
        String word = (row.normal() ? NORMAL : ABNORMAL).in(lang);
        return row.verdictFromGuide() ? word
                : word + (lang == Language.JA ? "（" + CatalogueRow.PROJECT_VERDICT.ja() + "）"
                        : " (" + CatalogueRow.PROJECT_VERDICT.en() + ")");
    }

    private static void details(StringBuilder b, int indent, CatalogueRow row, Language lang) {
        line(b, indent, label(MEANING, lang) + row.meaning().in(lang));
        line(b, indent, label(CAUSE, lang) + (row.cause() == null ? NONE_GIVEN : row.cause()).in(lang));
        if (row.remedy().isEmpty()) {
            line(b, indent, label(REMEDY, lang) + NONE_GIVEN.in(lang));
            return;
        }
        line(b, indent, label(REMEDY, lang).strip());
        if (row.remedyLeadIn() != null) {
            line(b, indent + 1, row.remedyLeadIn().in(lang));
        }
        for (RemedyStep step : row.steps()) {
            line(b, indent + 1, step.printed(lang));
        }
    }

    /** The guide's fault desk and what to have ready (3952–3968). */
    private static void contact(StringBuilder b, Language lang) {
        line(b, 0, FaultContact.line().in(lang));
        line(b, 1, FaultContact.HAVE_READY.in(lang));
        FaultContact.CHECKLIST.forEach(item -> line(b, 2, (lang == Language.JA ? "・" : "- ") + item.in(lang)));
        line(b, 1, FaultContact.REQUIRED.in(lang));
    }

    private static String label(Text t, Language lang) {
        return t.in(lang) + (lang == Language.JA ? "：" : ": ");
    }

    private static void line(StringBuilder b, int indent, String s) {
        b.append("  ".repeat(indent)).append(s).append(System.lineSeparator());
    }
}
