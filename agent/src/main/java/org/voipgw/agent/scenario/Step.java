package org.voipgw.agent.scenario;

import java.util.function.Consumer;
import org.voipgw.agent.device.Device;

/** {@code at TIME ACTION}: what to do to the device at an absolute virtual time. */
public record Step(int line, long atMillis, String text, Consumer<Device> action) {
}
