package org.voipgw.media.rtp;

import java.util.Arrays;

/**
 * RFC 3550 §5.3.1 header extension: 16 profile-defined bits and a body of whole 32-bit words.
 * We never send one; we must still skip one a peer sends.
 */
public record RtpHeaderExtension(int profileBits, byte[] body) {
    public RtpHeaderExtension {
        if (profileBits < 0 || profileBits > 0xFFFF) {
            throw new IllegalArgumentException("extension profile bits are 16 bits, not " + profileBits);
        }
        if (body == null || body.length % 4 != 0 || body.length / 4 > 0xFFFF) {
            throw new IllegalArgumentException("an extension body is whole 32-bit words (0-65535 of them)");
        }
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RtpHeaderExtension e && e.profileBits == profileBits && Arrays.equals(e.body, body);
    }

    @Override
    public int hashCode() {
        return 31 * profileBits + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "RtpHeaderExtension[profile=0x" + Integer.toHexString(profileBits) + ", " + body.length + " octets]";
    }
}
