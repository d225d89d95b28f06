/**
 * ITU-T G.711 (11/1988) pulse code modulation of voice frequencies: the µ-law (Japan, North
 * America) and A-law companders between 16-bit linear samples and 8-bit code words, 64 kbit/s at
 * 8 kHz. Pure functions over lookup tables, no state.
 *
 * <ul>
 * <li>{@link org.voipgw.media.g711.G711} — the two laws and their RTP payload types (RFC 3551 §6:
 *     PCMU = 0, PCMA = 8);
 * <li>{@link org.voipgw.media.g711.MuLaw}, {@link org.voipgw.media.g711.ALaw} — one law each,
 *     per G.711 Tables 2a/2b (µ-law) and 1a/1b (A-law).
 * </ul>
 *
 * <p>May use: the JDK only. Used by: the RTP edge of a call and the benchmark.
 */
package org.voipgw.media.g711;
