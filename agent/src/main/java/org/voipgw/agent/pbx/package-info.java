/**
 * The PBX side of the box as the rest of the device sees it: {@link org.voipgw.agent.pbx.PbxSide}, the
 * one owner of the PBX line state and the calls in progress, and {@link org.voipgw.agent.pbx.PbxServiceGate},
 * through which the SIP side takes it out of service while the registration is lost (guide 4581).
 * The Ⅲ/Ⅳ side is {@code org.voipgw.agent.fxs.FxsSide}; the ISDN side is
 * {@code org.voipgw.agent.isdn.IsdnSide}.
 *
 * <p>May use: {@code org.voipgw.agent.device}, {@code org.voipgw.agent.settings}, boards. Not the features
 * that plug into it (isdn, fxs, sip): they depend on this package, never the other way round.
 */
package org.voipgw.agent.pbx;
