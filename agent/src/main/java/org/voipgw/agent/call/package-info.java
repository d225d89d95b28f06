/**
 * The call core: protocol-neutral calls through the gateway. A {@link org.voipgw.agent.call.Call} joins a
 * PBX leg (a Q.931 call on a B channel, later an FXS line) and an IP leg (a SIP INVITE dialog), each a
 * {@link org.voipgw.agent.call.CallLeg}; the {@link org.voipgw.agent.call.CallCore} admits or refuses calls
 * (channel limit, registration) and keeps the calls in progress and the history; 着信番号変換 is
 * {@link org.voipgw.agent.call.NumberConversion}. Causes are ITU-T Q.850 values throughout (the PBX's
 * Q.931 DISCONNECT/RELEASE, which RFC 3398 treats as ISUP causes); {@link org.voipgw.agent.call.CauseMapping}
 * translates them to and from SIP final responses by RFC 3398's tables, for the SIP leg.
 *
 * <p>May use: hal (time). Must not use the ISDN or SIP packages: the legs adapt those to this package.
 */
package org.voipgw.agent.call;
