package org.voipgw.webui.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Reads one request from a socket against deadlines and parses it strictly (RFC 9112). Every way a
 * request can be wrong ends in a {@link Refused} with the status to answer, a client that left ends in
 * {@link ClientGone}; nothing is read beyond what the limits allow.
 */
final class RequestReader {
    /** RFC 9110 §5.6.2 token: method and field names. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
    private static final byte[] END_OF_HEAD = {'\r', '\n', '\r', '\n'};
    private static final int MAX_FIELDS = 100;
    /**
     * A too-large body up to this size is read and dropped before the 413, so an ordinary client that
     * is still sending sees the answer instead of a reset; anything larger is answered at once.
     */
    static final long DRAIN_BYTES = 1024 * 1024;
    /** After the response: how long unread input is drained so that close() does not reset the answer away. */
    private static final long LINGER_NANOS = 1_000_000_000L;

    private final HttpLimits limits;
    private final LongSupplier nanoTime;

    RequestReader(HttpLimits limits, LongSupplier nanoTime) {
        this.limits = limits;
        this.nanoTime = nanoTime;
    }

    /**
     * What reading needs of a connection: its input, a read timeout for the next read, and the peer's
     * address. A socket in the front; bytes in the fuzz test, which drives the same parser.
     */
    interface Connection {
        InputStream input() throws IOException;

        void readTimeout(int millis) throws SocketException;

        InetAddress source();

        static Connection of(Socket socket) {
            return new Connection() {
                @Override
                public InputStream input() throws IOException {
                    return socket.getInputStream();
                }

                @Override
                public void readTimeout(int millis) throws SocketException {
                    socket.setSoTimeout(millis);
                }

                @Override
                public InetAddress source() {
                    return socket.getInetAddress();
                }
            };
        }
    }

    Request read(Socket socket) throws IOException, Refused {
        return read(Connection.of(socket));
    }

    Request read(Connection connection) throws IOException, Refused {
        InputStream in = connection.input();
        long headDeadline = nanoTime.getAsLong() + limits.headTimeout().toNanos();
        byte[] buf = new byte[limits.maxHeadBytes() + 1];
        int filled = 0;
        int end = -1;
        while (end < 0) {
            if (filled >= limits.maxHeadBytes()) {
                throw new Refused(431, "request head larger than " + limits.maxHeadBytes() + " bytes");
            }
            int n = readBefore(connection, in, buf, filled, buf.length - filled, headDeadline, "request head");
            if (n < 0) {
                throw new ClientGone(filled == 0 ? "connection closed before a request" : "connection closed mid-head");
            }
            int from = Math.max(0, filled - 3);
            filled += n;
            end = indexOf(buf, filled, from);
        }
        String head = new String(buf, 0, end, StandardCharsets.ISO_8859_1);
        byte[] early = Arrays.copyOfRange(buf, end + END_OF_HEAD.length, filled);
        return parse(head, connection, in, early);
    }

    private Request parse(String head, Connection connection, InputStream in, byte[] early) throws IOException, Refused {
        String[] lines = head.split("\r\n", -1);
        String[] start = lines[0].split(" ", -1);
        if (start.length != 3 || !TOKEN.matcher(start[0]).matches()) {
            throw new Refused(400, "malformed request line");
        }
        if (!start[2].equals("HTTP/1.1") && !start[2].equals("HTTP/1.0")) {
            throw new Refused(start[2].startsWith("HTTP/") ? 505 : 400, "unsupported protocol version");
        }
        String target = start[1];
        if (!target.startsWith("/")) {
            // only origin-form (RFC 9112 §3.2.1): no proxy requests, no "*"
            throw new Refused(400, "request target must be a path");
        }
        URI uri;
        try {
            uri = new URI(target);
        } catch (URISyntaxException e) {
            throw new Refused(400, "malformed request target");
        }
        if (uri.getRawPath() == null || uri.getRawFragment() != null) {
            throw new Refused(400, "malformed request target");
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (lines.length - 1 > MAX_FIELDS) {
            throw new Refused(431, "more than " + MAX_FIELDS + " header fields");
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int colon = line.indexOf(':');
            // obs-fold (a line starting with white space) is refused, as RFC 9112 §5.2 allows
            if (colon <= 0 || !TOKEN.matcher(line.substring(0, colon)).matches()) {
                throw new Refused(400, "malformed header field");
            }
            String value = line.substring(colon + 1).strip();
            if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
                throw new Refused(400, "control character in a header field");
            }
            fields.computeIfAbsent(line.substring(0, colon).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value);
        }
        if (start[2].equals("HTTP/1.1") && fields.getOrDefault("host", List.of()).size() != 1) {
            throw new Refused(400, "exactly one Host header is required"); // RFC 9112 §3.2
        }
        if (fields.containsKey("transfer-encoding")) {
            throw new Refused(411, "send the body with a Content-Length, not a transfer coding");
        }
        int length = contentLength(fields.getOrDefault("content-length", List.of()), early.length);
        byte[] body = readBody(connection, in, early, length);
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        fields.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        InetAddress source = connection.source();
        return new Request(start[0], uri.getPath(), uri.getRawQuery(), Collections.unmodifiableMap(frozen),
                body, source);
    }

    private int contentLength(List<String> values, int alreadyRead) throws Refused {
        if (values.isEmpty()) {
            return 0;
        }
        String v = values.get(0);
        if (values.size() > 1 || v.isEmpty() || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // RFC 9112 §6.3: an invalid (or repeated) Content-Length cannot be recovered from
            throw new Refused(400, "invalid Content-Length");
        }
        // 10^12 and beyond: answered at once, nothing of the body is read (issue 13 finding 1)
        if (!DIGITS.matcher(v).matches() || Long.parseLong(v) > limits.maxBodyBytes()) {
            long declared = DIGITS.matcher(v).matches() ? Long.parseLong(v) : Long.MAX_VALUE;
            throw new Refused(413, "request body too large (at most " + limits.maxBodyBytes() + " bytes)",
                    declared <= DRAIN_BYTES ? declared - alreadyRead : 0);
        }
        return Integer.parseInt(v);
    }

    private byte[] readBody(Connection connection, InputStream in, byte[] early, int length) throws IOException, Refused {
        if (early.length > length) {
            // bytes after the declared body: pipelining is not supported (one request per connection)
            throw new Refused(400, "more data than the declared Content-Length");
        }
        byte[] body = Arrays.copyOf(early, length);
        int filled = early.length;
        long deadline = nanoTime.getAsLong() + limits.bodyTimeout().toNanos();
        while (filled < length) {
            int n = readBefore(connection, in, body, filled, length - filled, deadline, "request body");
            if (n < 0) {
                throw new ClientGone("connection closed mid-body (" + filled + " of " + length + " bytes)");
            }
            filled += n;
        }
        return body;
    }

    /** Reads and drops up to {@code n} bytes within the body timeout; stops quietly at EOF or time. */
    void drain(Socket socket, long n) {
        long deadline = nanoTime.getAsLong() + limits.bodyTimeout().toNanos();
        discard(Connection.of(socket), n, deadline);
    }

    /**
     * After the response: reads what the client still sends (at most {@link #DRAIN_BYTES}, at most a
     * second), so closing with unread input does not send a reset that could destroy the answer in flight.
     */
    void linger(Socket socket) {
        discard(Connection.of(socket), DRAIN_BYTES, nanoTime.getAsLong() + LINGER_NANOS);
    }

    private void discard(Connection connection, long n, long deadline) {
        byte[] sink = new byte[8192];
        try {
            InputStream in = connection.input();
            long left = n;
            while (left > 0) {
                int r = readBefore(connection, in, sink, 0, (int) Math.min(sink.length, left), deadline, "drain");
                if (r < 0) {
                    return;
                }
                left -= r;
            }
        } catch (IOException | Refused e) {
            // the client is gone or slow: the connection is closed next either way
        }
    }

    /** One read that gives up at {@code deadline} with 408. */
    private int readBefore(Connection connection, InputStream in, byte[] b, int off, int len, long deadline, String what)
            throws IOException, Refused {
        long left = deadline - nanoTime.getAsLong();
        if (left <= 0) {
            throw new Refused(408, what + " not complete in time");
        }
        connection.readTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000)));
        try {
            return in.read(b, off, len);
        } catch (SocketTimeoutException e) {
            throw new Refused(408, what + " not complete in time");
        } catch (SocketException e) {
            throw new ClientGone(what + ": " + e.getMessage());
        }
    }

    private static int indexOf(byte[] buf, int filled, int from) {
        outer:
        for (int i = from; i <= filled - END_OF_HEAD.length; i++) {
            for (int j = 0; j < END_OF_HEAD.length; j++) {
                if (buf[i + j] != END_OF_HEAD[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
