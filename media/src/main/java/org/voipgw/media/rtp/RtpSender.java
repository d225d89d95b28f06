package org.voipgw.media.rtp;

import java.util.random.RandomGenerator;

/**
 * The sending half of one RTP session: SSRC, sequence number and timestamp, and the counts an SR
 * reports.
 *
 * <p>RFC 3550 §5.1: the initial sequence number and timestamp "SHOULD be random", and the SSRC is
 * chosen randomly (§8.1) — all three come from the injected generator, so tests are repeatable.
 * The timestamp advances by the samples each packet carries: 160 per 20 ms of PCMU/PCMA at
 * 8000 Hz (RFC 3551 §4.5.14). The marker bit is set on the first packet of a talkspurt (RFC 3551
 * §4.1), and on the very first packet, which starts the first talkspurt.
 */
public final class RtpSender {
    private final long ssrc;
    private int sequence;
    private long timestamp;
    private boolean started;
    private long packetCount;
    private long octetCount;

    public RtpSender(RandomGenerator random) {
        this.ssrc = random.nextInt() & 0xFFFF_FFFFL;
        this.sequence = random.nextInt(1 << 16);
        this.timestamp = random.nextInt() & 0xFFFF_FFFFL;
    }

    /**
     * The next audio packet: {@code samples} samples of {@code payload} (for G.711 one octet per
     * sample). Advances the sequence by 1 and the timestamp by {@code samples}.
     */
    public RtpPacket audio(int payloadType, byte[] payload, int samples, boolean talkspurtStart) {
        RtpPacket p = RtpPacket.audio(talkspurtStart || !started, payloadType, sequence, timestamp, ssrc, payload);
        started = true;
        sent(p);
        timestamp = (timestamp + samples) & 0xFFFF_FFFFL;
        return p;
    }

    /** A G.711 packet: one octet per sample, so a 20 ms frame of 160 octets advances 160. */
    public RtpPacket g711(int payloadType, byte[] payload, boolean talkspurtStart) {
        return audio(payloadType, payload, payload.length, talkspurtStart);
    }

    /**
     * Time passes without packets (silence suppression, hold): the timestamp keeps counting
     * samples so the next talkspurt is placed right (RFC 3550 §5.1), the sequence does not.
     */
    public void silence(int samples) {
        timestamp = (timestamp + samples) & 0xFFFF_FFFFL;
    }

    /**
     * A packet that shares this stream's SSRC and sequence space but carries its own timestamp
     * (RFC 4733 §2.3.1: all packets of one event carry the event's start timestamp).
     */
    public RtpPacket withTimestamp(int payloadType, byte[] payload, long eventTimestamp, boolean marker) {
        RtpPacket p = RtpPacket.audio(marker, payloadType, sequence, eventTimestamp, ssrc, payload);
        started = true;
        sent(p);
        return p;
    }

    private void sent(RtpPacket p) {
        sequence = (sequence + 1) & 0xFFFF;
        packetCount++;
        octetCount += p.payloadLength(); // §6.4.1: payload octets, not headers or padding
    }

    public long ssrc() {
        return ssrc;
    }

    /** The timestamp the next audio packet will carry. */
    public long nextTimestamp() {
        return timestamp;
    }

    public int nextSequence() {
        return sequence;
    }

    /** Packets sent so far (the SR's sender's packet count, §6.4.1). */
    public long packetCount() {
        return packetCount;
    }

    /** Payload octets sent so far (the SR's sender's octet count, §6.4.1). */
    public long octetCount() {
        return octetCount;
    }
}
