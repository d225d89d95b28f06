package org.voipgw.agent.sip.live;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What jain-sip's parser hides and must be seen on the datagram's bytes: it reads any {@code SIP/x.y}
 * request line as SIP/2.0, takes extra spaces in the request line, and of two To, From, Call-ID, CSeq or
 * Content-Length headers it keeps the last. All are refused (RFC 3261 §7.1, §7.3.1, §20.14; RFC 4475
 * §3.1.2.9, §3.1.2.10, §3.3.8, §3.3.9), so they are looked for here, before parsing. Header names are matched with
 * their compact forms (RFC 3261 §7.3.3: {@code l} is Content-Length) and case-insensitively (§7.3.1).
 */
final class RawSipText {
    private RawSipText() {
    }

    /** The SIP-Version of a request line, or empty for a response or no line at all. */
    static Optional<String> requestVersion(byte[] datagram) {
        String first = firstLine(datagram);
        if (first.isEmpty() || first.regionMatches(true, 0, "SIP/", 0, 4)) {
            return Optional.empty();
        }
        int space = first.lastIndexOf(' ');
        return space < 0 ? Optional.empty() : Optional.of(first.substring(space + 1).trim());
    }

    /** Single-valued headers (RFC 3261 §7.3.1, §20) by their long and compact names (§7.3.3). */
    private static final Map<String, String> SINGLE = Map.ofEntries(Map.entry("to", "To"), Map.entry("t", "To"),
            Map.entry("from", "From"), Map.entry("f", "From"), Map.entry("call-id", "Call-ID"), Map.entry("i", "Call-ID"),
            Map.entry("cseq", "CSeq"), Map.entry("max-forwards", "Max-Forwards"), Map.entry("content-type", "Content-Type"),
            Map.entry("c", "Content-Type"), Map.entry("content-length", "Content-Length"), Map.entry("l", "Content-Length"));

    /** Whether a request line is three elements with one SP between them (RFC 3261 §7.1; a response: true). */
    static boolean wellFormedRequestLine(byte[] datagram) {
        String first = firstLine(datagram);
        if (first.regionMatches(true, 0, "SIP/", 0, 4)) {
            return true;
        }
        String[] parts = first.split(" ", -1);
        return parts.length == 3 && !parts[0].isEmpty() && !parts[1].isEmpty() && !parts[2].isEmpty();
    }

    /** The first single-valued header that appears twice, by its long name: jain-sip keeps the last silently. */
    static Optional<String> repeatedSingleHeader(byte[] datagram) {
        Set<String> seen = new HashSet<>();
        for (String line : headerLines(datagram)) {
            String name = SINGLE.get(name(line));
            if (name != null && !seen.add(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The datagram without its Content-Length lines and body, so a refused message still parses to be answered. */
    static byte[] headersOnly(byte[] datagram) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(firstLine(datagram).getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(new byte[] {'\r', '\n'});
        for (String line : headerLines(datagram)) {
            if (!isContentLength(line)) {
                out.writeBytes(line.getBytes(StandardCharsets.ISO_8859_1));
                out.writeBytes(new byte[] {'\r', '\n'});
            }
        }
        out.writeBytes("Content-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static boolean isContentLength(String line) {
        return "Content-Length".equals(SINGLE.get(name(line)));
    }

    /** A header line's name in lower case; "" for a continuation line (§7.3.1 folding) or no colon. */
    private static String name(String line) {
        int colon = line.indexOf(':');
        if (colon < 0 || line.startsWith(" ") || line.startsWith("\t")) {
            return "";
        }
        return line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
    }

    private static String head(byte[] datagram) {
        String text = new String(datagram, StandardCharsets.ISO_8859_1); // byte for byte; names are ASCII
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            end = text.indexOf("\n\n");
        }
        return end < 0 ? text : text.substring(0, end);
    }

    private static String firstLine(byte[] datagram) {
        String h = head(datagram).stripLeading(); // RFC 3261 §7.5: leading CRLFs are ignored
        int eol = h.indexOf('\n');
        return (eol < 0 ? h : h.substring(0, eol)).replace("\r", "");
    }

    private static List<String> headerLines(byte[] datagram) {
        List<String> lines = head(datagram).stripLeading().lines().toList();
        return lines.isEmpty() ? lines : lines.subList(1, lines.size());
    }
}
