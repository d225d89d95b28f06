package org.voipgw.agent.sip.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP Digest as SIP uses it (RFC 3261 §22.4) with the algorithms of RFC 7616 §3.4 / RFC 8760 §2:
 * MD5 and SHA-256, {@code qop=auth} or no qop. Pure functions and small values; the registration
 * state machine, the in-memory carrier and the embedded registrar all use this one implementation.
 */
public final class DigestAuth {
    private DigestAuth() {
    }

    /** The supported algorithms, weakest first (RFC 8760 §2.4: prefer the strongest the UA supports). */
    public enum Algorithm {
        MD5("MD5", "MD5"),
        SHA_256("SHA-256", "SHA-256");

        private final String token;
        private final String jcaName;

        Algorithm(String token, String jcaName) {
            this.token = token;
            this.jcaName = jcaName;
        }

        public String token() {
            return token;
        }

        /** {@code H(data)}: the lower-case hex digest (RFC 7616 §3.4). */
        public String hash(String data) {
            try {
                MessageDigest md = MessageDigest.getInstance(jcaName);
                return HexFormat.of().formatHex(md.digest(data.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK lacks " + jcaName, e);
            }
        }

        /** The algorithm named by a challenge's {@code algorithm} parameter (absent means MD5, RFC 7616 §3.3). */
        public static Optional<Algorithm> ofToken(String token) {
            if (token == null || token.isEmpty()) {
                return Optional.of(MD5);
            }
            for (Algorithm a : values()) {
                if (a.token.equalsIgnoreCase(token)) {
                    return Optional.of(a);
                }
            }
            return Optional.empty(); // e.g. SHA-512-256 or a -sess variant: not offered by this UA
        }
    }

    /** One parsed WWW-/Proxy-Authenticate challenge we can answer. */
    public record Challenge(String realm, String nonce, String opaque, Algorithm algorithm, boolean qopAuth,
                            boolean stale) {
        /** Parses one {@code Digest ...} header value; empty when it is not a Digest challenge we support. */
        public static Optional<Challenge> parse(String headerValue) {
            if (headerValue == null) {
                return Optional.empty();
            }
            String v = headerValue.trim();
            if (v.length() < 7 || !v.substring(0, 7).equalsIgnoreCase("Digest ")) {
                return Optional.empty();
            }
            Map<String, String> p = params(v.substring(7));
            String realm = p.get("realm");
            String nonce = p.get("nonce");
            if (realm == null || nonce == null) {
                return Optional.empty();
            }
            Optional<Algorithm> alg = Algorithm.ofToken(p.get("algorithm"));
            if (alg.isEmpty()) {
                return Optional.empty();
            }
            String qop = p.get("qop");
            boolean qopAuth = false;
            if (qop != null) {
                // RFC 7616 §3.3: a quoted list, e.g. "auth, auth-int"; we answer only auth.
                qopAuth = List.of(qop.split(",")).stream().map(String::trim).anyMatch("auth"::equalsIgnoreCase);
                if (!qopAuth) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Challenge(realm, nonce, p.get("opaque"), alg.get(), qopAuth,
                    "true".equalsIgnoreCase(p.get("stale"))));
        }

        /** Of several challenges (one header each), the strongest we can answer (RFC 8760 §2.4). */
        public static Optional<Challenge> strongest(List<String> headerValues) {
            return headerValues.stream().map(Challenge::parse).flatMap(Optional::stream)
                    .max(Comparator.comparing(Challenge::algorithm));
        }
    }

    /**
     * {@code response} of RFC 7616 §3.4.1 (qop=auth) or RFC 2617 §3.2.2.1 (no qop):
     * KD(H(A1), nonce:nc:cnonce:qop:H(A2)) with A1 = user:realm:password, A2 = method:uri.
     */
    public static String response(Algorithm alg, String user, String realm, String password, String method,
                                  String uri, String nonce, String nc, String cnonce, boolean qopAuth) {
        String ha1 = alg.hash(user + ":" + realm + ":" + password);
        return responseFromHa1(alg, ha1, method, uri, nonce, nc, cnonce, qopAuth);
    }

    /** As {@link #response}, from a stored H(A1) (how registrars keep passwords, e.g. Kamailio's ha1 column). */
    public static String responseFromHa1(Algorithm alg, String ha1, String method, String uri, String nonce,
                                         String nc, String cnonce, boolean qopAuth) {
        String ha2 = alg.hash(method + ":" + uri);
        return qopAuth ? alg.hash(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2)
                : alg.hash(ha1 + ":" + nonce + ":" + ha2);
    }

    /** The {@code Authorization} (or {@code Proxy-Authorization}) header value answering {@code c}. */
    public static String authorization(Challenge c, String user, String password, String method, String uri,
                                       int nonceCount, String cnonce) {
        String nc = String.format(Locale.ROOT, "%08x", nonceCount);
        String resp = response(c.algorithm(), user, c.realm(), password, method, uri, c.nonce(), nc, cnonce,
                c.qopAuth());
        StringBuilder b = new StringBuilder("Digest username=").append(quote(user))
                .append(", realm=").append(quote(c.realm()))
                .append(", nonce=").append(quote(c.nonce()))
                .append(", uri=").append(quote(uri))
                .append(", response=").append(quote(resp))
                .append(", algorithm=").append(c.algorithm().token());
        if (c.qopAuth()) {
            b.append(", qop=auth, nc=").append(nc).append(", cnonce=").append(quote(cnonce));
        }
        if (c.opaque() != null) {
            b.append(", opaque=").append(quote(c.opaque()));
        }
        return b.toString();
    }

    /**
     * The {@code name=value} pairs of a challenge or credentials (after the scheme word), values
     * unquoted; names lower-cased. Tolerant: a malformed list yields what could be read.
     */
    public static Map<String, String> params(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && (s.charAt(i) == ',' || Character.isWhitespace(s.charAt(i)))) {
                i++;
            }
            int eq = s.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String name = s.substring(i, eq).trim().toLowerCase(Locale.ROOT);
            i = eq + 1;
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            StringBuilder value = new StringBuilder();
            if (i < n && s.charAt(i) == '"') {
                i++;
                while (i < n && s.charAt(i) != '"') {
                    if (s.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    value.append(s.charAt(i++));
                }
                i++; // closing quote
            } else {
                while (i < n && s.charAt(i) != ',') {
                    value.append(s.charAt(i++));
                }
            }
            out.put(name, value.toString().trim());
        }
        return out;
    }

    private static String quote(String v) {
        return '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
