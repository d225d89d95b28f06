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
                        Function<String, Optional<String>> checkValue, boolean judgesExpected) {

    /** A probe whose expected value is checked by {@code checkValue}. */
    public ProbeSpec(String word, String syntax, List<String> values, Function<List<String>, Optional<String>> checkArgs,
                     BiFunction<DeviceContext, List<String>, String> read,
                     Function<String, Optional<String>> checkValue) {
        this(word, syntax, values, checkArgs, read, checkValue, false);
    }

    /**
     * A probe that judges what it reads against the expected value (e.g. {@code expect tone pbx pri ringback}:
     * audio is analysed for that tone): {@code read} gets the expected value as its last argument and returns
     * it when it holds, else what it found.
     */
    public static ProbeSpec judging(String word, String syntax, Function<List<String>, Optional<String>> checkArgs,
                                    BiFunction<DeviceContext, List<String>, String> read,
                                    Function<String, Optional<String>> checkValue) {
        return new ProbeSpec(word, syntax, List.of(), checkArgs, read, checkValue, true);
    }

    /** A probe whose expected value must be one of {@code values} (any value when the list is empty). */
    public ProbeSpec(String word, String syntax, List<String> values, Function<List<String>, Optional<String>> checkArgs,
                     BiFunction<DeviceContext, List<String>, String> read) {
        this(word, syntax, values, checkArgs, read, v -> values.isEmpty() || values.contains(v) ? Optional.empty()
                : Optional.of("'" + v + "' is not a value of " + word + "; valid: " + values));
    }
}
