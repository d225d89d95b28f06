package org.voipgw.isdn.lapd;

import java.io.ByteArrayOutputStream;
import org.voipgw.hal.dchan.DChannel;
import org.voipgw.isdn.DecodeError.Kind;
import org.voipgw.isdn.Decoded;
import org.voipgw.isdn.Octets;

/**
 * Frame codec for LAPD (Q.921 §2–§3): address, control (modulo 128), information field. The FCS
 * and flags belong to the HDLC layer ({@link Hdlc}). Decoding never throws: every malformed input
 * gives a {@link Decoded.Failed}; every frame that decodes re-encodes to the same octets.
 */
public final class LapdCodec {
    /** N201, the maximum information field on the D channel (Q.921 §5.9.3). */
    public static final int N201 = DChannel.N201;

    private LapdCodec() {}

    public static byte[] encode(Frame frame) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Address a = frame.address();
        out.write(a.sapi() << 2 | (a.cr() ? 2 : 0));
        out.write(a.tei() << 1 | 1);
        int pf = frame.pf() ? 1 : 0;
        switch (frame) {
            case Frame.I i -> {
                out.write(i.ns() << 1);
                out.write(i.nr() << 1 | pf);
                out.writeBytes(i.info().toArray());
            }
            case Frame.S s -> {
                out.write(s.type().code);
                out.write(s.nr() << 1 | pf);
            }
            case Frame.U u -> {
                out.write(u.type().code | pf << 4);
                out.writeBytes(u.info().toArray());
            }
        }
        return out.toByteArray();
    }

    public static Decoded<Frame> decode(byte[] b) {
        if (b.length < 3) {
            return Decoded.fail(Kind.TRUNCATED, b.length, "a LAPD frame has at least 3 octets");
        }
        // Q.921 §3.3.1: EA bit 0 in the first address octet, 1 in the second.
        if ((b[0] & 1) != 0 || (b[1] & 1) != 1) {
            return Decoded.fail(Kind.BAD_FORMAT, 0, "address extension bits");
        }
        Address address = new Address((b[0] & 0xFF) >>> 2, (b[0] & 2) != 0, (b[1] & 0xFF) >>> 1);
        int c = b[2] & 0xFF;
        if ((c & 1) == 0) {
            return decodeI(b, address);
        }
        if ((c & 3) == 1) {
            return decodeS(b, address, c);
        }
        return decodeU(b, address, c);
    }

    private static Decoded<Frame> decodeI(byte[] b, Address address) {
        if (b.length < 4) {
            return Decoded.fail(Kind.TRUNCATED, 3, "I frame needs a second control octet");
        }
        if (b.length - 4 > N201) {
            return Decoded.fail(Kind.BAD_FORMAT, 4, "information field longer than N201");
        }
        int ns = (b[2] & 0xFF) >>> 1;
        int nr = (b[3] & 0xFF) >>> 1;
        return Decoded.ok(new Frame.I(address, ns, nr, (b[3] & 1) != 0, Octets.of(b, 4, b.length)));
    }

    private static Decoded<Frame> decodeS(byte[] b, Address address, int c) {
        Frame.SType type = null;
        for (Frame.SType t : Frame.SType.values()) {
            if (t.code == c) {
                type = t;
            }
        }
        if (type == null) {
            return Decoded.fail(Kind.UNKNOWN_TYPE, 2, "supervisory control " + Integer.toHexString(c));
        }
        if (b.length != 4) {
            // Q.921 §5.8.5: an S frame with an information field (or a short one) is invalid.
            return Decoded.fail(b.length < 4 ? Kind.TRUNCATED : Kind.BAD_FORMAT, 3, "S frame length " + b.length);
        }
        return Decoded.ok(new Frame.S(address, type, (b[3] & 0xFF) >>> 1, (b[3] & 1) != 0));
    }

    private static Decoded<Frame> decodeU(byte[] b, Address address, int c) {
        int code = c & ~0x10;
        for (Frame.UType t : Frame.UType.values()) {
            if (t.code == code) {
                if (!t.mayCarryInfo() && b.length != 3) {
                    return Decoded.fail(Kind.BAD_FORMAT, 3, t + " with an information field");
                }
                if (b.length - 3 > N201) {
                    return Decoded.fail(Kind.BAD_FORMAT, 3, "information field longer than N201");
                }
                return Decoded.ok(new Frame.U(address, t, (c & 0x10) != 0, Octets.of(b, 3, b.length)));
            }
        }
        return Decoded.fail(Kind.UNKNOWN_TYPE, 2, "unnumbered control " + Integer.toHexString(c));
    }
}
