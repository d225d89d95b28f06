package org.voipgw.agent.device;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A scenario/prompt action contributed by a feature, e.g. {@code pppoe N connect} or
 * {@code pbx.call PORT NUMBER}: the first word, the syntax of what follows (for help and errors),
 * a check of the argument words, and what it does.
 */
public record ActionSpec(String word, String syntax, String description,
                         Function<List<String>, Optional<String>> checkArgs,
                         BiConsumer<DeviceContext, List<String>> run) {
}
