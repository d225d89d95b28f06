/**
 * The audio of one call between its PBX leg and the far end: SDP offer/answer (RFC 3264, G.711 only) and
 * an RTP session (RFC 3550) whose 20 ms tick carries 160 samples each way — from the PBX leg's
 * {@link org.voipgw.agent.callmedia.AudioPath} through G.711 into RTP, and from RTP through the jitter
 * buffer back to it. The transport is a port ({@link org.voipgw.agent.callmedia.RtpTransport}): UDP sockets
 * live, an in-memory network in scenarios ({@link org.voipgw.agent.callmedia.SimulatedRtpNetwork}).
 *
 * <p>May use: media (g711, rtp, sdp, net), hal time, the SIP legs' {@code CallMedia} contract.
 */
package org.voipgw.agent.callmedia;
