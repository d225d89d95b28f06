package org.voipgw.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Fuzzing what the web UI parses out of a request (issue 13): form bodies and queries
 * ({@code application/x-www-form-urlencoded}), Cookie headers, the login form's token, the Host header.
 * Each gives a value or its documented refusal (an {@link HttpError} 400 for a bad form), never another
 * exception, and its output stays bounded by its input. Regression mode runs the committed corpus
 * ({@code WebFormFuzzTestInputs/<method>}); {@code JAZZER_FUZZ=1} fuzzes one target.
 */
class WebFormFuzzTest {
    private static final LoginToken TOKENS = new LoginToken(new SecureRandom(new byte[] {1}));

    /** A form body: fields or 400; what parses, encoded again, parses to the same fields. */
    @FuzzTest(maxDuration = "30s")
    void formBody(byte[] body) {
        String raw = new String(body, StandardCharsets.ISO_8859_1); // as Exchange.readForm maps the bytes
        Form form;
        try {
            form = Form.parse(raw);
        } catch (HttpError e) {
            assertEquals(400, e.status(), e.getMessage());
            return;
        }
        Map<String, String> fields = form.all();
        assertTrue(fields.size() <= raw.split("&", -1).length, "no more fields than pairs");
        StringJoiner again = new StringJoiner("&");
        for (Map.Entry<String, String> f : fields.entrySet()) {
            assertTrue(f.getKey().length() + f.getValue().length() <= raw.length(), "decoding never grows");
            again.add(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
        }
        assertEquals(fields, Form.parse(again.toString()).all(), "a browser's encoding of the same fields");
    }

    /** Cookie header fields: a cookie's value is a trimmed piece of one field, without ';'. */
    @FuzzTest(maxDuration = "30s")
    void cookieHeader(byte[] header) {
        String raw = new String(header, StandardCharsets.ISO_8859_1);
        List<String> fields = List.of(raw.split("\n", -1));
        for (String name : List.of(Exchange.SESSION_COOKIE, Exchange.LANG_COOKIE, LoginToken.COOKIE)) {
            Optional<String> v = CookieHeader.find(fields, name);
            v.ifPresent(value -> {
                assertFalse(value.contains(";"), value);
                assertEquals(value.strip(), value.trim().strip());
                assertTrue(fields.stream().anyMatch(f -> f.contains(name) && f.contains(value)), value);
            });
        }
    }

    /** The login form's token against its pre-login cookie: true or false, never an exception. */
    @FuzzTest(maxDuration = "30s")
    void loginToken(byte[] input) {
        String raw = new String(input, StandardCharsets.UTF_8);
        int cut = raw.indexOf('\n');
        String cookie = cut < 0 ? raw : raw.substring(0, cut);
        String token = cut < 0 ? "" : raw.substring(cut + 1);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        if (TOKENS.valid(cookie, token, now)) {
            assertEquals(TOKENS.issue(cookie, tokenTime(token)), token, "only a token this box issued is valid");
        }
        assertTrue(TOKENS.valid(cookie, TOKENS.issue(cookie, now), now), "a fresh token is valid for its cookie");
    }

    /** The Host header's name part: the field's start, lower case, without port or trailing dot. */
    @FuzzTest(maxDuration = "30s")
    void hostHeader(byte[] header) {
        String raw = new String(header, StandardCharsets.ISO_8859_1);
        String name = HostPolicy.hostName(raw);
        assertTrue(raw.trim().toLowerCase(Locale.ROOT).startsWith(name), name);
    }

    private static Instant tokenTime(String token) {
        return Instant.ofEpochMilli(Long.parseLong(token.substring(0, token.indexOf('.'))));
    }
}
