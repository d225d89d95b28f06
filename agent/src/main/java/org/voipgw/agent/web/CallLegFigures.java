package org.voipgw.agent.web;

import java.util.Objects;

/**
 * What a call's legs know beyond the call core: the B channel the PBX leg holds (0 where the port has
 * none, e.g. an FXS line) and the IP leg's media figures, RTP counts and the RFC 3550 §6.4.1 loss and
 * interarrival jitter of what it receives. {@link #NONE} until the legs report them.
 */
public record CallLegFigures(int channel, String codec, long rtpSent, long rtpReceived, long lost, double jitterMs) {
    /** Nothing known yet: no channel, no media agreed, nothing counted. */
    public static final CallLegFigures NONE = new CallLegFigures(0, "", 0, 0, 0, 0);

    public CallLegFigures {
        Objects.requireNonNull(codec);
    }
}
