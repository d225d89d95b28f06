package org.voipgw.agent.callmedia;

import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.voipgw.media.net.RtpPortPool;

/**
 * Where a call's RTP pair comes from: UDP ports of the configured range on the address that carries SIP
 * (live), or the simulated network (scenarios). The box's WAN state reaches it: while the WAN is down a
 * simulated network carries nothing (live, the OS simply cannot send).
 */
public interface MediaEdge {
    /** A port pair for one call. */
    RtpTransport open() throws IOException;

    /** The WAN went up or down. */
    default void wan(boolean up) {
    }

    /**
     * The simulated network ({@code network} resolves it once the world is assembled), with the box at
     * {@code address} (a literal address, e.g. 192.0.2.1).
     */
    static MediaEdge simulated(Supplier<SimulatedRtpNetwork> network, String address) {
        return new MediaEdge() {
            @Override
            public RtpTransport open() {
                return network.get().open(address);
            }

            @Override
            public void wan(boolean up) {
                network.get().down(!up);
            }
        };
    }

    /** UDP pairs from {@code pool} on the address {@code local} gives at each call, delivering on {@code loop}. */
    static MediaEdge udp(Supplier<InetAddress> local, RtpPortPool pool, Executor loop) {
        return () -> UdpRtpTransport.open(local.get(), pool, loop);
    }
}
