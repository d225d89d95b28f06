package org.voipgw.agent.isdn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.voipgw.isdn.Decoded;
import org.voipgw.isdn.dchan.FrameTap;
import org.voipgw.isdn.lapd.Frame;
import org.voipgw.isdn.lapd.LapdCodec;
import org.voipgw.isdn.q931.Message;
import org.voipgw.isdn.q931.Q931Codec;

/**
 * The Q.931 messages crossing one port's D channel, in order, each marked with who sent it —
 * {@code PBX:SETUP}, {@code GW:CALL-PROCEEDING} — so a scenario can expect a whole exchange.
 * Decoded with the project's own codecs from the same frames a capture records.
 */
final class Q931Trace implements FrameTap {
    private final boolean gatewayIsNetwork;
    private final List<String> messages = new ArrayList<>();

    Q931Trace(boolean gatewayIsNetwork) {
        this.gatewayIsNetwork = gatewayIsNetwork;
    }

    @Override
    public void frame(boolean fromNetworkSide, byte[] frame) {
        if (LapdCodec.decode(frame) instanceof Decoded.Ok<Frame> ok) {
            byte[] info = switch (ok.value()) {
                case Frame.I i -> i.info().toArray();
                case Frame.U u when u.address().sapi() == 0 -> u.info().toArray();
                default -> null;
            };
            if (info != null && info.length > 0 && Q931Codec.decode(info) instanceof Decoded.Ok<Message> m) {
                String who = fromNetworkSide == gatewayIsNetwork ? "GW" : "PBX";
                messages.add(who + ":" + m.value().type().name().replace('_', '-').toUpperCase(Locale.ROOT));
            }
        }
    }

    /** A new exchange starts: forget the old one. */
    void reset() {
        messages.clear();
    }

    /** The exchange so far, comma-separated; {@code none} when empty. */
    String joined() {
        return messages.isEmpty() ? "none" : String.join(",", messages);
    }
}
