package org.voipgw.agent.settings;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reusable value checks for {@link SettingKey}s; each error says what is valid. */
public final class Validators {
    private Validators() {
    }

    public static Function<String, Optional<String>> oneOf(List<String> values) {
        return v -> values.contains(v) ? Optional.empty()
                : Optional.of("'" + shorten(v) + "' is not one of " + String.join("|", values));
    }

    public static Function<String, Optional<String>> bool() {
        return oneOf(List.of("true", "false"));
    }

    public static Function<String, Optional<String>> integer(long min, long max) {
        return v -> {
            try {
                long n = Long.parseLong(v.trim());
                return n >= min && n <= max ? Optional.empty()
                        : Optional.of(n + " is out of range; valid: " + min + "–" + max);
            } catch (NumberFormatException e) {
                return Optional.of("'" + shorten(v) + "' is not a whole number; valid: " + min + "–" + max);
            }
        };
    }

    /**
     * Free text of at most {@code maxLen} characters drawn from {@code allowed} (a regex character
     * class body, e.g. {@code "A-Za-z0-9._@-"}); empty allowed when {@code optional}.
     */
    public static Function<String, Optional<String>> text(int maxLen, String allowed, String describeAllowed,
                                                           boolean optional) {
        Pattern p = Pattern.compile("[" + allowed + "]*");
        return v -> {
            if (v.isEmpty()) {
                return optional ? Optional.empty() : Optional.of("a value is required");
            }
            if (v.length() > maxLen) {
                return Optional.of("too long (" + v.length() + " characters); at most " + maxLen);
            }
            if (!p.matcher(v).matches()) {
                return Optional.of("contains characters that are not allowed; allowed: " + describeAllowed);
            }
            return Optional.empty();
        };
    }

    /** {@code host[:port]} (host name or IPv4 address), optional when empty is allowed. */
    public static Function<String, Optional<String>> hostPort(boolean portRequired, boolean optional) {
        Pattern p = Pattern.compile("[A-Za-z0-9.-]{1,253}" + (portRequired ? ":\\d{1,5}" : "(:\\d{1,5})?"));
        String valid = portRequired ? "HOST:PORT" : "HOST[:PORT]";
        return v -> {
            if (v.isEmpty()) {
                return optional ? Optional.empty() : Optional.of("a value is required; valid: " + valid);
            }
            if (!p.matcher(v).matches()) {
                return Optional.of("'" + shorten(v) + "' is not " + valid);
            }
            int colon = v.lastIndexOf(':');
            if (colon > 0) {
                int port = Integer.parseInt(v.substring(colon + 1));
                if (port < 1 || port > 65535) {
                    return Optional.of("port " + port + " is out of range; valid: 1–65535");
                }
            }
            return Optional.empty();
        };
    }

    static String shorten(String v) {
        String one = v.replaceAll("[\\r\\n\\t]", " ");
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
