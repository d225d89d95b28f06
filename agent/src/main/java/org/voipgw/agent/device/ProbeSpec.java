package org.voipgw.agent.device;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Something a scenario can {@code expect} besides lamps, e.g. {@code expect pppoe 1 connected within 5s}
 * or {@code expect registration registered within 10s}: the first word, the syntax, a check of the
 * argument words (all but the expected value), the valid values, how to read the current value, and a
 * check of an expected value given in the file (so a typo is a mistake before anything runs).
 */
public record ProbeSpec(String word, String syntax, List<String> values,
                        Function<List<String>, Optional<String>> checkArgs,
                        BiFunction<DeviceContext, List<String>, String> read,
                        Function<String, Optional<String>> checkValue) {

    /** A probe whose expected value must be one of {@code values} (any value when the list is empty). */
    public ProbeSpec(String word, String syntax, List<String> values, Function<List<String>, Optional<String>> checkArgs,
                     BiFunction<DeviceContext, List<String>, String> read) {
        this(word, syntax, values, checkArgs, read, v -> values.isEmpty() || values.contains(v) ? Optional.empty()
                : Optional.of("'" + v + "' is not a value of " + word + "; valid: " + values));
    }
}
