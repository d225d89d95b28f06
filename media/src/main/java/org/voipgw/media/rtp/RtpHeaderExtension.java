package org.voipgw.media.rtp;

/**
 * RFC 3550 §5.3.1 header extension: 16 profile-defined bits and a body of whole 32-bit words.
 * We never send one; we must still skip one a peer sends.
 */
public record RtpHeaderExtension(int profileBits, Octets body) {
    public RtpHeaderExtension {
        if (profileBits < 0 || profileBits > 0xFFFF) {
            throw new IllegalArgumentException("extension profile bits are 16 bits, not " + profileBits);
        }
        if (body.length() % 4 != 0 || body.length() / 4 > 0xFFFF) {
            throw new IllegalArgumentException("an extension body is whole 32-bit words (0-65535 of them), not "
                    + body.length() + " octets");
        }
    }

    public RtpHeaderExtension(int profileBits, byte[] body) {
        this(profileBits, new Octets(body));
    }
}
