package org.voipgw.agent.callmedia;

import java.net.InetAddress;
import java.net.InetSocketAddress;

/** One call's RTP/RTCP port pair (RFC 3550 §11: RTP on an even port, RTCP on the next). */
public interface RtpTransport extends AutoCloseable {
    /** Where the pair is bound (the address written in our SDP's c= line). */
    InetAddress address();

    /** The RTP port (even). */
    int rtpPort();

    void sendRtp(byte[] datagram, InetSocketAddress to);

    void sendRtcp(byte[] datagram, InetSocketAddress to);

    /** Who gets what arrives, on the device event loop. */
    void listen(Receiver receiver);

    /** Frees the ports; idempotent. */
    @Override
    void close();

    /** What arrives at the pair. */
    interface Receiver {
        void rtp(InetSocketAddress source, byte[] datagram);

        void rtcp(InetSocketAddress source, byte[] datagram);
    }
}
