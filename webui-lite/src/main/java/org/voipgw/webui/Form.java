package org.voipgw.webui;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A submitted {@code application/x-www-form-urlencoded} body (or a query), decoded strictly: the
 * front has already refused a body over its limit with 413, and here a bad percent escape, invalid
 * UTF-8 or a repeated field is refused with 400 — the JDK's URLDecoder would quietly turn bad bytes
 * into U+FFFD and let the wrong value through.
 */
final class Form {
    private final Map<String, String> fields;

    private Form(Map<String, String> fields) {
        this.fields = Collections.unmodifiableMap(fields);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    String getOrEmpty(String name) {
        return fields.getOrDefault(name, "");
    }

    Map<String, String> all() {
        return fields;
    }

    /** Parses a body whose bytes were mapped 1:1 to chars (ISO-8859-1). */
    static Form parse(String raw) {
        Map<String, String> m = new LinkedHashMap<>();
        if (raw.isEmpty()) {
            return new Form(m);
        }
        for (String pair : raw.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (m.putIfAbsent(name, value) != null) {
                throw new HttpError(400, "field sent twice: " + name);
            }
        }
        return new Form(m);
    }

    static String decode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= s.length()) {
                    throw new HttpError(400, "malformed form encoding (truncated %-escape)");
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new HttpError(400, "malformed form encoding (bad %-escape)");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7e || c < 0x20) {
                throw new HttpError(400, "malformed form encoding (raw byte " + (int) c + ")");
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new HttpError(400, "malformed form encoding (not UTF-8)");
        }
    }
}
