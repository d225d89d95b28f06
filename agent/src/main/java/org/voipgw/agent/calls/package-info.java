/**
 * Calls as a part of the box: the call core on the device ({@link org.voipgw.agent.calls.CallFeature}) joining
 * the PBX side (ISDN ports; FXS lines on Ⅲ/Ⅳ) to SIP INVITE dialogs with their RTP media, the 着信番号変換
 * settings, and the scenario words {@code expect calls N}, {@code expect dialog NUMBER STATE},
 * {@code expect status NUMBER CODE}.
 *
 * <p>May use: the call core, the SIP legs and the SIP feature, the ISDN side and its legs, call media, the
 * device runtime and settings. Nothing uses this package but the assembly and the simulated carrier's words.
 */
package org.voipgw.agent.calls;
