package org.voipgw.led;

import java.util.List;

/**
 * Where a fault is reported, and what to have ready: many remedies end in 「故障時連絡先へご連絡下さい」
 * without naming it; the guide names it on its fault-report page (3966–3968) and under the call-quality
 * pages (4901–4902, 4937–4938, 4959–4960): Voice フロント, 0120-565-054, 24時間365日. The checklist is
 * 3952–3964, with the note at 3958.
 */
public final class FaultContact {
    private FaultContact() {
    }

    /** 【故障時受付窓口】 (3966). */
    public static final Text TITLE = Text.of("故障時受付窓口", "Fault reception desk");
    public static final Text NAME = Text.of("Voiceフロント", "Voice Front");
    public static final String PHONE = "0120-565-054";
    /** （受付時間：24時間365日） (3968). */
    public static final Text HOURS = Text.of("受付時間：24時間365日", "open 24 hours a day, 365 days a year");

    /** 3952: the lead-in of the checklist. */
    public static final Text HAVE_READY = Text.of("故障時受付窓口へのご申告の際は、以下の情報をお手元にご用意ください。",
            "When reporting a fault, have the following ready.");

    /** 3954–3964, in the guide's order. */
    public static final List<Text> CHECKLIST = List.of(
            Text.of("N番", "the N number (contract number)"),
            Text.of("契約名義", "the contract holder's name"),
            Text.of("契約電話番号", "the contract telephone number"),
            Text.of("発生事象はどんなものですか？(利用不可 or 音声品質 or 途切れ…等）",
                    "What happens? (unusable, voice quality, breaking up, …)"),
            Text.of("事象発生頻度(毎回 or 時々）はどのくらいですか？", "How often does it happen? (every time, sometimes)"),
            Text.of("事象発生日時はいつですか？", "When did it happen (date and time)?"),
            Text.of("事象発生時の対象電話番号はなんですか？", "Which telephone number was affected?"),
            Text.of("事象発生前後にお客様作業はありましたか？", "Did the customer do any work before or after it happened?"));

    /** 3958. */
    public static final Text REQUIRED = Text.of("※N番+名義 or 契約電話番号+名義のいずれかは必ず必要になります。",
            "* Either the N number and the name, or the contract telephone number and the name, is required.");

    /** One line, e.g. 「故障時受付窓口：Voiceフロント 0120-565-054（受付時間：24時間365日）」. */
    public static Text line() {
        return Text.of(TITLE.ja() + "：" + NAME.ja() + " " + PHONE + "（" + HOURS.ja() + "）",
                TITLE.en() + ": " + NAME.en() + " (Voiceフロント) " + PHONE + " (" + HOURS.en() + ")");
    }
}
