package org.voipgw.agent.call;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 着信番号変換 (incoming number conversion): the guide's spec sheets give every model "着信番号変換 10番号"
 * (guide 4046–4051 for Ⅷ, 4144 for Ⅵ/Ⅶ, 4266 for Ⅲ/Ⅳ). Up to {@link #MAX_ENTRIES} rows {@code conversion.N.from} → {@code conversion.N.to};
 * an exact match on the dialled number is replaced, any other number passes unchanged. Validation (digits
 * only, at most {@link #MAX_DIGITS} digits, no {@code from} twice) is done on the whole table, so a save is
 * all or nothing.
 */
public final class NumberConversion {
    /** Rows the guide gives: 着信番号変換 10番号. */
    public static final int MAX_ENTRIES = 10;
    /** Longest number accepted: ITU-T E.164 numbers are at most 15 digits; 32 leaves room for prefixes. Chosen. */
    public static final int MAX_DIGITS = 32;
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** One row: {@code from} is replaced by {@code to}. */
    public record Entry(int row, String from, String to) {
    }

    /** A mistake in one row's field, said so that a user can fix it. */
    public record Problem(int row, String field, String message) {
        @Override
        public String toString() {
            return "conversion." + row + "." + field + ": " + message;
        }
    }

    private final Map<String, String> table;

    private NumberConversion(Map<String, String> table) {
        this.table = Map.copyOf(table);
    }

    /** No conversion at all. */
    public static NumberConversion none() {
        return new NumberConversion(Map.of());
    }

    /**
     * Builds the table from rows (empty {@code from} and {@code to}: an unused row). Returns the problems
     * instead when any row is wrong; nothing is taken then.
     */
    public static Result parse(List<Entry> rows) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> table = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Entry e : rows) {
            if (e.row() < 1 || e.row() > MAX_ENTRIES) {
                problems.add(new Problem(e.row(), "from", "row " + e.row() + " does not exist; valid: 1–" + MAX_ENTRIES));
                continue;
            }
            if (e.from().isEmpty() && e.to().isEmpty()) {
                continue;
            }
            check(e.row(), "from", e.from()).ifPresent(problems::add);
            check(e.row(), "to", e.to()).ifPresent(problems::add);
            if (!e.from().isEmpty() && !seen.add(e.from())) {
                problems.add(new Problem(e.row(), "from", e.from() + " is already converted by another row; a number can be converted only once"));
            }
            table.put(e.from(), e.to());
        }
        return problems.isEmpty() ? new Result(Optional.of(new NumberConversion(table)), List.of())
                : new Result(Optional.empty(), List.copyOf(problems));
    }

    /** Checks one number field (for a form field or a setting key). */
    public static Optional<String> checkNumber(String value) {
        if (value.isEmpty()) {
            return Optional.of("a number is required when the other field of the row is filled");
        }
        if (value.length() > MAX_DIGITS) {
            return Optional.of("too long (" + value.length() + " digits); at most " + MAX_DIGITS);
        }
        if (!DIGITS.matcher(value).matches()) {
            return Optional.of("'" + value + "' is not a number; valid: digits 0–9 only");
        }
        return Optional.empty();
    }

    private static Optional<Problem> check(int row, String field, String value) {
        return checkNumber(value).map(m -> new Problem(row, field, m));
    }

    /** The number the PBX is asked for. */
    public String convert(String dialled) {
        return table.getOrDefault(dialled, dialled);
    }

    /** The numbers the carrier may deliver through this table (the {@code from} side). */
    public Set<String> numbers() {
        return table.keySet();
    }

    public int size() {
        return table.size();
    }

    /** The table, or the problems that kept it from being taken. */
    public record Result(Optional<NumberConversion> table, List<Problem> problems) {
    }
}
