package org.voipgw.isdn.q931;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.voipgw.isdn.DecodeError.Kind;
import org.voipgw.isdn.Decoded;
import org.voipgw.isdn.Octets;
import java.util.Arrays;

/**
 * Q.931 message codec (Q.931 §4). Decoding never throws and never loops without consuming input;
 * errors are {@link Decoded.Failed} values: truncation, a wrong protocol discriminator, call
 * reference longer than 2 octets, an unknown message type ({@link Kind#UNKNOWN_TYPE}; see
 * {@link #peekCallRef} to answer it with STATUS, §5.8.4), an element running past the end, or a
 * known element with a length outside table 4-3. Locking and non-locking shifts (§4.5.2–4.5.3) are
 * followed; elements outside codeset 0 are kept as {@link Ie.Unknown}.
 */
public final class Q931Codec {
    private Q931Codec() {}

    public static byte[] encode(Message m) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.write(Message.PROTOCOL_DISCRIMINATOR);
        CallRef cr = m.callRef();
        o.write(cr.length());
        for (int i = cr.length() - 1; i >= 0; i--) {
            int octet = (cr.value() >>> (8 * i)) & 0xFF;
            if (i == cr.length() - 1 && cr.flag()) {
                octet |= 0x80;
            }
            o.write(octet);
        }
        o.write(m.type().code());
        for (Ie ie : m.ies()) {
            if (ie instanceof Ie.SendingComplete || ie instanceof Ie.Unknown u && u.singleOctet()) {
                o.write(ie.id());
                continue;
            }
            byte[] content = IeCodec.encode(ie);
            o.write(ie.id());
            o.write(content.length);
            o.writeBytes(content);
        }
        return o.toByteArray();
    }

    /** The call reference of a message whose body could not be decoded, when its header is intact. */
    public static Optional<CallRef> peekCallRef(byte[] b) {
        if (b.length < 2 || (b[0] & 0xFF) != Message.PROTOCOL_DISCRIMINATOR || (b[1] & 0xF0) != 0) {
            return Optional.empty();
        }
        int len = b[1] & 0x0F;
        if (len > 2 || b.length < 2 + len) {
            return Optional.empty();
        }
        int value = 0;
        for (int i = 0; i < len; i++) {
            value = value << 8 | (b[2 + i] & (i == 0 ? 0x7F : 0xFF));
        }
        return Optional.of(new CallRef(len, value, len > 0 && (b[2] & 0x80) != 0));
    }

    public static Decoded<Message> decode(byte[] b) {
        if (b.length < 3) {
            return Decoded.fail(Kind.TRUNCATED, b.length, "shorter than a Q.931 header");
        }
        if ((b[0] & 0xFF) != Message.PROTOCOL_DISCRIMINATOR) {
            return Decoded.fail(Kind.BAD_FORMAT, 0, "protocol discriminator " + (b[0] & 0xFF));
        }
        Optional<CallRef> cr = peekCallRef(b);
        if (cr.isEmpty()) {
            return Decoded.fail((b[1] & 0xFF) > 2 ? Kind.BAD_FORMAT : Kind.TRUNCATED, 1, "call reference");
        }
        int at = 2 + cr.get().length();
        if (at >= b.length) {
            return Decoded.fail(Kind.TRUNCATED, at, "no message type");
        }
        int typeCode = b[at] & 0xFF;
        Optional<MessageType> type = MessageType.of(typeCode);
        if (type.isEmpty()) {
            return Decoded.fail(Kind.UNKNOWN_TYPE, at, "message type 0x" + Integer.toHexString(typeCode));
        }
        List<Ie> ies = new ArrayList<>();
        Decoded<Integer> end = decodeIes(b, at + 1, ies);
        return switch (end) {
            case Decoded.Ok<Integer> ok -> Decoded.ok(new Message(cr.get(), type.get(), ies));
            case Decoded.Failed<Integer> f -> new Decoded.Failed<>(f.error());
        };
    }

    private static Decoded<Integer> decodeIes(byte[] b, int at, List<Ie> out) {
        int locked = 0;
        int next = -1; // codeset for the next element only (non-locking shift), -1 none
        while (at < b.length) {
            int id = b[at] & 0xFF;
            int codeset = next >= 0 ? next : locked;
            next = -1;
            if ((id & 0x80) != 0) {
                if ((id & 0xF0) == 0x90) { // shift (§4.5.2, §4.5.3)
                    if ((id & 8) != 0) {
                        next = id & 7;
                    } else {
                        locked = id & 7;
                    }
                }
                out.add(codeset == 0 && id == Ie.SENDING_COMPLETE ? new Ie.SendingComplete()
                        : new Ie.Unknown(codeset, id, true, Octets.EMPTY));
                at++;
                continue;
            }
            if (at + 1 >= b.length) {
                return Decoded.fail(Kind.TRUNCATED, at, "IE 0x" + Integer.toHexString(id) + " without length");
            }
            int len = b[at + 1] & 0xFF;
            int from = at + 2;
            if (from + len > b.length) {
                return Decoded.fail(Kind.TRUNCATED, at, "IE 0x" + Integer.toHexString(id) + " runs past the end");
            }
            byte[] content = Arrays.copyOfRange(b, from, from + len);
            if (codeset == 0) {
                int[] bounds = IeCodec.lengthBounds(id);
                if (len < bounds[0] || len > bounds[1]) {
                    return Decoded.fail(Kind.BAD_IE, at, "IE 0x" + Integer.toHexString(id) + " length " + len);
                }
                out.add(IeCodec.decode(id, content).orElseGet(() -> new Ie.Unknown(0, id, false, Octets.of(content))));
            } else {
                out.add(new Ie.Unknown(codeset, id, false, Octets.of(content)));
            }
            at = from + len;
        }
        return Decoded.ok(at);
    }
}
