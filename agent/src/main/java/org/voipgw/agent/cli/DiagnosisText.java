package org.voipgw.agent.cli;

import org.voipgw.boards.GatewayModel;
import java.util.List;
import org.voipgw.led.CatalogueRow;
import org.voipgw.led.Language;
import org.voipgw.led.Text;
import org.voipgw.led.diagnose.Diagnosis;
import org.voipgw.led.diagnose.LampFinding;
import org.voipgw.led.diagnose.Verdict;

/** {@code diagnose} as text in one language: per lamp meaning, normal or not, cause, numbered remedy; then the verdict. */
final class DiagnosisText {
    private static final Text NORMAL = new Text("正常", "normal");
    private static final Text ABNORMAL = new Text("異常", "abnormal");
    private static final Text NOT_PROVIDED = new Text("（未提供）", " (not provided)");
    private static final Text MEANING = new Text("意味", "meaning");
    private static final Text CAUSE = new Text("要因", "cause");
    private static final Text REMEDY = new Text("対処", "remedy");
    private static final Text NONE_GIVEN = new Text("（記載なし）", "(none given)");
    private static final Text ALSO_LISTED = new Text("ガイドには同じ状態の未提供の行もある: ",
            "the guide also lists a not-provided row for this state: ");
    private static final Text VERDICT = new Text("判定", "verdict");
    private static final Text ALL_NORMAL = new Text("指定されたランプはすべて正常", "every given lamp is normal");

    private DiagnosisText() {
    }

    static String render(GatewayModel model, Diagnosis d, Language lang) {
        StringBuilder b = new StringBuilder();
        line(b, 0, (lang == Language.JA ? model.roman() + "型" : model.name()) + " " + model.device());
        for (LampFinding f : d.findings()) {
            CatalogueRow row = f.row();
            String lampState = lang == Language.JA ? f.lamp() + "ランプ " + f.state().guideWording() : f.lamp() + " " + f.state();
            line(b, 0, lampState + (row.notProvided() ? NOT_PROVIDED.in(lang) : "") + ": "
                    + (row.normal() ? NORMAL : ABNORMAL).in(lang));
            line(b, 1, label(MEANING, lang) + row.meaning().in(lang));
            line(b, 1, label(CAUSE, lang) + (row.cause() == null ? NONE_GIVEN : row.cause()).in(lang));
            steps(b, row.remedy(), lang);
            f.notProvidedAlternative().ifPresent(alt -> line(b, 1, ALSO_LISTED.in(lang) + alt.meaning().in(lang)));
        }
        Verdict v = d.verdict();
        line(b, 0, label(VERDICT, lang) + (v == null ? ALL_NORMAL.in(lang) : v.lamp() + " — " + v.reason().in(lang)));
        return b.toString();
    }

    private static void steps(StringBuilder b, List<Text> remedy, Language lang) {
        if (remedy.isEmpty()) {
            line(b, 1, label(REMEDY, lang) + NONE_GIVEN.in(lang));
            return;
        }
        line(b, 1, label(REMEDY, lang).strip());
        for (int i = 0; i < remedy.size(); i++) {
            line(b, 2, (i + 1) + ". " + remedy.get(i).in(lang));
        }
    }

    private static String label(Text t, Language lang) {
        return t.in(lang) + (lang == Language.JA ? "：" : ": ");
    }

    private static void line(StringBuilder b, int indent, String s) {
        b.append("  ".repeat(indent)).append(s).append(System.lineSeparator());
    }
}
