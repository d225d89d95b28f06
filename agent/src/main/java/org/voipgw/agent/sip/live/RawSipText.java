package org.voipgw.agent.sip.live;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What jain-sip's parser hides and must be seen on the datagram's bytes: it reads any {@code SIP/x.y}
 * request line as SIP/2.0, and of two Content-Length headers it keeps the last. Both are refused
 * (RFC 3261 §7.1, §20.14), so both are looked for here, before parsing. Header names are matched with
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

    /** How many Content-Length (or {@code l}) header lines the header section holds. */
    static int contentLengthHeaders(byte[] datagram) {
        int n = 0;
        for (String line : headerLines(datagram)) {
            if (isContentLength(line)) {
                n++;
            }
        }
        return n;
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
        int colon = line.indexOf(':');
        if (colon < 0 || line.startsWith(" ") || line.startsWith("\t")) {
            return false; // a continuation line (RFC 3261 §7.3.1 folding) names no header
        }
        String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        return name.equals("content-length") || name.equals("l");
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
