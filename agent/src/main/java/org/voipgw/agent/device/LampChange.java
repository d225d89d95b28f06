package org.voipgw.agent.device;

import org.voipgw.led.Lamp;
import org.voipgw.led.LampState;

/** A lamp changed at {@code atMillis} (device clock): what scenarios and tests ask "when" of. */
public record LampChange(long atMillis, Lamp lamp, LampState from, LampState to) {
}
