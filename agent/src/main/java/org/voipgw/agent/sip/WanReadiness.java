package org.voipgw.agent.sip;

import java.util.stream.IntStream;
import org.voipgw.agent.device.DeviceFeature;
import org.voipgw.agent.settings.Settings;
import org.voipgw.led.status.DeviceStatus;

/**
 * Whether the WAN can carry SIP now. The PPPoE feature may implement this (it knows best); without
 * it, {@link #fromStatus} decides from the device status: WAN link up, and at least one PPPoE session
 * connected when the configuration uses PPPoE ({@code pppoe.N.enabled=true}, when those keys exist).
 */
public interface WanReadiness extends DeviceFeature {
    boolean canCarrySip();

    static boolean fromStatus(DeviceStatus status, Settings settings) {
        if (!status.power().running() || !status.wan().linkUp()) {
            return false;
        }
        boolean usesPppoe = IntStream.rangeClosed(1, DeviceStatus.PPP_SESSIONS)
                .mapToObj(n -> "pppoe." + n + ".enabled")
                .anyMatch(k -> settings.key(k).isPresent() && settings.getBool(k));
        return !usesPppoe || status.pppConnected() > 0;
    }
}
