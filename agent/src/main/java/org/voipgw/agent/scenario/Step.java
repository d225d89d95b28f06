package org.voipgw.agent.scenario;

import java.util.List;
import java.util.function.Consumer;
import org.voipgw.agent.device.Device;

/**
 * {@code at TIME ACTION}: what to do to the device at a time from the start (virtual time, or wall-clock
 * time in a {@code --live} run). {@code words} are the action's words as written ({@code far 0398765432
 * busy}), so a run can tell which part of the box or its world an action needs.
 */
public record Step(int line, long atMillis, String text, List<String> words, Consumer<Device> action) {
    public Step {
        words = List.copyOf(words);
    }
}
