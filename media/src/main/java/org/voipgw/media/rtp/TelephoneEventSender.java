package org.voipgw.media.rtp;

import java.util.ArrayList;
import java.util.List;

/**
 * The packets that relay one DTMF digit (RFC 4733 §2.5.1): the first with the marker bit, one per
 * packet interval with the growing duration, and the end packet sent three times.
 *
 * <p>All carry the event's start timestamp (§2.5.1.2). §2.5.1.4 asks that the final packet be
 * retransmitted so a single loss cannot hide the end; we send it three times, the count RFC 2833
 * (which RFC 4733 replaces) recommended and most gateways still use (our choice of figure).
 */
public final class TelephoneEventSender {
    /** Copies of the end packet (§2.5.1.4). */
    public static final int END_COPIES = 3;

    private TelephoneEventSender() {
    }

    /** One packet to send: the payload and whether it carries the marker bit. */
    public record EventPacket(TelephoneEvent event, boolean marker) {
    }

    /**
     * The packets for a digit lasting {@code durationSamples}, one per {@code intervalSamples}
     * (160 for the 20 ms ptime we offer). Send one per interval; the end copies back to back.
     */
    public static List<EventPacket> packets(char digit, int volume, int durationSamples, int intervalSamples) {
        if (intervalSamples <= 0 || durationSamples < intervalSamples || durationSamples > 0xFFFF) {
            throw new IllegalArgumentException("a digit lasts at least one packet interval (" + intervalSamples
                    + " samples) and at most 65535 samples, not " + durationSamples);
        }
        int event = TelephoneEvent.eventFor(digit);
        List<EventPacket> out = new ArrayList<>();
        for (int d = intervalSamples; d < durationSamples; d += intervalSamples) {
            out.add(new EventPacket(new TelephoneEvent(event, false, volume, d), out.isEmpty()));
        }
        for (int i = 0; i < END_COPIES; i++) {
            out.add(new EventPacket(new TelephoneEvent(event, true, volume, durationSamples), out.isEmpty()));
        }
        return out;
    }
}
