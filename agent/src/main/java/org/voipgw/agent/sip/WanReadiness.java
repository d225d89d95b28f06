package org.voipgw.agent.sip;

import org.voipgw.agent.device.DeviceFeature;
import org.voipgw.agent.settings.Settings;
import org.voipgw.led.status.DeviceStatus;
import org.voipgw.led.status.PppState;

/**
 * Whether the WAN can carry SIP now. The PPPoE feature may implement this (it knows best); without
 * it, {@link #fromStatus} decides from the device status: WAN link up, and — when the account is
 * carried over PPPoE ({@code sip.pppoe-session=N}) — that session connected.
 */
public interface WanReadiness extends DeviceFeature {
    boolean canCarrySip();

    static boolean fromStatus(DeviceStatus status, Settings settings) {
        if (!status.power().running() || !status.wan().linkUp()) {
            return false;
        }
        String via = settings.key(SipSettings.PPPOE_SESSION).isPresent() ? settings.get(SipSettings.PPPOE_SESSION) : "none";
        return via.equals("none") || status.ppp().get(Integer.parseInt(via) - 1) == PppState.CONNECTED;
    }
}
