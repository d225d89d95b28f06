package org.voipgw.boards.pi;

import java.time.Duration;
import org.voipgw.boards.GatewaySwitch;

/**
 * Told when a gateway switch is pressed and released (after debouncing), with times from the injected
 * clock. Called on the device's event loop. Long-press rules (shutdown: held 3 s or more, guide line 4340)
 * belong to the listener: {@code held} is what it needs.
 */
public interface SwitchListener {
    /** {@code atMillis}: when the contact first changed, by the device clock. */
    void pressed(GatewaySwitch gatewaySwitch, long atMillis);

    /** {@code held}: from the press to this release. */
    void released(GatewaySwitch gatewaySwitch, long atMillis, Duration held);
}
