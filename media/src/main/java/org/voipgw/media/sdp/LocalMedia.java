package org.voipgw.media.sdp;

import java.net.InetAddress;

/**
 * Our side of the SDP: the address that carries SIP (WAN or PPPoE session, chosen by the caller),
 * the RTP port of the call's pair, and the o= session id and version (RFC 4566 §5.2: the version
 * goes up with every new offer in the session).
 */
public record LocalMedia(InetAddress address, int rtpPort, long sessionId, long sessionVersion) {
    public LocalMedia {
        if (rtpPort <= 0 || rtpPort > 65535 || rtpPort % 2 != 0) {
            throw new IllegalArgumentException("the RTP port is even and 2-65534 (RFC 3550 §11), not " + rtpPort);
        }
        if (sessionId < 0 || sessionVersion < 0) {
            throw new IllegalArgumentException("o= session id and version are non-negative");
        }
    }
}
