package org.voipgw.hal.time;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in scenarios, at the demo's prompt and in fault arguments:
 * {@code 500ms}, {@code 2s}, {@code 5m}, {@code 1h}, or a sum like {@code 1m30s}. The one parser of
 * them, so every place accepts the same words and says the same {@link #VALID}.
 */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d{1,9})(ms|s|m|h)");
    /** What is valid, for error messages. */
    public static final String VALID = "a number with ms, s, m or h (e.g. 500ms, 2s, 1m30s, 1h)";

    private Durations() {
    }

    /** The duration {@code text} says, or empty when it is not one (null, empty, unknown unit, …). */
    public static Optional<Duration> parse(String text) {
        return parseMillis(text).map(Duration::ofMillis);
    }

    /** As {@link #parse}, in milliseconds. */
    public static Optional<Long> parseMillis(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        Matcher m = PART.matcher(t);
        long total = 0;
        int pos = 0;
        while (pos < t.length()) {
            if (!m.find(pos) || m.start() != pos) {
                return Optional.empty();
            }
            long n = Long.parseLong(m.group(1));
            total += switch (m.group(2)) {
                case "ms" -> n;
                case "s" -> n * 1000;
                case "m" -> n * 60_000;
                default -> n * 3_600_000;
            };
            pos = m.end();
        }
        return t.isEmpty() ? Optional.empty() : Optional.of(total);
    }

    /** {@code millis} as seconds with three decimals, e.g. {@code 61.500s} (scenario reports). */
    public static String format(long millis) {
        return String.format(Locale.ROOT, "%d.%03ds", millis / 1000, millis % 1000);
    }
}
