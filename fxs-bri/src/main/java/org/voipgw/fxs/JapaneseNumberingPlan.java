package org.voipgw.fxs;

/**
 * The Japanese numbering plan (総務省 電気通信番号計画) as the default digit map of an FXS line, so that
 * a phone's dialling ends where an exchange would end it (issue 11, Dialling). Each alternative, in the
 * syntax of {@link DigitMap}:
 *
 * <ul>
 *   <li>{@code 01[1-9]xxxxxxx}, {@code 02[1-9]xxxxxxx}, {@code 0[346]xxxxxxxx}, {@code 0[5789][1-9]xxxxxxx}
 *       — 0ABJ geographic numbers, 10 digits (010 left out: it is the international prefix); this
 *       also covers 0120 (フリーダイヤル, 10 digits) and 0570 (ナビダイヤル, 10 digits), whose lengths are
 *       those of 0ABJ;
 *   <li>{@code 0[256789]0xxxxxxxx} — 050 (IP phone), 070/080/090 (mobile), 0800 (フリーダイヤル), and also
 *       020 (M2M / pager) and 060 (FMC), which the plan gives 11 digits too: 11 digits;
 *   <li>{@code 010xx.T} — international (010 + country code + number): no fixed length, so it ends on the
 *       inter-digit timer ({@link DigitCollector#INTER_DIGIT_TIMEOUT}) or on {@code #};
 *   <li>{@code 00xx.T} — a carrier-selection prefix (00XY) before a number: ends like international
 *       (our choice: the carrier, not the box, knows those numbers' lengths);
 *   <li>{@code 1xx} — the three-digit special numbers (110 police, 118 coast guard, 119 fire/ambulance,
 *       117 time, 177 weather, 104, 171 …): sent at once. 184/186 never reach the map: they are the
 *       presentation prefixes, taken off first by {@link DigitCollector};
 *   <li>{@code #xxxx} — the #-dial numbers (#7119, #8000 …): {@code #} followed by four digits;
 *   <li>{@code [2-9]xxxx.T} — a local number dialled without its area code (5 digits or more), which the
 *       carrier completes; it ends on the timer or {@code #} (our choice; the guide says nothing).
 * </ul>
 *
 * <p>A per-port digit-map setting ({@code fxs.N.digitmap}) replaces this map as a whole.
 */
public final class JapaneseNumberingPlan {
    /** The plan as a digit map (RFC 3435 §2.1.5 syntax). */
    public static final String DIGIT_MAP = "01[1-9]xxxxxxx|02[1-9]xxxxxxx|0[346]xxxxxxxx|0[5789][1-9]xxxxxxx|0[256789]0xxxxxxxx|010xx.T|00xx.T|1xx|#xxxx|[2-9]xxxx.T";

    private static final DigitMap MAP = DigitMap.parse(DIGIT_MAP);

    private JapaneseNumberingPlan() {
    }

    public static DigitMap digitMap() {
        return MAP;
    }
}
