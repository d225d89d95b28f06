package org.voipgw.webui;

import java.util.List;
import java.util.Optional;

/**
 * Reads a cookie from a request's {@code Cookie} header fields (RFC 6265 §5.4: {@code name=value} pairs
 * separated by {@code ;}). The first pair with the name wins; white space around names and values is
 * dropped. Whatever a browser or an attacker sends gives a value or nothing, never an exception.
 */
final class CookieHeader {
    private CookieHeader() {
    }

    static Optional<String> find(List<String> cookieFields, String name) {
        for (String header : cookieFields) {
            for (String part : header.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0 && part.substring(0, eq).trim().equals(name)) {
                    return Optional.of(part.substring(eq + 1).trim());
                }
            }
        }
        return Optional.empty();
    }
}
