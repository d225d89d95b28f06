package org.voipgw.isdn.q931;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.voipgw.isdn.Octets;

/**
 * Contents of the typed codeset-0 information elements (Q.931 §4.5). {@link #decode} returns
 * empty when the contents use a coding we do not model; the caller then keeps the element as
 * {@link Ie.Unknown}. A typed decode is accepted only if it re-encodes to the same octets, so
 * every decoded message re-encodes exactly.
 */
final class IeCodec {
    private IeCodec() {}

    /** Allowed content lengths (octets after the length octet), from Q.931 table 4-3 maxima. */
    static int[] lengthBounds(int id) {
        return switch (id) {
            case Ie.BEARER_CAPABILITY -> new int[] {2, 11};
            case Ie.CAUSE -> new int[] {2, 30};
            case Ie.CALL_STATE, Ie.RESTART_INDICATOR -> new int[] {1, 1};
            case Ie.CHANNEL_ID -> new int[] {1, 32};
            case Ie.PROGRESS_INDICATOR -> new int[] {2, 2};
            case Ie.DISPLAY -> new int[] {1, 82};
            case Ie.CALLING_PARTY_NUMBER, Ie.CALLED_PARTY_NUMBER -> new int[] {1, 32};
            default -> new int[] {0, 255};
        };
    }

    static Optional<Ie> decode(int id, byte[] c) {
        Optional<Ie> ie = decodeTyped(id, c);
        return ie.filter(typed -> Arrays.equals(encode(typed), c));
    }

    private static Optional<Ie> decodeTyped(int id, byte[] c) {
        return switch (id) {
            case Ie.BEARER_CAPABILITY -> Optional.of(new Ie.BearerCapability((c[0] >> 5) & 3, c[0] & 0x1F,
                    (c[1] >> 5) & 3, c[1] & 0x1F, c.length > 2 ? c[2] & 0x1F : -1));
            case Ie.CHANNEL_ID -> channelId(c);
            case Ie.CALLING_PARTY_NUMBER -> {
                boolean has3a = (c[0] & 0x80) == 0;
                int from = has3a ? 2 : 1;
                if (has3a && c.length < 2) {
                    yield Optional.empty();
                }
                yield Optional.of(new Ie.CallingPartyNumber((c[0] >> 4) & 7, c[0] & 0xF,
                        has3a ? (c[1] >> 5) & 3 : -1, has3a ? c[1] & 3 : -1, ia5(c, from)));
            }
            case Ie.CALLED_PARTY_NUMBER -> Optional.of(new Ie.CalledPartyNumber((c[0] >> 4) & 7, c[0] & 0xF, ia5(c, 1)));
            case Ie.CAUSE -> {
                boolean has3a = (c[0] & 0x80) == 0;
                int valueAt = has3a ? 2 : 1;
                if (c.length <= valueAt) {
                    yield Optional.empty();
                }
                yield Optional.of(new Ie.Cause((c[0] >> 5) & 3, c[0] & 0xF, has3a ? c[1] & 0x7F : -1,
                        c[valueAt] & 0x7F, Octets.of(c, valueAt + 1, c.length)));
            }
            case Ie.PROGRESS_INDICATOR -> Optional.of(new Ie.ProgressIndicator((c[0] >> 5) & 3, c[0] & 0xF, c[1] & 0x7F));
            case Ie.DISPLAY -> Optional.of(new Ie.Display(new String(c, StandardCharsets.ISO_8859_1)));
            case Ie.RESTART_INDICATOR -> Optional.of(new Ie.RestartIndicator(c[0] & 7));
            case Ie.CALL_STATE -> Optional.of(new Ie.CallState((c[0] >> 6) & 3, c[0] & 0x3F));
            default -> Optional.empty();
        };
    }

    private static Optional<Ie> channelId(byte[] c) {
        int o3 = c[0] & 0xFF;
        if ((o3 & 0x40) != 0) {
            return Optional.empty(); // interface identifier present: not used on INS-Net
        }
        boolean pri = (o3 & 0x20) != 0;
        int sel = o3 & 3;
        List<Integer> channels = new ArrayList<>();
        if (pri && sel == 1) {
            if (c.length < 3 || (c[1] & 0xFF) != 0x83) {
                return Optional.empty(); // channel map or non-B units: not modelled
            }
            for (int i = 2; i < c.length; i++) {
                channels.add(c[i] & 0x7F);
            }
        }
        return Optional.of(new Ie.ChannelId(pri, (o3 & 8) != 0, (o3 & 4) != 0, sel, channels));
    }

    private static String ia5(byte[] c, int from) {
        return new String(c, from, c.length - from, StandardCharsets.ISO_8859_1);
    }

    /** The contents octets of a variable-length element (without identifier and length). */
    static byte[] encode(Ie ie) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        switch (ie) {
            case Ie.BearerCapability b -> {
                o.write(0x80 | b.codingStandard() << 5 | b.capability());
                o.write(0x80 | b.mode() << 5 | b.rate());
                if (b.layer1() >= 0) {
                    o.write(0x80 | 1 << 5 | b.layer1());
                }
            }
            case Ie.ChannelId ch -> {
                o.write(0x80 | (ch.pri() ? 0x20 : 0) | (ch.exclusive() ? 8 : 0) | (ch.dChannel() ? 4 : 0) | ch.selection());
                if (ch.pri() && ch.selection() == 1) {
                    o.write(0x83);
                    for (int i = 0; i < ch.channels().size(); i++) {
                        boolean last = i == ch.channels().size() - 1;
                        o.write((last ? 0x80 : 0) | ch.channels().get(i));
                    }
                }
            }
            case Ie.CallingPartyNumber n -> {
                boolean has3a = n.presentation() >= 0;
                o.write((has3a ? 0 : 0x80) | n.type() << 4 | n.plan());
                if (has3a) {
                    o.write(0x80 | n.presentation() << 5 | n.screening());
                }
                o.writeBytes(n.digits().getBytes(StandardCharsets.ISO_8859_1));
            }
            case Ie.CalledPartyNumber n -> {
                o.write(0x80 | n.type() << 4 | n.plan());
                o.writeBytes(n.digits().getBytes(StandardCharsets.ISO_8859_1));
            }
            case Ie.Cause c -> {
                boolean has3a = c.recommendation() >= 0;
                o.write((has3a ? 0 : 0x80) | c.codingStandard() << 5 | c.location());
                if (has3a) {
                    o.write(0x80 | c.recommendation());
                }
                o.write(0x80 | c.value());
                o.writeBytes(c.diagnostics().toArray());
            }
            case Ie.ProgressIndicator p -> {
                o.write(0x80 | p.codingStandard() << 5 | p.location());
                o.write(0x80 | p.description());
            }
            case Ie.Display d -> o.writeBytes(d.text().getBytes(StandardCharsets.ISO_8859_1));
            case Ie.RestartIndicator r -> o.write(0x80 | r.restartClass());
            case Ie.CallState s -> o.write(s.codingStandard() << 6 | s.value());
            case Ie.SendingComplete s -> { }
            case Ie.Unknown u -> o.writeBytes(u.content().toArray());
        }
        return o.toByteArray();
    }
}
