/**
 * The FXS side of Ⅲ/Ⅳ on the device (issue 11): {@link org.voipgw.agent.fxs.FxsSide}, the PBX side that
 * owns the analog ports (the fxs-bri module's {@code FxsPorts}, simulated lines and phones in scenarios and
 * the demo), their settings {@code fxs.N.*}, the VoIP lamp's calls in progress and the phones' scenario
 * words; {@link org.voipgw.agent.fxs.FxsCallRouting} and {@link org.voipgw.agent.fxs.FxsPbxLeg}, the lines
 * as the call core's PBX legs (the pattern of {@code org.voipgw.agent.isdn.leg}).
 *
 * <p>May use: fxs-bri, media, hal, the call core ({@code org.voipgw.agent.call}), call media, the call
 * feature's {@code PbxCalls} port ({@code org.voipgw.agent.calls}), {@code org.voipgw.agent.pbx}, the device
 * runtime and settings, boards. Not the SIP packages: the core's {@code ToCarrier} reaches the carrier.
 */
package org.voipgw.agent.fxs;
