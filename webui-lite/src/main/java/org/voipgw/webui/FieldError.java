package org.voipgw.webui;

import java.util.Objects;
import org.voipgw.led.Text;

/** Why one proposed setting was refused: the setting key and a message in both languages. */
public record FieldError(String key, Text message) {
    public FieldError {
        Objects.requireNonNull(key);
        Objects.requireNonNull(message);
    }

    /**
     * For the device's validators, which explain in English only: the Japanese side says the value
     * was not accepted and quotes the English reason, so nothing is lost in translation.
     */
    public static FieldError ofEnglish(String key, String englishMessage) {
        return new FieldError(key, Text.of("入力値が正しくありません（" + englishMessage + "）", englishMessage));
    }
}
