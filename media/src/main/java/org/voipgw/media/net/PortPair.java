package org.voipgw.media.net;

/** An RTP port and the RTCP port above it (RFC 3550 §11: RTP even, RTCP = RTP + 1). */
public record PortPair(int rtp) {
    public PortPair {
        if (rtp < 2 || rtp > 65534 || rtp % 2 != 0) {
            throw new IllegalArgumentException("an RTP port is even, 2-65534, not " + rtp);
        }
    }

    public int rtcp() {
        return rtp + 1;
    }
}
