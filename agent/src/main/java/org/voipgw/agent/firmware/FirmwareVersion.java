package org.voipgw.agent.firmware;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A firmware version and the order in which versions follow each other, which decides what is a
 * downgrade (issue 13: a downgrade is refused). Our rule (the guide gives none): a version is 1–32 of
 * {@code A-Z a-z 0-9 . _ -} (what the scenario language accepts); it is split at the dots and compared
 * field by field, left to right; two fields of digits compare as numbers (2.10.0 is newer than 2.9.0),
 * otherwise as ASCII text, and a field of digits is older than one with letters (2.0.rc1 is newer than
 * 2.0.1, as text sorts); when one version runs out of fields first it is the older (2.0 before 2.0.0).
 * Equal versions are the same firmware: installing the running version again is refused too.
 */
public record FirmwareVersion(String text) implements Comparable<FirmwareVersion> {
    public static final String VALID = "1–32 of A-Z a-z 0-9 . _ -";

    public FirmwareVersion {
        if (text == null || !text.matches("[A-Za-z0-9._-]{1,32}")) {
            throw new IllegalArgumentException("'" + text + "' is not a firmware version; valid: " + VALID);
        }
    }

    /** The version, or empty when {@code text} is not one. */
    public static Optional<FirmwareVersion> parse(String text) {
        return text != null && text.matches("[A-Za-z0-9._-]{1,32}") ? Optional.of(new FirmwareVersion(text))
                : Optional.empty();
    }

    @Override
    public int compareTo(FirmwareVersion o) {
        String[] a = text.split("\\.", -1);
        String[] b = o.text.split("\\.", -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int c = compareField(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static int compareField(String x, String y) {
        boolean xd = digits(x);
        boolean yd = digits(y);
        if (xd && yd) {
            String xs = x.replaceFirst("^0+(?=.)", "");
            String ys = y.replaceFirst("^0+(?=.)", "");
            return xs.length() != ys.length() ? Integer.compare(xs.length(), ys.length()) : xs.compareTo(ys);
        }
        if (xd != yd) {
            return xd ? -1 : 1;
        }
        return Arrays.compare(x.getBytes(StandardCharsets.US_ASCII),
                y.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean digits(String s) {
        return !s.isEmpty() && s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    public boolean newerThan(FirmwareVersion o) {
        return compareTo(o) > 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
