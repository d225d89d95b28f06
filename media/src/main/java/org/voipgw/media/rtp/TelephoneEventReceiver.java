package org.voipgw.media.rtp;

import java.util.Optional;

/**
 * Turns received telephone-event packets into digits once each: an event is identified by its
 * RTP timestamp (RFC 4733 §2.5.2.1), so updates and the redundant end packets of the same event
 * (§2.5.1.4) are recognised and not reported again.
 */
public final class TelephoneEventReceiver {
    private long currentTimestamp = -1;
    private boolean currentEnded;

    /** A digit began (play it) or ended (stop it). */
    public sealed interface Change {
        record Began(char digit) implements Change {
        }

        record Ended(char digit, int durationSamples) implements Change {
        }
    }

    /** What this packet changes, if anything. Non-DTMF events (16 and up) are ignored. */
    public Optional<Change> accept(long rtpTimestamp, TelephoneEvent e) {
        if (!e.isDtmf()) {
            return Optional.empty();
        }
        if (rtpTimestamp != currentTimestamp) {
            currentTimestamp = rtpTimestamp;
            currentEnded = e.end();
            // A new event whose first packet we see may already be its end (all earlier lost).
            return Optional.of(e.end() ? new Change.Ended(e.digit(), e.duration()) : new Change.Began(e.digit()));
        }
        if (e.end() && !currentEnded) {
            currentEnded = true;
            return Optional.of(new Change.Ended(e.digit(), e.duration()));
        }
        return Optional.empty();
    }
}
