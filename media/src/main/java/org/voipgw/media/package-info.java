/**
 * The audio a call carries: 8 kHz linear samples (16-bit range, held in {@code short}/{@code int}
 * arrays of 160 samples = 20 ms) between the PBX side and the IP side. Sub-packages hold the
 * codec (ITU-T G.711), tone generation and detection, and the RTP/SDP edge of a call. Nothing
 * here reads the wall clock: time comes from hal's Clock and Scheduler (DESIGN.md, Time).
 *
 * <p>May use: hal. Used by: isdn-pri (B channels), fxs-bri (FXS lines), agent (the call core).
 */
package org.voipgw.media;
