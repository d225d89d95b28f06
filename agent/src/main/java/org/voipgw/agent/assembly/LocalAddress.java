package org.voipgw.agent.assembly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The local address a live box's RTP is bound to and written in its SDP: the one the OS routes toward the
 * internet (a UDP "connect" sends nothing; RFC 5737's 192.0.2.1 stands for any public host), else loopback.
 * Chosen: the box's SIP faces the same way, so RTP and SIP use the same path.
 */
final class LocalAddress {
    private LocalAddress() {
    }

    static InetAddress towardInternet() {
        try (DatagramSocket probe = new DatagramSocket()) {
            probe.connect(new InetSocketAddress(InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1}), 9));
            InetAddress a = probe.getLocalAddress();
            return a.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : a;
        } catch (IOException | UncheckedIOException e) {
            return InetAddress.getLoopbackAddress();
        }
    }
}
