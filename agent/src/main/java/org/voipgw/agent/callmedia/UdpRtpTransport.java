package org.voipgw.agent.callmedia;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Executor;
import org.voipgw.media.net.RtpPortPool;
import org.voipgw.media.net.RtpSocket;
import org.voipgw.media.rtp.RtpReceiver;

/** The live RTP transport: a UDP port pair from the configured range (the media module's {@link RtpSocket}). */
public final class UdpRtpTransport implements RtpTransport {
    /** Datagrams waiting for the event loop before more are dropped (counted by the socket). Chosen. */
    static final int QUEUE_LIMIT = 64;

    private final RtpSocket socket;
    private final InetAddress address;
    private volatile Receiver receiver;

    private UdpRtpTransport(InetAddress address, RtpPortPool pool, Executor loop) throws IOException {
        this.address = address;
        this.socket = RtpSocket.open(pool, address, loop, RtpReceiver.DEFAULT_MAX_DATAGRAM, QUEUE_LIMIT,
                (channel, source, data) -> {
                    Receiver r = receiver;
                    if (r == null) {
                        return;
                    }
                    if (channel == RtpSocket.Channel.RTP) {
                        r.rtp(source, data);
                    } else {
                        r.rtcp(source, data);
                    }
                });
    }

    /**
     * A pair on {@code address} from {@code pool}, delivering on {@code loop}.
     *
     * @throws IOException when no pair is free (all in use) or the OS refuses the sockets
     */
    public static UdpRtpTransport open(InetAddress address, RtpPortPool pool, Executor loop) throws IOException {
        return new UdpRtpTransport(address, pool, loop);
    }

    @Override
    public InetAddress address() {
        return address;
    }

    @Override
    public int rtpPort() {
        return socket.ports().rtp();
    }

    @Override
    public void sendRtp(byte[] datagram, InetSocketAddress to) {
        socket.sendRtp(datagram, to);
    }

    @Override
    public void sendRtcp(byte[] datagram, InetSocketAddress to) {
        socket.sendRtcp(datagram, to);
    }

    @Override
    public void listen(Receiver r) {
        receiver = r;
    }

    @Override
    public void close() {
        socket.close();
    }
}
