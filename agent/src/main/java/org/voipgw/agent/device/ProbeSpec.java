package org.voipgw.agent.device;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Something a scenario can {@code expect} besides lamps, e.g. {@code expect pppoe 1 connected within 5s}
 * or {@code expect registration registered within 10s}: the first word, the syntax, a check of the
 * argument words (all but the expected value), the valid values, and how to read the current value.
 */
public record ProbeSpec(String word, String syntax, List<String> values,
                        Function<List<String>, Optional<String>> checkArgs,
                        BiFunction<DeviceContext, List<String>, String> read) {
}
