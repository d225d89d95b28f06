package org.voipgw.media.rtp;

import org.voipgw.media.g711.G711;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.voipgw.hal.time.Clock;

/**
 * The receiving half of one RTP session: decides which datagrams are the far end's audio.
 *
 * <h2>Latching (symmetric RTP)</h2>
 * The SDP's c=/m= names where the far end receives, and by symmetric RTP (RFC 4961 §4) where it
 * sends from. We <b>latch</b> on the first valid packet (well formed, a negotiated payload type)
 * whose source <b>address</b> is the SDP's address; its source port may differ from the SDP's
 * port (some phones send from another socket). Once latched, only that address and port and that
 * packet's SSRC are accepted, and {@link #sendTarget()} becomes that source, so our audio follows
 * the far end's real address.
 *
 * <p>When the SDP address cannot be where packets come from — unspecified (0.0.0.0, used for
 * hold by RFC 2543 peers) or private (RFC 1918 / IPv6 site- or link-local, a phone behind NAT
 * writing its LAN address) — we latch on the first valid packet from <b>any</b> source instead.
 * The risk (a stranger's packet winning the race) is the usual price of NAT traversal; it lasts
 * only until the first packet.
 *
 * <p>{@link #expect} (a re-INVITE with new SDP) drops the latch and starts over.
 *
 * <p>Order of checks: size, decoding, source, payload type, SSRC, sequence (A.1). Each drop is
 * counted under its {@link RtpDrop}.
 */
public final class RtpReceiver {
    /**
     * G.711 at 20 ms is 172 octets; at the longest ptime we accept (60 ms) 492. We allow 1500, an
     * Ethernet payload, and drop anything larger (our choice).
     */
    public static final int DEFAULT_MAX_DATAGRAM = 1500;

    private final Clock clock;
    private final int maxDatagram;
    private final ReceptionStatistics statistics = new ReceptionStatistics();
    private final Map<RtpDrop, Long> drops = new EnumMap<>(RtpDrop.class);
    private InetSocketAddress sdpAddress;
    private Set<Integer> payloadTypes;
    private int eventPayloadType = -1;
    private InetSocketAddress latchedSource;
    private long latchedSsrc;
    private long accepted;
    /** G.711's RTP clock (RFC 3551 §4.5.14): arrival times are counted in the same units. */
    private static final int CLOCK_RATE = G711.SAMPLE_RATE;

    public RtpReceiver(Clock clock, InetSocketAddress sdpAddress, Set<Integer> payloadTypes, int maxDatagram) {
        if (maxDatagram < RtpPacket.FIXED_HEADER) {
            throw new IllegalArgumentException("the receive limit must hold an RTP header (12), not " + maxDatagram);
        }
        this.clock = clock;
        this.maxDatagram = maxDatagram;
        expect(sdpAddress, payloadTypes);
    }

    /** New SDP (re-INVITE): the address and payload types to expect; the latch starts over. */
    public void expect(InetSocketAddress newSdpAddress, Set<Integer> newPayloadTypes) {
        expect(newSdpAddress, newPayloadTypes, -1);
    }

    /**
     * As {@link #expect(InetSocketAddress, Set)}, naming the negotiated telephone-event type
     * (-1 for none), whose packets are kept out of the jitter estimate ({@link ReceptionStatistics}).
     */
    public void expect(InetSocketAddress newSdpAddress, Set<Integer> newPayloadTypes, int telephoneEventType) {
        this.sdpAddress = newSdpAddress;
        this.payloadTypes = Set.copyOf(newPayloadTypes);
        this.eventPayloadType = telephoneEventType;
        this.latchedSource = null;
    }

    /** Accepts or drops one datagram of {@code length} octets that came from {@code source}. */
    public Reception receive(InetSocketAddress source, byte[] data, int length) {
        if (length > maxDatagram) {
            return drop(RtpDrop.OVERSIZED, length + " octets, the limit is " + maxDatagram);
        }
        Decoded<RtpPacket> decoded = RtpCodec.decode(data, 0, length);
        if (!(decoded instanceof Decoded.Ok<RtpPacket> ok)) {
            return drop(RtpDrop.MALFORMED, decoded.toString());
        }
        RtpPacket p = ok.value();
        if (latchedSource != null ? !latchedSource.equals(source) : !mayLatchOn(source)) {
            return drop(RtpDrop.WRONG_SOURCE, "from " + source + ", expected "
                    + (latchedSource != null ? latchedSource : sdpAddress));
        }
        if (!payloadTypes.contains(p.payloadType())) {
            return drop(RtpDrop.WRONG_PAYLOAD_TYPE, "payload type " + p.payloadType() + ", negotiated " + payloadTypes);
        }
        if (latchedSource != null && p.ssrc() != latchedSsrc) {
            return drop(RtpDrop.WRONG_SSRC, "SSRC 0x" + Long.toHexString(p.ssrc()) + ", latched on 0x"
                    + Long.toHexString(latchedSsrc));
        }
        if (latchedSource == null) {
            latchedSource = source;
            latchedSsrc = p.ssrc();
        }
        long arrival = clock.millis() * CLOCK_RATE / 1000;
        if (!statistics.update(p.sequenceNumber(), p.timestamp(), arrival, p.payloadType() != eventPayloadType)) {
            return drop(RtpDrop.BAD_SEQUENCE, "sequence " + p.sequenceNumber() + " jumps too far");
        }
        accepted++;
        return new Reception.Accepted(p);
    }

    private boolean mayLatchOn(InetSocketAddress source) {
        if (sdpAddress == null) {
            return true;
        }
        InetAddress a = sdpAddress.getAddress();
        if (a == null || a.isAnyLocalAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress()) {
            return true; // see the class comment: NAT or hold, latch on the first valid packet
        }
        return a.equals(source.getAddress());
    }

    private Reception drop(RtpDrop reason, String detail) {
        drops.merge(reason, 1L, Long::sum);
        return new Reception.Dropped(reason, detail);
    }

    /** Where our RTP goes: the latched source once there is one, else the SDP's address. */
    public InetSocketAddress sendTarget() {
        return latchedSource != null ? latchedSource : sdpAddress;
    }

    public boolean latched() {
        return latchedSource != null;
    }

    /** The latched SSRC (valid once {@link #latched()}). */
    public long remoteSsrc() {
        return latchedSsrc;
    }

    public long dropped(RtpDrop reason) {
        return drops.getOrDefault(reason, 0L);
    }

    public long accepted() {
        return accepted;
    }

    public ReceptionStatistics statistics() {
        return statistics;
    }

    /** What happened to one datagram. */
    public sealed interface Reception {
        record Accepted(RtpPacket packet) implements Reception {
        }

        record Dropped(RtpDrop reason, String detail) implements Reception {
        }
    }
}
