package org.voipgw.isdn.q931;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Q.931 message (Q.931 §4): protocol discriminator 0x08 (implied), call reference, message type
 * and information elements in the order received or to be sent.
 */
public record Message(CallRef callRef, MessageType type, List<Ie> ies) {
    public static final int PROTOCOL_DISCRIMINATOR = 0x08;

    public Message {
        ies = List.copyOf(ies);
    }

    public static Message of(CallRef callRef, MessageType type, Ie... ies) {
        return new Message(callRef, type, List.of(ies));
    }

    /** The first element of the given type, if present. */
    public <T extends Ie> Optional<T> find(Class<T> type) {
        return ies.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    public Message with(Ie ie) {
        List<Ie> more = new ArrayList<>(ies);
        more.add(ie);
        return new Message(callRef, type, more);
    }

    /** The cause value, or -1 when there is no cause IE. */
    public int causeValue() {
        return find(Ie.Cause.class).map(Ie.Cause::value).orElse(-1);
    }
}
