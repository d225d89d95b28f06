package org.voipgw.agent.sip.invite;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.voipgw.agent.call.CallingParty;

/**
 * Who the carrier says is calling the box, from an INVITE's From, P-Asserted-Identity (RFC 3325 §9.1) and
 * Privacy (RFC 3323 §4.2): the asserted identity wins over From; {@code Privacy: id} or {@code header}, or
 * an anonymous From without an asserted number, means the caller withheld it (shown as 非通知 by caller ID);
 * no number at all means unavailable (表示圏外).
 */
public final class IncomingIdentity {
    private IncomingIdentity() {
    }

    /**
     * @param from     the From URI (e.g. {@code sip:0312345678@carrier.example})
     * @param asserted the P-Asserted-Identity URI, when present
     * @param privacy  the Privacy header value, when present
     */
    public static CallingParty of(String from, Optional<String> asserted, Optional<String> privacy) {
        boolean withheld = privacy.map(IncomingIdentity::hidesIdentity).orElse(false);
        String number = asserted.flatMap(IncomingIdentity::number).or(() -> number(from)).orElse("");
        if (withheld || isAnonymous(from) && asserted.isEmpty()) {
            return new CallingParty(number, CallingParty.Presentation.RESTRICTED);
        }
        return number.isEmpty() ? CallingParty.unavailable() : CallingParty.allowed(number);
    }

    private static boolean hidesIdentity(String privacy) {
        return Arrays.stream(privacy.split(";")).map(t -> t.trim().toLowerCase(Locale.ROOT))
                .anyMatch(t -> t.equals("id") || t.equals("header") || t.equals("user"));
    }

    private static boolean isAnonymous(String uri) {
        return user(uri).map(u -> u.equalsIgnoreCase("anonymous")).orElse(false);
    }

    /** The user part of a sip:/sips:/tel: URI when it is a telephone number (digits, an optional leading +). */
    static Optional<String> number(String uri) {
        return user(uri).map(u -> u.startsWith("+81") ? "0" + u.substring(3) : u) // E.164 Japan → national
                .filter(u -> u.matches("\\+?[0-9]{1,32}"));
    }

    private static Optional<String> user(String uri) {
        String u = uri.trim();
        int open = u.indexOf('<');
        int close = u.indexOf('>', open + 1);
        if (open >= 0 && close > open) { // name-addr: an optional display name, then <URI> (RFC 3261 §20.10)
            u = u.substring(open + 1, close);
        }
        String lower = u.toLowerCase(Locale.ROOT);
        if (lower.startsWith("tel:")) {
            return Optional.of(strip(u.substring(4)));
        }
        int colon = u.indexOf(':');
        int at = u.indexOf('@');
        if (colon < 0 || at < colon || !(lower.startsWith("sip:") || lower.startsWith("sips:"))) {
            return Optional.empty();
        }
        return Optional.of(strip(u.substring(colon + 1, at)));
    }

    private static String strip(String user) {
        int semi = user.indexOf(';');
        return (semi >= 0 ? user.substring(0, semi) : user).replace("-", "");
    }
}
