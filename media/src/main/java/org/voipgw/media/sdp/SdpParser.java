package org.voipgw.media.sdp;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.Arrays;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses SDP text (RFC 4566). Returns {@link SdpResult.Refused} with an {@link SdpError} for
 * anything it cannot use; it never throws on bad input.
 *
 * <p>Strict where a call depends on it: v=0, o=, s= first (§5), known type letters only (§5: a
 * description with an unknown type letter must be ignored entirely), well-formed c= with a literal
 * address (§5.7; host names refused, since device logic does no DNS — our choice), every m= with a
 * connection (§5.7), at least one m=, RTP payload types 0–127 (RFC 3550 §5.1), and parseable
 * rtpmap / ptime values. Lenient where peers are sloppy and nothing is lost: LF alone ends a line
 * as well as CRLF (§5 "SHOULD be tolerant"), t= may be missing, s= may be empty, and trailing
 * blank lines are ignored.
 */
public final class SdpParser {
    /** Our limit on input size: a G.711 SDP is a few hundred octets. */
    public static final int MAX_LENGTH = 64 * 1024;
    private static final String SESSION_LETTERS = "vosiuepcbtrzka";
    private static final String MEDIA_LETTERS = "icbka";

    private SdpParser() {
    }

    public static SdpResult parse(String text) {
        try {
            return new Run(text).parse();
        } catch (Refusal r) {
            return new SdpResult.Refused(r.error);
        }
    }

    /** A parse failure travelling up to {@link #parse}; never leaves this class. */
    private static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        final transient SdpError error;

        Refusal(SdpProblem problem, int line, String detail) {
            super(detail, null, false, false);
            this.error = new SdpError(problem, line, detail);
        }
    }

    private static final class Run {
        private final String text;
        private final List<String> lines = new ArrayList<>();

        Run(String text) {
            this.text = text;
        }

        SdpResult parse() throws Refusal {
            if (text == null || text.isBlank()) {
                throw new Refusal(SdpProblem.EMPTY, 0, "no session description (the body is empty)");
            }
            if (text.length() > MAX_LENGTH) {
                throw new Refusal(SdpProblem.TOO_LARGE, 0, text.length() + " characters, at most " + MAX_LENGTH);
            }
            for (String l : text.split("\r?\n", -1)) {
                lines.add(l);
            }
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.length() < 2 || l.charAt(1) != '=' || l.charAt(0) < 'a' || l.charAt(0) > 'z') {
                    throw new Refusal(SdpProblem.GARBAGE_LINE, i + 1, "\"" + shorten(l)
                            + "\" is not a <letter>=<value> line");
                }
                if (SESSION_LETTERS.indexOf(l.charAt(0)) < 0 && l.charAt(0) != 'm') {
                    throw new Refusal(SdpProblem.UNKNOWN_TYPE, i + 1, "type '" + l.charAt(0)
                            + "' is not an SDP line type (RFC 4566 §5: v o s i u e p c b t r z k a m)");
                }
                for (int c = 2; c < l.length(); c++) {
                    char ch = l.charAt(c);
                    if (ch < 0x20 && ch != '\t' || ch == 0x7F) {
                        throw new Refusal(SdpProblem.GARBAGE_LINE, i + 1, "control character 0x"
                                + Integer.toHexString(ch) + " in the value");
                    }
                }
            }
            if (!lines.get(0).startsWith("v=")) {
                throw new Refusal(SdpProblem.MISSING_VERSION, 1, "an SDP starts with v=0");
            }
            if (!lines.get(0).equals("v=0")) {
                throw new Refusal(SdpProblem.BAD_VERSION, 1, "\"" + shorten(lines.get(0)) + "\": only v=0 exists");
            }
            if (lines.size() < 2 || !lines.get(1).startsWith("o=")) {
                throw new Refusal(SdpProblem.MISSING_ORIGIN, 2, "the second line must be o=");
            }
            SessionDescription.Origin origin = origin(lines.get(1));
            if (lines.size() < 3 || !lines.get(2).startsWith("s=")) {
                throw new Refusal(SdpProblem.MISSING_SESSION_NAME, 3, "the third line must be s=");
            }
            String sessionName = lines.get(2).substring(2);
            Connection sessionConnection = null;
            List<String> timing = new ArrayList<>();
            List<Attribute> sessionAttributes = new ArrayList<>();
            int i = 3;
            for (; i < lines.size() && !lines.get(i).startsWith("m="); i++) {
                String l = lines.get(i);
                String value = l.substring(2);
                switch (l.charAt(0)) {
                    case 'v', 'o', 's' -> throw new Refusal(SdpProblem.OUT_OF_ORDER, i + 1,
                            "'" + l.charAt(0) + "=' may appear only once, at the top");
                    case 'c' -> {
                        if (sessionConnection != null) {
                            throw new Refusal(SdpProblem.BAD_CONNECTION, i + 1, "a second session-level c=");
                        }
                        sessionConnection = connection(value, i + 1);
                    }
                    case 't' -> timing.add(value);
                    case 'a' -> sessionAttributes.add(attribute(value, i + 1));
                    default -> { } // i u e p b r z k: nothing a call uses
                }
            }
            List<MediaDescription> media = new ArrayList<>();
            while (i < lines.size()) {
                int mLine = i + 1;
                String m = lines.get(i).substring(2);
                Connection c = null;
                List<Attribute> attributes = new ArrayList<>();
                for (i++; i < lines.size() && !lines.get(i).startsWith("m="); i++) {
                    String l = lines.get(i);
                    if (MEDIA_LETTERS.indexOf(l.charAt(0)) < 0) {
                        throw new Refusal(SdpProblem.OUT_OF_ORDER, i + 1, "'" + l.charAt(0)
                                + "=' belongs before the first m= (a media section holds i c b k a)");
                    }
                    if (l.charAt(0) == 'c') {
                        if (c != null) {
                            throw new Refusal(SdpProblem.BAD_CONNECTION, i + 1, "a second c= in one media section");
                        }
                        c = connection(l.substring(2), i + 1);
                    } else if (l.charAt(0) == 'a') {
                        attributes.add(attribute(l.substring(2), i + 1));
                    }
                }
                MediaDescription md = media(m, mLine, c, attributes);
                if (c == null && sessionConnection == null && md.port() != 0) {
                    throw new Refusal(SdpProblem.MISSING_CONNECTION, mLine, "m=" + md.media()
                            + " has no c= and there is no session-level c= (RFC 4566 §5.7)");
                }
                media.add(md);
            }
            if (media.isEmpty()) {
                throw new Refusal(SdpProblem.MISSING_MEDIA, 0, "no m= line: a call needs an audio stream");
            }
            return new SdpResult.Parsed(new SessionDescription(origin, sessionName, sessionConnection, timing,
                    sessionAttributes, media));
        }

        private SessionDescription.Origin origin(String line) throws Refusal {
            String[] f = line.substring(2).split(" ", -1);
            if (f.length != 6 || !f[3].equals("IN") || !(f[4].equals("IP4") || f[4].equals("IP6"))
                    || Arrays.stream(f).anyMatch(String::isEmpty)) {
                throw new Refusal(SdpProblem.BAD_ORIGIN, 2, "o= needs <username> <sess-id> <sess-version> IN IP4|IP6 "
                        + "<address>, got \"" + shorten(line) + "\"");
            }
            return new SessionDescription.Origin(f[0], f[1], f[2], f[4], f[5]);
        }

        private Connection connection(String value, int line) throws Refusal {
            String[] f = value.split(" ", -1);
            if (f.length != 3 || !f[0].equals("IN") || !(f[1].equals("IP4") || f[1].equals("IP6"))) {
                throw new Refusal(SdpProblem.BAD_CONNECTION, line, "c= must be \"IN IP4 <address>\" or \"IN IP6 "
                        + "<address>\", got \"" + shorten(value) + "\"");
            }
            InetAddress a = f[1].equals("IP4") ? ipv4(f[2]) : ipv6(f[2]);
            if (a == null) {
                throw new Refusal(SdpProblem.BAD_CONNECTION, line, "\"" + shorten(f[2]) + "\" is not a literal "
                        + f[1] + " address (host names and multicast TTLs are not supported)");
            }
            return new Connection(f[1], a);
        }

        private Attribute attribute(String value, int line) throws Refusal {
            int colon = value.indexOf(':');
            String name = colon < 0 ? value : value.substring(0, colon);
            if (name.isEmpty() || name.indexOf(' ') >= 0) {
                throw new Refusal(SdpProblem.BAD_ATTRIBUTE, line, "a= needs a name without spaces, got \""
                        + shorten(value) + "\"");
            }
            String v = colon < 0 ? null : value.substring(colon + 1);
            switch (name) {
                case "rtpmap" -> {
                    if (RtpMap.parse(v) == null) {
                        throw new Refusal(SdpProblem.BAD_ATTRIBUTE, line, "rtpmap must be \"<payload type 0-127> "
                                + "<encoding>/<clock rate>[/<channels>]\", got \"" + shorten(String.valueOf(v)) + "\"");
                    }
                }
                case "ptime" -> {
                    if (smallInt(v, 1, 1000) == null) {
                        throw new Refusal(SdpProblem.BAD_ATTRIBUTE, line, "ptime must be milliseconds 1-1000, got \""
                                + shorten(String.valueOf(v)) + "\"");
                    }
                }
                case "fmtp" -> {
                    if (v == null || v.indexOf(' ') <= 0 || smallInt(v.substring(0, v.indexOf(' ')), 0, 127) == null) {
                        throw new Refusal(SdpProblem.BAD_ATTRIBUTE, line, "fmtp must be \"<payload type> <parameters>\", "
                                + "got \"" + shorten(String.valueOf(v)) + "\"");
                    }
                }
                default -> { }
            }
            return new Attribute(name, v);
        }

        private MediaDescription media(String value, int line, Connection c, List<Attribute> attributes)
                throws Refusal {
            String[] f = value.split(" ", -1);
            if (f.length < 4 || Arrays.stream(f).anyMatch(String::isEmpty)) {
                throw new Refusal(SdpProblem.BAD_MEDIA, line, "m= needs <media> <port> <proto> <format> …, got \""
                        + shorten(value) + "\"");
            }
            String[] port = f[1].split("/", -1);
            Integer p = smallInt(port[0], 0, 65535);
            Integer count = port.length == 2 ? smallInt(port[1], 1, 65535) : Integer.valueOf(1);
            if (p == null || count == null || port.length > 2) {
                throw new Refusal(SdpProblem.BAD_MEDIA, line, "port \"" + shorten(f[1]) + "\" is not 0-65535[/count]");
            }
            List<String> formats = List.of(f).subList(3, f.length);
            if (f[2].startsWith("RTP/")) {
                for (String fmt : formats) {
                    if (smallInt(fmt, 0, 127) == null) {
                        throw new Refusal(SdpProblem.BAD_MEDIA, line, "RTP format \"" + shorten(fmt)
                                + "\" is not a payload type 0-127");
                    }
                }
            }
            return new MediaDescription(f[0], p, count, f[2], formats, c, attributes);
        }
    }

    /** A decimal integer in [min, max] (digits only, at most 9), or null. */
    static Integer smallInt(String s, int min, int max) {
        if (s == null || s.isEmpty() || s.length() > 9) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        int v = Integer.parseInt(s);
        return v < min || v > max ? null : v;
    }

    /** A dotted-quad IPv4 literal, built without DNS, or null. */
    static InetAddress ipv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            Integer v = smallInt(parts[i], 0, 255);
            if (v == null || parts[i].length() > 3) {
                return null;
            }
            b[i] = (byte) (int) v;
        }
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            return null; // cannot happen for 4 octets
        }
    }

    /** An IPv6 literal, or null. Only hex digits, ':' and '.' pass, so no name lookup can start. */
    static InetAddress ipv6(String s) {
        if (s.isEmpty() || s.indexOf(':') < 0 || s.length() > 45) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.digit(c, 16) < 0 && c != ':' && c != '.') {
                return null;
            }
        }
        try {
            InetAddress a = InetAddress.getByName(s);
            return a instanceof Inet6Address || a instanceof Inet4Address ? a : null;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
