package org.voipgw.agent.device;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A condition injected from outside the box, as {@code fault NAME [ARG]} and undone by
 * {@code clear NAME}. {@code args} lists the valid argument words (empty: the fault takes none;
 * a single entry like {@code "USER:PASS,..."} or {@code "PERCENT"} documents a free argument that
 * {@code checkArg} validates). {@code inject} and {@code clear} must act only on the context they are
 * given: a scenario is checked against one device and run on another.
 */
public record FaultSpec(String name, List<String> args, String description,
                        Function<String, Optional<String>> checkArg,
                        BiConsumer<DeviceContext, String> inject, Consumer<DeviceContext> clear) {

    /** A fault whose argument is one of a fixed list of words (or none when the list is empty). */
    public static FaultSpec words(String name, List<String> args, String description,
                                  BiConsumer<DeviceContext, String> inject, Consumer<DeviceContext> clear) {
        return new FaultSpec(name, args, description, a -> {
            if (args.isEmpty()) {
                return a == null || a.isEmpty() ? Optional.empty()
                        : Optional.of("fault " + name + " takes no argument");
            }
            return args.contains(a) ? Optional.empty()
                    : Optional.of("fault " + name + " takes one of: " + String.join(", ", args));
        }, inject, clear);
    }
}
