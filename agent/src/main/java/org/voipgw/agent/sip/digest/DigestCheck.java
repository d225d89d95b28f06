package org.voipgw.agent.sip.digest;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The registrar side of RFC 3261 §22.4 / RFC 7616 §3.4: does an Authorization header prove the password? */
public final class DigestCheck {
    private DigestCheck() {
    }

    /**
     * Whether {@code authorization} answers our challenge ({@code realm}, {@code nonce}) for
     * {@code method} with the password {@code passwordOf} gives for its user name.
     */
    public static boolean verify(String authorization, String method, String realm, String nonce,
                                 Function<String, Optional<String>> passwordOf) {
        if (authorization == null || authorization.length() < 7
                || !authorization.substring(0, 7).equalsIgnoreCase("Digest ")) {
            return false;
        }
        Map<String, String> p = DigestAuth.params(authorization.substring(7));
        String user = p.get("username");
        Optional<DigestAuth.Algorithm> alg = DigestAuth.Algorithm.ofToken(p.get("algorithm"));
        if (user == null || alg.isEmpty() || !realm.equals(p.get("realm")) || !nonce.equals(p.get("nonce"))
                || p.get("uri") == null || p.get("response") == null) {
            return false;
        }
        Optional<String> password = passwordOf.apply(user);
        if (password.isEmpty()) {
            return false;
        }
        boolean qop = "auth".equalsIgnoreCase(p.get("qop"));
        String expected = DigestAuth.response(alg.get(), user, realm, password.get(), method, p.get("uri"), nonce,
                p.getOrDefault("nc", ""), p.getOrDefault("cnonce", ""), qop);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                p.get("response").getBytes(StandardCharsets.US_ASCII));
    }
}
