package org.voipgw.agent.sip.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.sip.digest.DigestAuth.Algorithm;
import org.voipgw.agent.sip.digest.DigestAuth.Challenge;
import java.util.Optional;
import java.util.function.Function;

class DigestAuthTest {
    // RFC 7616 §3.9.1: user Mufasa, password "Circle of Life", GET /dir/index.html
    private static final String REALM = "http-auth@example.org";
    private static final String NONCE = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
    private static final String CNONCE = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";

    @Test
    void rfc7616Md5Vector() {
        assertEquals("8ca523f5e9506fed4657c9700eebdbec", DigestAuth.response(Algorithm.MD5, "Mufasa", REALM,
                "Circle of Life", "GET", "/dir/index.html", NONCE, "00000001", CNONCE, true));
    }

    @Test
    void rfc7616Sha256Vector() {
        assertEquals("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1",
                DigestAuth.response(Algorithm.SHA_256, "Mufasa", REALM, "Circle of Life", "GET",
                        "/dir/index.html", NONCE, "00000001", CNONCE, true));
    }

    @Test
    void rfc2617Vector() {
        // RFC 2617 §3.5
        assertEquals("6629fae49393a05397450978507c4ef1", DigestAuth.response(Algorithm.MD5, "Mufasa",
                "testrealm@host.com", "Circle Of Life", "GET", "/dir/index.html",
                "dcd98b7102dd2f0e8b11d0f600bfb0c093", "00000001", "0a4f113b", true));
    }

    @Test
    void picksTheStrongestOffered() {
        Challenge c = Challenge.strongest(List.of(
                "Digest realm=\"r\", nonce=\"n1\", qop=\"auth\", algorithm=MD5",
                "Digest realm=\"r\", nonce=\"n2\", qop=\"auth,auth-int\", algorithm=SHA-256",
                "Digest realm=\"r\", nonce=\"n3\", algorithm=SHA-512-256")).orElseThrow();
        assertEquals(Algorithm.SHA_256, c.algorithm());
        assertEquals("n2", c.nonce());
        assertTrue(c.qopAuth());
    }

    @Test
    void absentAlgorithmMeansMd5AndStaleIsRead() {
        Challenge c = Challenge.parse("digest realm=\"voip\",nonce=\"abc\",stale=TRUE").orElseThrow();
        assertEquals(Algorithm.MD5, c.algorithm());
        assertFalse(c.qopAuth());
        assertTrue(c.stale());
    }

    @Test
    void unsupportedOrBrokenChallengesAreRefused() {
        assertTrue(Challenge.parse("Basic realm=\"x\"").isEmpty());
        assertTrue(Challenge.parse("Digest realm=\"x\"").isEmpty());
        assertTrue(Challenge.parse("Digest realm=\"x\", nonce=\"n\", qop=\"auth-int\"").isEmpty());
        assertTrue(Challenge.parse("Digest ,,,=").isEmpty());
        assertTrue(Challenge.parse(null).isEmpty());
    }

    @Test
    void authorizationRoundTripsThroughParams() {
        Challenge c = new Challenge("r\"q", "n", "op", Algorithm.SHA_256, true, false);
        String h = DigestAuth.authorization(c, "alice", "pw", "REGISTER", "sip:example.test", 1, "cn");
        Map<String, String> p = DigestAuth.params(h.substring("Digest ".length()));
        assertEquals("alice", p.get("username"));
        assertEquals("r\"q", p.get("realm"));
        assertEquals("00000001", p.get("nc"));
        assertEquals("op", p.get("opaque"));
        assertEquals(DigestAuth.response(Algorithm.SHA_256, "alice", "r\"q", "pw", "REGISTER", "sip:example.test",
                "n", "00000001", "cn", true), p.get("response"));
    }

    @Test
    void theRegistrarSideAcceptsOnlyTheRightPasswordAndItsOwnNonce() {
        Challenge c = new Challenge("voipgw.test", "n-1", null, Algorithm.SHA_256, true, false);
        String right = DigestAuth.authorization(c, "alice", "right", "REGISTER", "sip:voipgw.test", 1, "c");
        String wrong = DigestAuth.authorization(c, "alice", "wrong", "REGISTER", "sip:voipgw.test", 1, "c");
        Function<String, Optional<String>> users =
                u -> u.equals("alice") ? Optional.of("right") : Optional.empty();
        assertTrue(DigestCheck.verify(right, "REGISTER", "voipgw.test", "n-1", users));
        assertFalse(DigestCheck.verify(wrong, "REGISTER", "voipgw.test", "n-1", users));
        assertFalse(DigestCheck.verify(right, "REGISTER", "voipgw.test", "n-2", users), "another nonce");
        assertFalse(DigestCheck.verify(right, "INVITE", "voipgw.test", "n-1", users), "another method");
        assertFalse(DigestCheck.verify("Basic YWxpY2U6cmlnaHQ=", "REGISTER", "voipgw.test", "n-1", users));
        Challenge md5NoQop = new Challenge("voipgw.test", "n-1", null, Algorithm.MD5, false, false);
        assertTrue(DigestCheck.verify(DigestAuth.authorization(md5NoQop, "alice", "right", "REGISTER",
                "sip:voipgw.test", 1, "c"), "REGISTER", "voipgw.test", "n-1", users));
    }
}
