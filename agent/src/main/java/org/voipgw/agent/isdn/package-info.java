/**
 * The ISDN side of Ⅵ/Ⅶ/Ⅷ as a device feature ({@link org.voipgw.agent.isdn.IsdnSide}): the PRI span or the
 * BRI ports and the clock synchronisation, turned into the PRI, CLK and VoIP lamps' status fields; the one
 * writer of {@code pbxLine} and {@code callsInProgress} on those models. Its scenario vocabulary, faults and
 * the simulated PBX ports (PbxPort) live here too.
 *
 * <p>May use: device, pbx, settings, isdn-pri, fxs-bri, boards, led-model status. Not sip: the SIP side
 * reaches it only through the PbxServiceGate wired at assembly.
 */
package org.voipgw.agent.isdn;
