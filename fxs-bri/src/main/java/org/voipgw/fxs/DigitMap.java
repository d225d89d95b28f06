package org.voipgw.fxs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A digit map in the syntax of MGCP (RFC 3435 §2.1.5): alternatives separated by {@code |}, optionally
 * in parentheses; each a string of positions — a digit {@code 0-9}, {@code *}, {@code #}, {@code A-D};
 * {@code x} for any digit 0–9; {@code [..]} a set of those with ranges like {@code 2-8}; {@code .} after a
 * position for "zero or more of it"; {@code T} where the inter-digit timer must have expired. Example
 * (the Japanese plan, {@link JapaneseNumberingPlan#DIGIT_MAP}): {@code 0[5789]0xxxxxxxx|1xx|010xx.T}.
 *
 * <p>Matching follows RFC 3435 §2.1.5: dialling is complete as soon as the digits match an alternative
 * and no alternative could match more digits; when one matches but another could still go on, it is
 * complete on the timer; when none can match any more, the digits are invalid. Each alternative is
 * compiled to a {@link Pattern}; {@link Matcher#hitEnd()} tells whether more digits could match it.
 */
public final class DigitMap {
    /** What the digits dialled so far amount to. */
    public enum Match {
        /** Some alternative may still match with more digits (or on the timer): keep collecting. */
        PARTIAL,
        /** An alternative matches and another could match more: complete when the timer expires. */
        COMPLETE_ON_TIMER,
        /** An alternative matches and nothing longer could: dialling is complete now. */
        COMPLETE,
        /** No alternative can match: the number is invalid. */
        NO_MATCH
    }

    private static final String VALID = "0-9 * # A-D x [ ] - . T | ( )";

    private final String text;
    private final List<Pattern> alternatives;

    private DigitMap(String text, List<Pattern> alternatives) {
        this.text = text;
        this.alternatives = List.copyOf(alternatives);
    }

    /**
     * Parses a digit map; bad input gets an {@link IllegalArgumentException} whose message says where
     * and what is valid (Japanese first, English alongside, as the web UI shows it).
     */
    public static DigitMap parse(String text) {
        if (text == null || text.isBlank()) {
            throw error("空です (empty)", text, -1);
        }
        String body = text.strip();
        if (body.startsWith("(") && body.endsWith(")")) {
            body = body.substring(1, body.length() - 1);
        }
        List<Pattern> alternatives = new ArrayList<>();
        int offset = text.indexOf(body);
        int start = 0;
        for (int i = 0; i <= body.length(); i++) {
            if (i == body.length() || body.charAt(i) == '|') {
                String alternative = body.substring(start, i).strip();
                if (alternative.isEmpty()) {
                    throw error("空の選択肢があります (empty alternative)", text, offset + i);
                }
                alternatives.add(Pattern.compile(toRegex(alternative, text, offset + start)));
                start = i + 1;
            }
        }
        return new DigitMap(text.strip(), alternatives);
    }

    /** Where the dialled {@code digits} stand; {@code timerExpired} when the inter-digit timer ran out. */
    public Match match(String digits, boolean timerExpired) {
        boolean full = false;
        boolean more = false;
        for (Pattern alternative : alternatives) {
            if (timerExpired) {
                full |= alternative.matcher(digits + "T").matches() || alternative.matcher(digits).matches();
                continue;
            }
            Matcher m = alternative.matcher(digits);
            full |= m.matches();
            more |= m.hitEnd(); // the engine wanted more input: a longer string could match this alternative
        }
        if (timerExpired) {
            return full ? Match.COMPLETE : Match.NO_MATCH;
        }
        if (full) {
            return more ? Match.COMPLETE_ON_TIMER : Match.COMPLETE;
        }
        return more ? Match.PARTIAL : Match.NO_MATCH;
    }

    /** The map as written. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    private static String toRegex(String alternative, String whole, int offset) {
        StringBuilder regex = new StringBuilder("(?:");
        boolean havePosition = false;
        for (int i = 0; i < alternative.length(); i++) {
            char c = alternative.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (c == '.') {
                if (!havePosition) {
                    throw error("'.' の前に桁がありません ('.' must follow a digit position)", whole, offset + i);
                }
                regex.append('*');
                havePosition = false;
            } else if (c == 'x' || c == 'X') {
                regex.append("[0-9]");
                havePosition = true;
            } else if (c == 'T' || c == 't') {
                regex.append('T');
                havePosition = false;
            } else if (c == '[') {
                int close = alternative.indexOf(']', i);
                if (close < 0) {
                    throw error("']' がありません (unclosed '[')", whole, offset + i);
                }
                regex.append(set(alternative.substring(i + 1, close), whole, offset + i + 1));
                i = close;
                havePosition = true;
            } else if (isLetter(c)) {
                regex.append(Pattern.quote(String.valueOf(Character.toUpperCase(c))));
                havePosition = true;
            } else {
                throw error("使えない文字 '" + c + "' (invalid character)", whole, offset + i);
            }
        }
        return regex.append(')').toString();
    }

    private static String set(String inside, String whole, int offset) {
        if (inside.isBlank()) {
            throw error("'[]' が空です (empty set)", whole, offset);
        }
        StringBuilder set = new StringBuilder("[");
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (c == '-') {
                char from = i > 0 ? inside.charAt(i - 1) : ' ';
                char to = i + 1 < inside.length() ? inside.charAt(i + 1) : ' ';
                if (!Character.isDigit(from) || !Character.isDigit(to) || to < from) {
                    throw error("範囲は '2-8' のように数字で書きます (a range is digit-digit, ascending)", whole, offset + i);
                }
                set.append('-');
            } else if (isLetter(c) || c == 'x' || c == 'X') {
                if (c == 'x' || c == 'X') {
                    set.append("0-9");
                } else if (c == '*' || c == '#') {
                    set.append('\\').append(c);
                } else {
                    set.append(Character.toUpperCase(c));
                }
            } else {
                throw error("'[..]' の中に使えない文字 '" + c + "' (invalid character in a set)", whole, offset + i);
            }
        }
        return set.append(']').toString();
    }

    static boolean isLetter(char c) {
        return (c >= '0' && c <= '9') || c == '*' || c == '#' || (c >= 'A' && c <= 'D') || (c >= 'a' && c <= 'd');
    }

    private static IllegalArgumentException error(String what, String whole, int position) {
        String where = position >= 0 ? " 位置 " + (position + 1) + " (position " + (position + 1) + ")" : "";
        return new IllegalArgumentException("ダイヤルマップが不正です (invalid digit map) \"" + (whole == null ? "" : whole) + "\":"
                + where + " " + what + "。使える文字 (valid): " + VALID);
    }
}
