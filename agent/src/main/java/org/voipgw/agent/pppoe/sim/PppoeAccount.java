package org.voipgw.agent.pppoe.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.voipgw.agent.pppoe.PppoeSettings;

/**
 * A provider account (user name and password) the simulated access concentrator accepts. Checked
 * with the same rules as the {@code pppoe.N.user}/{@code pppoe.N.password} settings, so every
 * account can be typed into the web UI. {@link #toString()} hides the password.
 */
public record PppoeAccount(String user, String password) {
    public PppoeAccount {
        Objects.requireNonNull(user);
        Objects.requireNonNull(password);
        Optional<String> e = PppoeSettings.userValidator(false).apply(user)
                .map(m -> "user name: " + m)
                .or(() -> PppoeSettings.passwordValidator(false).apply(password).map(m -> "password: " + m));
        if (e.isPresent()) {
            throw new IllegalArgumentException(e.get());
        }
    }

    /**
     * Parses the argument of the {@code pppoe.accounts} fault: {@code USER:PASS[,USER:PASS…]}. The user
     * name ends at the first colon; a password cannot contain a comma (the separator).
     */
    public static List<PppoeAccount> parseList(String arg) {
        if (arg == null || arg.isBlank()) {
            throw new IllegalArgumentException("expected USER:PASS[,USER:PASS…]");
        }
        List<PppoeAccount> out = new ArrayList<>();
        for (String entry : arg.split(",", -1)) {
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("'" + shorten(entry) + "' is not USER:PASS");
            }
            try {
                out.add(new PppoeAccount(entry.substring(0, colon), entry.substring(colon + 1)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("account '" + shorten(entry.substring(0, colon)) + "': "
                        + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    /** The error of {@link #parseList}, or empty when {@code arg} is a valid account list. */
    public static Optional<String> checkList(String arg) {
        try {
            parseList(arg);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("fault pppoe.accounts: " + e.getMessage());
        }
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\p{Cntrl}", "?");
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }

    @Override
    public String toString() {
        return user + ":(password)";
    }
}
