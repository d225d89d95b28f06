package org.voipgw.agent.callmedia;

/**
 * A call's RTP figures for the VoIP状態 page and {@code /status.json}.
 *
 * @param codec          PCMU or PCMA, empty before the offer/answer
 * @param packetsSent    RTP packets sent
 * @param packetsReceived RTP packets accepted
 * @param lost           cumulative packets lost (RFC 3550 §6.4.1)
 * @param jitterMillis   interarrival jitter in ms (RFC 3550 §6.4.1, A.8)
 * @param dropped        datagrams dropped: wrong source, SSRC or payload type, oversized, malformed
 */
public record MediaStats(String codec, long packetsSent, long packetsReceived, long lost, double jitterMillis,
                         long dropped) {
    public static final MediaStats NONE = new MediaStats("", 0, 0, 0, 0, 0);
}
