package org.voipgw.agent.scenario;

import java.util.function.Function;
import org.voipgw.agent.device.Device;

/**
 * {@code expect SUBJECT VALUE within|for T}, checked from {@code fromMillis} (the time of the step
 * before it): WITHIN must become true at some moment of the window, FOR must hold for all of it.
 * Without a window it is checked at that one moment.
 */
public record Expectation(int line, String text, String subject, String expected, long fromMillis,
                          long windowMillis, Mode mode, Function<Device, String> read) {
    public enum Mode { WITHIN, FOR }

    public long untilMillis() {
        return fromMillis + windowMillis;
    }
}
