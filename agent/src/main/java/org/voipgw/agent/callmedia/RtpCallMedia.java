package org.voipgw.agent.callmedia;

import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.voipgw.agent.sip.invite.CallMedia;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.media.g711.G711;
import org.voipgw.media.rtp.Decoded;
import org.voipgw.media.rtp.JitterBuffer;
import org.voipgw.media.rtp.Playout;
import org.voipgw.media.rtp.RtcpCodec;
import org.voipgw.media.rtp.RtcpPacket;
import org.voipgw.media.rtp.RtcpReporter;
import org.voipgw.media.rtp.RtpCodec;
import org.voipgw.media.rtp.RtpDrop;
import org.voipgw.media.rtp.RtpPacket;
import org.voipgw.media.rtp.RtpReceiver;
import org.voipgw.media.rtp.RtpSender;
import org.voipgw.media.sdp.LocalMedia;
import org.voipgw.media.sdp.NegotiatedMedia;
import org.voipgw.media.sdp.OfferAnswer;
import org.voipgw.media.sdp.SdpParser;
import org.voipgw.media.sdp.SdpResult;
import org.voipgw.media.sdp.SessionDescription;

/**
 * One call's media: our SDP (RFC 3264, G.711 only) and, once an answer is agreed, the RTP session. Every
 * 20 ms (the {@link Playout} tick on the device scheduler, so virtual time in scenarios) the PBX side's
 * frame is encoded and sent, and the jitter buffer's frame is handed to the PBX side. RTCP reports go out
 * at least every 5 s (RFC 3550 §6.2, the media module's reporter). Audio flows from the first agreed
 * answer — early media included — until {@link #close}.
 */
public final class RtpCallMedia implements CallMedia {
    private final Scheduler scheduler;
    private final RtpTransport transport;
    private final RandomGenerator random;
    private final String cname;
    private final long sessionId;
    private long version;
    private SessionDescription ourOffer;
    private AudioPath audio = AudioPath.SILENT;
    private NegotiatedMedia media;
    private RtpSender sender;
    private RtpReceiver receiver;
    private JitterBuffer buffer;
    private Playout playout;
    private RtcpReporter reporter;
    private final short[] outFrame = new short[JitterBuffer.FRAME];
    private final byte[] payload = new byte[JitterBuffer.FRAME];
    private final short[] decoded = new short[JitterBuffer.FRAME * 3];
    private boolean closed;
    private boolean firstSent;

    public RtpCallMedia(Scheduler scheduler, RtpTransport transport, RandomGenerator random, String cname) {
        this.scheduler = scheduler;
        this.transport = transport;
        this.random = random;
        this.cname = cname;
        this.sessionId = random.nextLong(1L << 40);
        transport.listen(new RtpTransport.Receiver() {
            @Override
            public void rtp(InetSocketAddress source, byte[] datagram) {
                received(source, datagram);
            }

            @Override
            public void rtcp(InetSocketAddress source, byte[] datagram) {
                if (reporter != null && RtcpCodec.decode(datagram) instanceof Decoded.Ok<List<RtcpPacket>> ok) {
                    reporter.received(ok.value());
                }
            }
        });
    }

    /** Joins the PBX side's audio (a B channel, an FXS line); until then silence is sent. */
    public void bridge(AudioPath path) {
        audio = path;
    }

    private LocalMedia local() {
        return new LocalMedia(transport.address(), transport.rtpPort(), sessionId, version++);
    }

    @Override
    public String offer() {
        ourOffer = OfferAnswer.offer(local());
        return ourOffer.format();
    }

    @Override
    public Negotiation answer(String remoteOffer) {
        if (!(SdpParser.parse(remoteOffer) instanceof SdpResult.Parsed parsed)) {
            return new Negotiation.NotAcceptable("the offer is not a valid session description");
        }
        OfferAnswer.Answer a = OfferAnswer.answer(parsed.description(), local());
        if (a instanceof OfferAnswer.Answer.Accepted ok) {
            start(ok.media());
            return new Negotiation.Agreed(ok.answer().format());
        }
        return new Negotiation.NotAcceptable(((OfferAnswer.Answer.NotAcceptable) a).reason());
    }

    @Override
    public Negotiation accept(String remoteAnswer) {
        if (ourOffer == null) {
            return new Negotiation.NotAcceptable("an answer without our offer");
        }
        if (!(SdpParser.parse(remoteAnswer) instanceof SdpResult.Parsed parsed)) {
            return new Negotiation.NotAcceptable("the answer is not a valid session description");
        }
        OfferAnswer.AnswerReading r = OfferAnswer.read(ourOffer, parsed.description());
        if (r instanceof OfferAnswer.AnswerReading.Agreed ok) {
            start(ok.media());
            return new Negotiation.Agreed("");
        }
        return new Negotiation.NotAcceptable(((OfferAnswer.AnswerReading.Failed) r).reason());
    }

    /** Starts (or, for a re-INVITE, re-aims) the RTP session on what was agreed. */
    private void start(NegotiatedMedia m) {
        if (closed) {
            return;
        }
        media = m;
        Set<Integer> types = new HashSet<>(Set.of(m.codecPayloadType()));
        if (m.telephoneEventType() >= 0) {
            types.add(m.telephoneEventType());
        }
        if (sender != null) {
            receiver.expect(m.remoteRtp(), types); // hold or a new address: the latch starts over
            return;
        }
        sender = new RtpSender(random);
        receiver = new RtpReceiver(scheduler.clock(), m.remoteRtp(), types, RtpReceiver.DEFAULT_MAX_DATAGRAM);
        buffer = new JitterBuffer();
        playout = new Playout(buffer, this::tick);
        reporter = new RtcpReporter(scheduler, sender, receiver, cname,
                bytes -> transport.sendRtcp(bytes, rtcpOf(receiver.sendTarget())), random);
        playout.start(scheduler);
        reporter.start();
    }

    /** Every 20 ms: one frame to the PBX side, one frame from it into RTP. */
    private void tick(short[] heard) {
        if (media.weReceive()) {
            audio.toPbx(heard);
        }
        audio.fromPbx(outFrame);
        if (media.weSend()) {
            media.codec().encode(outFrame, 0, payload, 0, JitterBuffer.FRAME);
            RtpPacket p = sender.g711(media.codecPayloadType(), payload.clone(), !firstSent);
            firstSent = true;
            transport.sendRtp(RtpCodec.encode(p), receiver.sendTarget());
        } else {
            sender.silence(JitterBuffer.FRAME); // hold: the timestamp goes on (RFC 3550 §5.1)
        }
    }

    private void received(InetSocketAddress source, byte[] datagram) {
        if (receiver == null) {
            return; // before any answer: nothing is expected yet
        }
        if (receiver.receive(source, datagram, datagram.length) instanceof RtpReceiver.Reception.Accepted a) {
            RtpPacket p = a.packet();
            if (p.payloadType() == media.codecPayloadType()) {
                G711 law = media.codec();
                int n = Math.min(p.payloadLength(), decoded.length);
                law.decode(p.payload(), 0, decoded, 0, n);
                buffer.put(p.timestamp(), decoded, n, p.marker());
            }
        }
    }

    private static InetSocketAddress rtcpOf(InetSocketAddress rtp) {
        return new InetSocketAddress(rtp.getAddress(), rtp.getPort() + 1); // RFC 3550 §11
    }

    /** The figures of this call's RTP. */
    public MediaStats stats() {
        if (receiver == null) {
            return MediaStats.NONE;
        }
        long dropped = 0;
        for (RtpDrop d : RtpDrop.values()) {
            dropped += receiver.dropped(d);
        }
        return new MediaStats(media.codec().encodingName(), sender.packetCount(), receiver.accepted(),
                Math.max(0, receiver.statistics().cumulativeLost()),
                receiver.statistics().jitter() * 1000.0 / G711.SAMPLE_RATE, dropped);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (playout != null) {
            playout.stop();
            reporter.stop("call ended");
        }
        transport.close();
    }
}
