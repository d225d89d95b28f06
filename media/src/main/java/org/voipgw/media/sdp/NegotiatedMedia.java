package org.voipgw.media.sdp;

import java.net.InetSocketAddress;
import org.voipgw.media.g711.G711;

/**
 * What a call's RTP needs from offer/answer.
 *
 * @param codec              the G.711 law both sides send
 * @param codecPayloadType   its payload type (0/8, or the dynamic number the peer mapped to it)
 * @param telephoneEventType the telephone-event payload type, or -1 when DTMF relay was not agreed
 * @param remoteRtp          where to send RTP (the peer's c=/m=)
 * @param direction          our direction for the stream (sendonly: we send but do not receive)
 * @param sendPtimeMillis    packet time to send: the peer's a=ptime, else 20
 */
public record NegotiatedMedia(G711 codec, int codecPayloadType, int telephoneEventType, InetSocketAddress remoteRtp,
                              Direction direction, int sendPtimeMillis) {

    /** Whether we send RTP: our direction allows it and the peer did not hold with c=0.0.0.0. */
    public boolean weSend() {
        return direction.sends() && !remoteRtp.getAddress().isAnyLocalAddress();
    }

    public boolean weReceive() {
        return direction.receives();
    }
}
