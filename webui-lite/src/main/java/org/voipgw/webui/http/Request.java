package org.voipgw.webui.http;

import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One parsed request: method, path (decoded) and raw query from the request target, header fields by
 * lower-case name (all values, in order), the body, and the source address.
 */
public record Request(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body,
                      InetAddress source) {

    /** The field's value when it appears once; empty when absent (callers that care check {@link #all}). */
    public Optional<String> header(String name) {
        List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    public List<String> all(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }
}
