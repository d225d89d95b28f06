package org.voipgw.boards.pi;

import org.voipgw.boards.GatewaySwitch;

/**
 * A push switch on a GPIO input (BCM number). {@code activeHigh}: pressed reads HIGH (switch to 3.3 V,
 * pull-down enabled); otherwise pressed reads LOW (switch to ground, pull-up enabled).
 */
public record SwitchPin(GatewaySwitch gatewaySwitch, int bcm, boolean activeHigh) {
}
