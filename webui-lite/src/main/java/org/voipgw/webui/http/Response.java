package org.voipgw.webui.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What to send back: status, header fields (repeatable, e.g. Set-Cookie) and the body. */
public final class Response {
    private final int status;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private byte[] body = new byte[0];

    public Response(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status out of range: " + status);
        }
        this.status = status;
    }

    /** A plain-text response (errors the front itself answers, and short refusals). */
    public static Response text(int status, String text) {
        return new Response(status).header("Content-Type", "text/plain; charset=utf-8")
                .body((text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    public Response header(String name, String value) {
        // a CR or LF in a value would split the response (header injection): refuse it here, once
        if (name.indexOf('\r') >= 0 || name.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("line break in a header field: " + name);
        }
        headers.add(Map.entry(name, value));
        return this;
    }

    /** Replaces every field of this name. */
    public Response set(String name, String value) {
        headers.removeIf(e -> e.getKey().equalsIgnoreCase(name));
        return header(name, value);
    }

    public boolean has(String name) {
        return headers.stream().anyMatch(e -> e.getKey().equalsIgnoreCase(name));
    }

    public Response body(byte[] bytes) {
        this.body = Objects.requireNonNull(bytes);
        return this;
    }

    public int status() {
        return status;
    }

    public List<Map.Entry<String, String>> headers() {
        return List.copyOf(headers);
    }

    public byte[] body() {
        return body;
    }

    /** RFC 9110 §15 reason phrases for the statuses this UI sends; the phrase is informative only. */
    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 303 -> "See Other";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 411 -> "Length Required";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 421 -> "Misdirected Request";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            case 505 -> "HTTP Version Not Supported";
            default -> "";
        };
    }
}
