/**
 * SDP (RFC 4566) and the offer/answer model (RFC 3264) for a G.711 call.
 *
 * <ul>
 * <li>{@link org.voipgw.media.sdp.SdpParser} — text to {@link org.voipgw.media.sdp.SessionDescription};
 *     bad text becomes an {@link org.voipgw.media.sdp.SdpError} that names the
 *     {@link org.voipgw.media.sdp.SdpProblem}, the line and what is valid; nothing else escapes
 *     (proved by a seeded fuzz test);
 * <li>{@link org.voipgw.media.sdp.SessionDescription#format()} — back to text;
 * <li>{@link org.voipgw.media.sdp.OfferAnswer} — our offer (PCMU, PCMA, telephone-event, ptime
 *     20, sendrecv), our answer to an offer, and reading the answer to ours, giving the
 *     {@link org.voipgw.media.sdp.NegotiatedMedia} a call's RTP needs, or 488.
 * </ul>
 *
 * <p>Addresses are the caller's: the call core passes the address that carries SIP (the WAN or
 * the PPPoE session), this package never looks one up. Host names in c= are refused (no DNS in
 * device logic).
 *
 * <p>May use: {@link org.voipgw.media.g711} (codec names and payload types). Used by: the call core.
 */
package org.voipgw.media.sdp;
