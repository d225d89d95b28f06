/**
 * HTTP Digest as SIP uses it (RFC 3261 §22.4, RFC 7616, RFC 8760): the UA's answer to a challenge
 * ({@link org.voipgw.agent.sip.digest.DigestAuth}) and the server's check of one
 * ({@link org.voipgw.agent.sip.digest.DigestCheck}), shared by the registration, the call legs, the simulated
 * carrier and the embedded registrar.
 *
 * <p>May use: the JDK only.
 */
package org.voipgw.agent.sip.digest;
