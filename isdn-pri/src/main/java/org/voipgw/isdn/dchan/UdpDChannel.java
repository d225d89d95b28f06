package org.voipgw.isdn.dchan;

import java.io.IOException;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.Arrays;
import org.tinylog.Logger;
import org.voipgw.hal.dchan.DChannel;
import org.voipgw.hal.dchan.DChannelInbox;
import org.voipgw.hal.dchan.DChannelOpenException;
import org.voipgw.hal.dchan.DChannelSpec;
import org.voipgw.hal.dchan.QueuedDChannel;
import org.voipgw.hal.time.Scheduler;

/**
 * A D channel over UDP: each datagram is exactly one LAPD frame (address, control, information; no
 * flag, no bit stuffing, no FCS). The socket is bound to the local address and connected to the
 * remote one, so datagrams from anyone else are not seen. A reader thread hands frames to the
 * device's event loop through a bounded {@link DChannelInbox}.
 *
 * <p>UDP has no layer 1: the signal is present while the socket is open. A peer that has gone away
 * is found by layer 2 — T203 then T200 × N200 without an answer (Q.921 §5.6.6, §5.7) — exactly as a
 * PBX whose D-channel handler hangs on a healthy cable. ICMP port-unreachable replies are counted
 * as I/O errors and otherwise ignored.
 */
public final class UdpDChannel extends QueuedDChannel {
    private final DatagramChannel socket;
    private final Thread reader;

    private UdpDChannel(Scheduler loop, DatagramChannel socket, DChannelSpec.Udp spec, String port, int capacity) {
        super(loop, spec.toString(), capacity);
        this.socket = socket;
        this.reader = Thread.ofPlatform().daemon().name("dchan-" + port).unstarted(this::readLoop);
    }

    /**
     * Binds {@code spec.local()} and starts receiving.
     *
     * @param port the ISDN port it serves ({@code pri}, {@code bri1}…), for thread names and messages
     * @throws DChannelOpenException naming the address when it is in use or cannot be bound
     */
    public static UdpDChannel open(Scheduler loop, DChannelSpec.Udp spec, String port) throws DChannelOpenException {
        return open(loop, spec, port, DChannelInbox.DEFAULT_CAPACITY);
    }

    /** As {@link #open(Scheduler, DChannelSpec.Udp, String)} with an inbound queue of {@code capacity} frames. */
    public static UdpDChannel open(Scheduler loop, DChannelSpec.Udp spec, String port, int capacity)
            throws DChannelOpenException {
        InetSocketAddress local = spec.local();
        DatagramChannel ch = null;
        try {
            ch = DatagramChannel.open(local.getAddress() instanceof Inet6Address ? StandardProtocolFamily.INET6
                    : StandardProtocolFamily.INET);
            ch.bind(local);
            ch.connect(spec.remote());
        } catch (BindException e) {
            close(ch);
            throw new DChannelOpenException(port + ": UDP " + DChannelSpec.text(local) + " cannot be bound (" + e.getMessage()
                    + "; is another program using it?)", e);
        } catch (IOException e) {
            close(ch);
            throw new DChannelOpenException(port + ": UDP " + spec + ": " + e.getMessage(), e);
        }
        UdpDChannel d = new UdpDChannel(loop, ch, spec, port, capacity);
        d.inbox.signal(true);
        d.reader.start();
        return d;
    }

    private void readLoop() {
        // one octet more than the longest frame: a longer datagram is truncated to it and counted
        ByteBuffer buf = ByteBuffer.allocate(DChannel.MAX_FRAME_OCTETS + 1);
        while (socket.isOpen()) {
            buf.clear();
            try {
                int n = socket.read(buf);
                inbox.offer(Arrays.copyOf(buf.array(), n));
            } catch (PortUnreachableException e) {
                counters.ioError(); // the peer's port is closed (it was killed): layer 2 will notice
            } catch (ClosedChannelException e) {
                break;
            } catch (IOException e) {
                counters.ioError();
                Logger.warn("D channel {}: receive failed: {}", description(), e.getMessage());
            }
        }
    }

    @Override
    protected void write(byte[] frame) throws IOException {
        socket.write(ByteBuffer.wrap(frame));
    }

    @Override
    protected void writeFailed(IOException e) {
        counters.ioError(); // e.g. ICMP port unreachable from the last datagram: the frame is lost, as on a bad line
    }

    @Override
    public void close() {
        if (socket.isOpen()) {
            close(socket);
            inbox.signal(false);
        }
    }

    private static void close(DatagramChannel ch) {
        if (ch == null) {
            return;
        }
        try {
            ch.close();
        } catch (IOException e) {
            Logger.debug("closing a UDP D channel: {}", e.getMessage());
        }
    }
}
