package org.voipgw.agent.pbx;

import org.voipgw.agent.device.DeviceFeature;

/**
 * The PBX side of a box: the one feature that owns the PBX line state and the calls in progress
 * ({@code DeviceStatus.pbxLine}, {@code callsInProgress}), whatever the line is — ISDN (Ⅵ/Ⅶ BRI ports,
 * Ⅷ PRI span) or analog (Ⅲ/Ⅳ FXS). The SIP side reaches it only through its {@link PbxServiceGate},
 * wired at assembly; a call core joins its legs to SIP dialogs the same way.
 */
public interface PbxSide extends DeviceFeature, PbxServiceGate {
}
