/**
 * Calls as a part of the box: the call core on the device ({@link org.voipgw.agent.calls.CallFeature}) joining
 * the PBX side (ISDN ports; FXS lines on Ⅲ/Ⅳ) to SIP INVITE dialogs with their RTP media, the 着信番号変換
 * settings, and the scenario words {@code expect calls N}, {@code expect dialog NUMBER STATE},
 * {@code expect status NUMBER CODE}, {@code expect tone pbx|far|phone …}. The PBX side plugs in through
 * {@link org.voipgw.agent.calls.PbxCalls}: {@link org.voipgw.agent.calls.IsdnPbxCalls} here, the FXS side
 * ({@code org.voipgw.agent.fxs}, which depends on this package, never the reverse) on Ⅲ/Ⅳ.
 *
 * <p>May use: the call core, the SIP legs and the SIP feature, the ISDN side and its legs, call media, the
 * device runtime and settings, fxs-bri's phone words. Used by the assembly, the simulated carrier's words and
 * the FXS side.
 */
package org.voipgw.agent.calls;
