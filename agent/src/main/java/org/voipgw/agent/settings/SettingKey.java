package org.voipgw.agent.settings;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One user setting (e.g. {@code pppoe.1.user}): its name, a one-line description of the valid
 * values (shown by {@code voipgw scenario settings} and in every error), its factory default, and a
 * validator returning an error message for a bad value, or empty when the value is valid.
 * {@code secret} values are masked on pages and in logs.
 */
public record SettingKey(String name, String valid, String factoryDefault, boolean secret,
                         Function<String, Optional<String>> validator) {
    public SettingKey {
        Objects.requireNonNull(name);
        Objects.requireNonNull(valid);
        Objects.requireNonNull(factoryDefault);
        Objects.requireNonNull(validator);
        if (validator.apply(factoryDefault).isPresent()) {
            throw new IllegalArgumentException("default of " + name + " is not valid: " + factoryDefault);
        }
    }

    /** Error text for {@code value}, or empty when valid. Never accepts null. */
    public Optional<String> check(String value) {
        if (value == null) {
            return Optional.of("a value is required; valid: " + valid);
        }
        return validator.apply(value);
    }
}
