/**
 * The call core's protocol-neutral pieces (issue 10). For now only the release causes:
 * {@link org.voipgw.agent.call.CauseMapping} translates between Q.850 causes (the PBX's Q.931
 * DISCONNECT/RELEASE, which RFC 3398 treats as ISUP causes) and SIP final responses, both ways,
 * by RFC 3398's tables.
 *
 * <p>May use: the JDK only (the call core that uses it will add media, isdn-pri and the SIP port).
 */
package org.voipgw.agent.call;
