package org.voipgw.fxs;

import java.util.Locale;

/**
 * The settings of one FXS port (issue 11, Web UI and "Which port rings"), with their setting keys:
 *
 * @param number {@code fxs.N.number}: the dial-in number that rings this port; empty for none (the port
 *     then takes calls by the 代表 hunt only)
 * @param callerId {@code fxs.N.callerid} ({@code on}|{@code off}): send ナンバー・ディスプレイ; off for phones
 *     without the subscription, which would otherwise ring to the CAR signal
 * @param digitMap {@code fxs.N.digitmap}: a digit map replacing the Japanese plan; empty for the plan
 * @param polarityReversal {@code fxs.N.polarity-reversal} ({@code on}|{@code off}): reverse the feed
 *     polarity when the far end answers and restore it when it hangs up. On by default: key systems'
 *     analog trunk units (アナログ外線ユニット) read the polarity (guide 4290–4293 asks to check it) and use
 *     the reversal as answer and disconnect supervision, while ordinary phones ignore polarity (their
 *     line circuit is a rectifier bridge); off for a unit that treats a reversal as a fault
 */
public record FxsPortSettings(String number, boolean callerId, DigitMap digitMap, boolean polarityReversal) {
    /** The longest dial-in number: 32 digits, the limit of the box's other number settings (issue 10). */
    public static final int MAX_NUMBER = 32;

    public static final FxsPortSettings DEFAULT = new FxsPortSettings("", true, JapaneseNumberingPlan.digitMap(), true);

    public FxsPortSettings {
        number = number == null ? "" : number;
        digitMap = digitMap == null ? JapaneseNumberingPlan.digitMap() : digitMap;
    }

    /**
     * Reads port {@code port}'s settings from their text values ({@code null} or empty = default), refusing
     * bad input with a message naming the key, what was wrong and what is valid (Japanese, English alongside).
     */
    public static FxsPortSettings parse(int port, String number, String callerId, String digitMap, String polarityReversal) {
        String prefix = "fxs." + port + ".";
        String n = number == null ? "" : number.strip();
        if (n.length() > MAX_NUMBER || !n.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(prefix + "number: 番号は数字のみ " + MAX_NUMBER + " 桁以内です (digits only, at most "
                    + MAX_NUMBER + "): \"" + number + "\"");
        }
        DigitMap map;
        try {
            map = digitMap == null || digitMap.isBlank() ? JapaneseNumberingPlan.digitMap() : DigitMap.parse(digitMap);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix + "digitmap: " + e.getMessage(), e);
        }
        return new FxsPortSettings(n, onOff(prefix + "callerid", callerId, true), map,
                onOff(prefix + "polarity-reversal", polarityReversal, true));
    }

    private static boolean onOff(String key, String value, boolean byDefault) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException(key + ": on か off を指定してください (use on or off): \"" + value + "\"");
        };
    }
}
