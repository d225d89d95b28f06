package org.voipgw.webui.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fuzzing the web UI's HTTP front (issue 13): any bytes a client sends, read by the same {@link RequestReader}
 * the front uses, give a parsed request within the limits, a {@link Refused} with one of the statuses the
 * front documents, or {@link ClientGone} when the bytes end early; never another exception. Regression mode
 * runs the committed corpus ({@code RequestReaderFuzzTestInputs/anyRequest}); {@code JAZZER_FUZZ=1} fuzzes.
 */
class RequestReaderFuzzTest {
    /** What RequestReader refuses with: 400, 408 (too slow), 411 (transfer coding), 413, 431, 505. */
    private static final Set<Integer> REFUSALS = Set.of(400, 408, 411, 413, 431, 505);
    private static final Pattern LOWER_TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9a-z-]+");
    private static final HttpLimits LIMITS = HttpLimits.defaults();
    /** Time stands still: the deadlines never pass, so a run depends on its bytes only. */
    private static final RequestReader READER = new RequestReader(LIMITS, () -> 0L);

    @FuzzTest(maxDuration = "30s")
    void anyRequest(byte[] bytes) throws IOException {
        Request r;
        try {
            r = READER.read(bytesOnly(bytes));
        } catch (Refused refused) {
            assertTrue(REFUSALS.contains(refused.status()), "refused with " + refused.status() + ": " + refused.getMessage());
            assertNotNull(refused.getMessage());
            return;
        } catch (ClientGone gone) {
            return; // the bytes ended before the request did
        }
        assertTrue(LOWER_TOKEN.matcher(r.method().toLowerCase(Locale.ROOT)).matches(), r.method());
        assertNotNull(r.path());
        assertTrue(r.headers().size() <= 100, "at most 100 header fields");
        for (Map.Entry<String, List<String>> h : r.headers().entrySet()) {
            assertTrue(LOWER_TOKEN.matcher(h.getKey()).matches(), "field name " + h.getKey());
            for (String v : h.getValue()) {
                assertTrue(v.chars().noneMatch(c -> c < 0x20 && c != '\t' || c == 0x7f), "no control characters");
            }
        }
        assertTrue(r.body().length <= LIMITS.maxBodyBytes(), "body within the limit");
        assertTrue(bytes.length >= r.body().length, "no body bytes made up");
        if (!r.all("host").isEmpty() || !r.headers().containsKey("host")) {
            assertTrue(r.all("host").size() <= 1 || !isHttp11(bytes), "HTTP/1.1 has exactly one Host");
        }
        assertEquals(List.of(), r.all("transfer-encoding"), "transfer codings are refused");
    }

    private static boolean isHttp11(byte[] bytes) {
        String s = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        int eol = s.indexOf("\r\n");
        return eol > 0 && s.substring(0, eol).endsWith(" HTTP/1.1");
    }

    private static RequestReader.Connection bytesOnly(byte[] bytes) {
        InputStream in = new ByteArrayInputStream(bytes);
        return new RequestReader.Connection() {
            @Override
            public InputStream input() {
                return in;
            }

            @Override
            public void readTimeout(int millis) {
                // bytes in memory never block
            }

            @Override
            public InetAddress source() {
                return InetAddress.getLoopbackAddress();
            }
        };
    }
}
