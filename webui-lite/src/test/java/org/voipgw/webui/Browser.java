package org.voipgw.webui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A minimal browser over java.net.http: keeps cookies by name (so tests can look at each Set-Cookie
 * header themselves), never follows redirects on its own, and pulls the CSRF token out of pages.
 */
final class Browser {
    private final HttpClient http;
    private final URI base;
    final Map<String, String> cookies = new LinkedHashMap<>();
    /** The token of the last page fetched that carried one. */
    String csrf = "";
    /** The PPPoE form's settings version of the last page that carried one (sent with every save). */
    String version = "";

    Browser(URI base) {
        this(base, null);
    }

    /** A browser on another machine: its connections come from {@code source} (any 127.x.y.z works on Linux). */
    Browser(URI base, InetAddress source) {
        this.base = base;
        HttpClient.Builder b = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
        if (source != null) {
            b.localAddress(source);
        }
        this.http = b.build();
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** GETs and, when redirected, follows (GET) until a page comes back. */
    HttpResponse<String> open(String path) {
        HttpResponse<String> r = get(path);
        for (int i = 0; i < 5 && r.statusCode() == 303; i++) {
            r = get(r.headers().firstValue("Location").orElseThrow());
        }
        return r;
    }

    /** The page as a jsoup document, for assertions on structure. */
    static Document doc(HttpResponse<String> r) {
        return Jsoup.parse(r.body());
    }

    /** Posts {@code fields} as a form, adding the current CSRF token (and, for a save, the form's version). */
    HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("csrf", csrf);
        if ("save".equals(fields.get("action"))) {
            all.put("version", version);
        }
        all.putAll(fields);
        return postRaw(path, encode(all));
    }

    HttpResponse<String> postRaw(String path, String body) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> login(String user, String password) {
        open("/login");
        return post("/login", Map.of("user", user, "password", password));
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static List<String> setCookies(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie");
    }

    static Optional<String> setCookie(HttpResponse<?> r, String name) {
        return setCookies(r).stream().filter(c -> c.startsWith(name + "=")).findFirst();
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path));
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return b;
    }

    HttpResponse<String> send(HttpRequest req) {
        try {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String c : setCookies(r)) {
                String pair = c.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq);
                String value = pair.substring(eq + 1);
                if (value.isEmpty() || c.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            if (r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                Document d = Jsoup.parse(r.body());
                Element token = d.selectFirst("input[name=csrf]");
                if (token != null) {
                    csrf = token.attr("value");
                }
                Element v = d.selectFirst("input[name=version]");
                if (v != null) {
                    version = v.attr("value");
                }
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
