/**
 * The RTP side of a call's audio (RFC 3550 with the audio/video profile RFC 3551), as pure codecs
 * and state machines on injected time — no sockets here (those are in
 * {@link org.voipgw.media.net}).
 *
 * <ul>
 * <li>{@link org.voipgw.media.rtp.RtpPacket} / {@link org.voipgw.media.rtp.RtpCodec} — the data
 *     packet (RFC 3550 §5.1: CSRC list, header extension, padding); bad bytes decode to a
 *     {@link org.voipgw.media.rtp.Decoded.Bad} naming the {@link org.voipgw.media.rtp.DecodeProblem};
 * <li>{@link org.voipgw.media.rtp.RtpSender} — sequence, timestamp and SSRC of what we send;
 * <li>{@link org.voipgw.media.rtp.RtpReceiver} — what we accept: source latching (symmetric RTP),
 *     SSRC and payload-type checks, with a counter per {@link org.voipgw.media.rtp.RtpDrop};
 * <li>{@link org.voipgw.media.rtp.ReceptionStatistics} — loss and interarrival jitter (RFC 3550
 *     §6.4.1, Appendix A.1, A.3, A.8);
 * <li>{@link org.voipgw.media.rtp.RtcpPacket} / {@link org.voipgw.media.rtp.RtcpCodec} — SR, RR,
 *     SDES, BYE (§6.4–6.6), and {@link org.voipgw.media.rtp.RtcpReporter}, which sends them on the
 *     device scheduler at least every 5 s;
 * <li>{@link org.voipgw.media.rtp.JitterBuffer} — fixed 40–60 ms playout delay with loss
 *     concealment, one 160-sample frame per take; {@link org.voipgw.media.rtp.Playout} takes one
 *     on every 20 ms tick of the device scheduler;
 * <li>{@link org.voipgw.media.rtp.TelephoneEvent} and friends — RFC 4733 DTMF relay.
 * </ul>
 *
 * <p>May use: hal (time), {@link org.voipgw.media.g711}. Used by: the call core (agent) and
 * {@link org.voipgw.media.net}.
 */
package org.voipgw.media.rtp;
