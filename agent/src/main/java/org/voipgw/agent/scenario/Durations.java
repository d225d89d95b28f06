package org.voipgw.agent.scenario;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Scenario times: {@code 500ms}, {@code 2s}, {@code 5m}, {@code 1h}, or a sum like {@code 1m30s}. */
final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d{1,9})(ms|s|m|h)");
    static final String VALID = "a number with ms, s, m or h (e.g. 500ms, 2s, 1m30s, 1h)";

    private Durations() {
    }

    static Optional<Long> parseMillis(String text) {
        Matcher m = PART.matcher(text);
        long total = 0;
        int pos = 0;
        while (pos < text.length()) {
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
        return text.isEmpty() ? Optional.empty() : Optional.of(total);
    }

    static String format(long millis) {
        return String.format(java.util.Locale.ROOT, "%d.%03ds", millis / 1000, millis % 1000);
    }
}
