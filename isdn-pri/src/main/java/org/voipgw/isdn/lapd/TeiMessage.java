package org.voipgw.isdn.lapd;

import org.voipgw.isdn.DecodeError.Kind;
import org.voipgw.isdn.Decoded;
import org.voipgw.isdn.Octets;

/**
 * A TEI management message (Q.921 §5.3, table 8), carried in UI frames on SAPI 63, TEI 127:
 * management entity identifier 0x0F, reference number Ri (2 octets), message type, action
 * indicator Ai (TEI in bits 8–2, E bit = 1).
 *
 * @param type message type
 * @param ri reference number chosen by the user side at random (0–65535)
 * @param ai action indicator: a TEI value, 127 meaning "any"/"all"
 */
public record TeiMessage(Type type, int ri, int ai) {
    static final int MEI = 0x0F;

    public enum Type {
        IDENTITY_REQUEST(1),
        IDENTITY_ASSIGNED(2),
        IDENTITY_DENIED(3),
        IDENTITY_CHECK_REQUEST(4),
        IDENTITY_CHECK_RESPONSE(5),
        IDENTITY_REMOVE(6),
        IDENTITY_VERIFY(7);

        final int code;

        Type(int code) {
            this.code = code;
        }
    }

    public Octets encode() {
        return Octets.of(new byte[] {MEI, (byte) (ri >>> 8), (byte) ri, (byte) type.code, (byte) (ai << 1 | 1)});
    }

    public static Decoded<TeiMessage> decode(Octets info) {
        if (info.length() != 5) {
            return Decoded.fail(Kind.TRUNCATED, info.length(), "TEI management message is 5 octets");
        }
        if (info.get(0) != MEI || (info.get(4) & 1) != 1) {
            return Decoded.fail(Kind.BAD_FORMAT, 0, "management entity identifier or Ai E bit");
        }
        for (Type t : Type.values()) {
            if (t.code == info.get(3)) {
                return Decoded.ok(new TeiMessage(t, info.get(1) << 8 | info.get(2), info.get(4) >>> 1));
            }
        }
        return Decoded.fail(Kind.UNKNOWN_TYPE, 3, "TEI message type " + info.get(3));
    }

    /** The UI frame carrying this message, as sent by {@code sender} (always a command). */
    public Frame toFrame(Side sender) {
        return new Frame.U(Address.of(Address.SAPI_MANAGEMENT, Address.TEI_GROUP, sender, true),
                Frame.UType.UI, false, encode());
    }
}
