/**
 * The live RTP edge: real UDP sockets for a call's media.
 *
 * <ul>
 * <li>{@link org.voipgw.media.net.RtpPortPool} — port pairs from the configured range (even RTP,
 *     odd RTCP, RFC 3550 §11), each in use at most once, free again on close;
 * <li>{@link org.voipgw.media.net.RtpSocket} — one call's two {@link java.nio.channels.DatagramChannel}s;
 *     a receive thread per channel hands each datagram to the device event loop through the
 *     executor it is given, with a bounded number in flight (drops counted) and oversized
 *     datagrams dropped and counted.
 * </ul>
 *
 * <p>This is the one place in media that does I/O and owns threads; what it receives is decided
 * on the event loop by {@link org.voipgw.media.rtp.RtpReceiver}. May use: the JDK only.
 * Used by: the call core's live edge (agent).
 */
package org.voipgw.media.net;
