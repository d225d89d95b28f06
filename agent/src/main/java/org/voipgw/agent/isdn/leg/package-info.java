/**
 * The ISDN ports as the PBX legs of the call core: a Q.931 call on a B channel
 * ({@link org.voipgw.agent.isdn.leg.IsdnPbxLeg}) and the routing of calls between the ports and the core
 * ({@link org.voipgw.agent.isdn.leg.IsdnCallRouting}: SETUPs from the PBX become calls to the carrier;
 * calls from the carrier become SETUPs on the first port with a free B channel).
 *
 * <p>May use: isdn-pri (calls, lines), the call core. Not the SIP packages: the core's {@code ToCarrier} is
 * how a call reaches the carrier.
 */
package org.voipgw.agent.isdn.leg;
