package org.voipgw.webui;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A settings form's version: a fingerprint of the stored values it was drawn from. Every settings form
 * carries it in a hidden {@code version} field, and a save from a form drawn before another save (a second
 * tab) is refused with 409 instead of quietly undoing the newer save.
 */
final class FormVersion {
    private FormVersion() {
    }

    /** 22 URL-safe characters (132 bits) of SHA-256 over the stored values written out as text. */
    static String of(CharSequence storedValues) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(storedValues.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
